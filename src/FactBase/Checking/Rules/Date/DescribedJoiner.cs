using FactBase.Checking.Mentions;
using FactBase.Checking.Sentences;
using FactBase.Checking.Time;
using FactBase.Model;
using FactBase.Text;
using static FactBase.Checking.Rules.VerifierHelpers;

namespace FactBase.Checking.Rules.Date;

/// <summary>
/// A joining whose member the sentence only describes: "The country joined NATO last April", "The Nordic state joined the
/// alliance in 2023". The member is the one entity named in this sentence or the few before it that joined the organization
/// at the time written; the facts chose it, so the claim is only confirmed (a wrong date stays silent here).
/// </summary>
internal static class DescribedJoiner
{
    /// <summary>How many sentences back the member may be named.</summary>
    private const int Reach = 3;

    /// <summary>How many words a description opening the sentence may have ("The small Adriatic state").</summary>
    private const int DescriptionLength = 6;

    /// <summary>The confirmed claim, or <see langword="null"/> when the subject is not a description or not one entity fits.</summary>
    public static JoinDateClaim? Read(SentenceContext s, int verb, Entity organization, PropertyDefinition property, FactDate date, TextSpan span, TimeReading reading)
    {
        if (!OpensWithDescription(s, verb) || organization.GetFact(property.Name) is not { IsTimeline: true } fact)
        {
            return null;
        }

        var found = OneEntityNamedLately.Find(s.Mentions, verb, s.Document, Reach, adjectives: true, e => e.Type != EntityType.Person && e.Id != organization.Id && Joined(fact, e.Id, date));
        return found is null ? null : new JoinDateClaim(span, found, organization, property, date) { Reading = reading, ConfirmOnly = true };
    }

    // "The", then words, numbers or hyphens up to the verb, naming nothing by its name.
    private static bool OpensWithDescription(SentenceContext s, int verb)
    {
        if (verb < 2 || verb > DescriptionLength + 1 || !s.IsWordAt(0, "the"))
        {
            return false;
        }

        for (var i = 1; i < verb; i++)
        {
            var token = s.TokenSpan[i];
            if ((token.Kind == TokenKind.Punctuation && !token.Is('-')) || s.MentionAt(i) is { Kind: MentionKind.Name or MentionKind.Surname })
            {
                return false;
            }
        }

        return true;
    }

    private static bool Joined(Fact fact, string id, FactDate date)
    {
        foreach (var period in EntriesOf(fact, id))
        {
            if (MatchesAny(date, period.From, period.AlsoFrom, out _))
            {
                return true;
            }
        }

        return false;
    }
}
