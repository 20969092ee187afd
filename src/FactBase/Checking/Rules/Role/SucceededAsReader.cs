using System.Collections.Generic;
using FactBase.Checking.Sentences;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules.Role;

/// <summary>
/// Reads when a successor's term began from "X, who succeeded him as president in 2012," and "X replaced Y as prime minister
/// in 2016": taking over an office at a date is becoming its holder then, checked like "X became president in 2012"
/// (<see cref="TermClaim"/>). The one replaced may be a pronoun or a name; the office is the one by that title the
/// successor held (of the country named before the title, when one is), or the one whose longer title has the word written
/// ("as secretary in 2015": <see cref="BareTitleWord"/>).
/// </summary>
/// <remarks>Silent: a title the successor never held (another body's: "replaced him as party leader"), a date that does not
/// end the clause ("in 2012 after a scandal" may date the scandal), the passive and the future (the verb's own guards).</remarks>
internal static class SucceededAsReader
{
    private static readonly string[] ObjectPronouns = { "him", "her" };

    /// <summary>The claim of the past-tense verb at <paramref name="verb"/> ("succeeded", "replaced") whose subject is
    /// <paramref name="subject"/>, or <see langword="null"/>.</summary>
    public static TermClaim? Read(SentenceContext s, int verb, Entity subject, int subjectStart)
    {
        if (!s.IsWordAt(verb, "succeeded", "replaced"))
        {
            return null;
        }

        var k = verb + 1;
        if (s.IsWordAt(k, ObjectPronouns))
        {
            k++;
        }
        else if (SuccessionReader.Predecessor(s, k) is { } old)
        {
            k = old.End;
        }
        else
        {
            return null;
        }

        return AsTitle(s, k, subject, subjectStart);
    }

    /// <summary>The claim of "as TITLE in DATE" at <paramref name="k"/>, told of <paramref name="subject"/> taking over the
    /// office, its words from token <paramref name="subjectStart"/> ("X was succeeded by Y as president in 2012" is Y's).</summary>
    public static TermClaim? AsTitle(SentenceContext s, int k, Entity subject, int subjectStart)
    {
        if (!s.IsWordAt(k, "as"))
        {
            return null;
        }

        k++;
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

        if (k >= s.TokenSpan.Length)
        {
            return null;
        }

        var (length, titles) = s.Vocabulary.MatchTitle(s.TokenSpan, k);
        var bare = length == 0 && qualifier is null ? BareTitleWord.Office(s, k, subject) : null;
        if (bare is not null)
        {
            length = 1;
        }

        if (length == 0 || TermDates.Start(s, k + length) is not { } start || !EndsClause(s, start.End))
        {
            return null;
        }

        var offices = bare is not null ? new List<OfficeRef> { bare } : Held(s, subject, qualifier, titles);
        if (offices.Count == 0)
        {
            return null;
        }

        var last = s.TokenSpan[start.End - 1];
        var first = s.TokenSpan[subjectStart].Span.Start;
        return new TermClaim(new TextSpan(first, last.Span.Start + last.Text.Length - first), subject, offices, start.Date, null, false, s.Time);
    }

    // The offices by one of the titles that the person held (of the qualifier, when one is named).
    private static List<OfficeRef> Held(SentenceContext s, Entity person, Entity? qualifier, IReadOnlyList<PropertyDefinition> titles)
    {
        var offices = new List<OfficeRef>();
        var terms = s.KnowledgeBase.GetTermsOf(person.Id);
        for (var t = 0; t < terms.Count; t++)
        {
            var term = terms[t];
            if (qualifier is not null && term.Organization.Id != qualifier.Id)
            {
                continue;
            }

            for (var i = 0; i < titles.Count; i++)
            {
                var office = new OfficeRef(term.Organization, term.Property);
                if (titles[i].Name == term.Property.Name && !offices.Contains(office))
                {
                    offices.Add(office);
                }
            }
        }

        return offices;
    }

    private static bool EndsClause(SentenceContext s, int end)
        => s.TokenAt(end) is not { } next || next.Is(',') || next.Is('.') || next.Is(';') || next.Is(')') || next.IsWord("and");
}
