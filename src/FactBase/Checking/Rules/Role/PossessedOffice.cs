using System.Collections.Generic;
using FactBase.Checking.Sentences;
using FactBase.Model;

namespace FactBase.Checking.Rules.Role;

/// <summary>
/// The office named after "predecessor as" or "successor as": "her successor as prime minister, Y", "his predecessor as
/// NATO secretary general, Y", "X's successor as Britain's prime minister, Y". The office is the one of the owner's offices
/// by that title (of the body named before it, when one is).
/// </summary>
/// <remarks>None when the title is no title the vocabulary knows ("as party leader"), when the owner never held an office by
/// it, or when it names two of the owner's offices.</remarks>
internal static class PossessedOffice
{
    /// <summary>Where the title after "as" at <paramref name="asAt"/> ends, or -1 when no title follows.</summary>
    public static int TitleEnd(SentenceContext s, int asAt)
    {
        var (k, _, titles) = Title(s, asAt);
        return titles.Length == 0 ? -1 : k + titles.Length;
    }

    /// <summary>The one office of <paramref name="owner"/> the title after "as" at <paramref name="asAt"/> names, or
    /// <see langword="null"/>.</summary>
    public static OfficeRef? Office(SentenceContext s, int asAt, Entity owner)
    {
        var (_, qualifier, titles) = Title(s, asAt);
        OfficeRef? found = null;
        var terms = s.KnowledgeBase.GetTermsOf(owner.Id);
        for (var t = 0; t < terms.Count; t++)
        {
            var term = terms[t];
            if ((qualifier is not null && term.Organization.Id != qualifier.Id) || !Names(titles.Properties, term.Property))
            {
                continue;
            }

            var office = new OfficeRef(term.Organization, term.Property);
            if (found is not null && found != office)
            {
                return null;
            }

            found = office;
        }

        return found;
    }

    private static bool Names(IReadOnlyList<PropertyDefinition> titles, PropertyDefinition property)
    {
        for (var i = 0; i < titles.Count; i++)
        {
            if (titles[i].Name == property.Name)
            {
                return true;
            }
        }

        return false;
    }

    // The title after "as": past "the" and a body or country named before it ("as NATO secretary general", "as Britain's
    // prime minister").
    private static (int At, Entity? Qualifier, (int Length, IReadOnlyList<PropertyDefinition> Properties) Titles) Title(SentenceContext s, int asAt)
    {
        var k = asAt + 1;
        if (s.IsWordAt(k, "the"))
        {
            k++;
        }

        Entity? qualifier = null;
        if (s.MentionStartingAt(k) is { } named && named.Entity.Type != EntityType.Person)
        {
            qualifier = named.Entity;
            k = named.End;
        }

        if (k >= s.TokenSpan.Length || s.MentionAt(k) is not null)
        {
            return (k, null, (0, System.Array.Empty<PropertyDefinition>()));
        }

        return (k, qualifier, s.Vocabulary.MatchTitle(s.TokenSpan, k));
    }
}
