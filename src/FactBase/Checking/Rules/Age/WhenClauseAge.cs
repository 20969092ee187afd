using System;
using FactBase.Checking.Mentions;
using FactBase.Checking.Sentences;
using FactBase.Checking.Time;
using FactBase.Model;
using FactBase.Text;
using static FactBase.Checking.Rules.ExtractorHelpers;

namespace FactBase.Checking.Rules.Age;

/// <summary>
/// Reads an age at an event told by a "when" clause that dates it: "X had been 70 when he was inaugurated in 2017", "X was 39
/// when she became prime minister in December 2019", "He was 43 when he took office in January 2009". The age is at the
/// date the clause names, whatever time the rest of the sentence speaks of.
/// </summary>
/// <remarks>Silent: a clause whose subject is someone else ("was 12 when his father became president"), a clause with no
/// date, or a date that does not end it ("when he took office in 2009 after a crisis" may date the crisis), and a name in
/// the clause other than the person's.</remarks>
internal static class WhenClauseAge
{
    /// <summary>How many words the event may take between the subject and its date.</summary>
    private const int MaxEventWords = 7;

    /// <summary>The claim for the number from <paramref name="first"/> to <paramref name="last"/>, or <see langword="null"/>.</summary>
    public static AgeClaim? Read(SentenceContext s, int first, int last, int n)
    {
        if (n is < 16 or > 110 || !s.IsWordAt(last + 1, "when") || s.TokenSpan[last].Kind != TokenKind.Number)
        {
            return null;
        }

        // "X was 70", "X had been 70", "X, who was 70 ... ": the person before the verb.
        var k = first - 1;
        if (s.IsWordAt(k, "was"))
        {
            k--;
        }
        else if (s.IsWordAt(k, "been") && s.IsWordAt(k - 1, "had"))
        {
            k -= 2;
        }
        else
        {
            return null;
        }

        if (s.IsWordAt(k, "who") && s.TokenAt(k - 1)?.Is(',') == true)
        {
            k -= 2;
        }

        if (s.MentionEndingBefore(k + 1) is not { IsPossessive: false, Tentative: false, Kind: MentionKind.Name or MentionKind.Surname or MentionKind.Pronoun } person
            || person.Entity.Type != EntityType.Person || AgeProperty(s, person.Entity) is not { } property)
        {
            return null;
        }

        // The clause's subject: "he", "she" or the person again.
        var w = last + 2;
        if (s.IsWordAt(w, "he", "she"))
        {
            w++;
        }
        else if (s.MentionStartingAt(w) is { IsPossessive: false } same && same.Entity.Id == person.Entity.Id)
        {
            w = same.End;
        }
        else
        {
            return null;
        }

        // "X was 86 when he died": the age at the death the facts date (a person still alive by them stays silent).
        if (s.IsWordAt(w, "died") && person.Entity.GetFact("died")?.Date is { } death && death.DayNumber <= s.Time.AsOf.LastDayNumber)
        {
            return new AgeClaim(SpanOf(s.Tokens, first, last), person.Entity, property, n, IsAnniversary: false, new TimeContext(death, Array.Empty<FactDate>(), s.Time.AsOf));
        }

        for (var e = w; e < s.TokenSpan.Length && e < w + MaxEventWords; e++)
        {
            if (s.IsWordAt(e, "in", "on") && DateExpression.Read(s.TokenSpan, e + 1) is { } date)
            {
                var end = e + 1 + date.Length;
                if (s.TokenAt(end) is { } next && !(next.Is(',') || next.Is('.') || next.Is(';') || next.IsWord("and")))
                {
                    return null;
                }

                return new AgeClaim(SpanOf(s.Tokens, first, last), person.Entity, property, n, IsAnniversary: false, new TimeContext(date.Date, Array.Empty<FactDate>(), s.Time.AsOf));
            }

            if (s.MentionStartingAt(e) is { } named)
            {
                // "when he became Canada's prime minister": a place or body; another person makes the event theirs.
                if (named.Entity.Type == EntityType.Person)
                {
                    return null;
                }

                e = named.End - 1;
                continue;
            }

            if (s.TokenSpan[e] is not { Kind: TokenKind.Word, IsCapitalized: false })
            {
                return null;
            }
        }

        return null;
    }
}
