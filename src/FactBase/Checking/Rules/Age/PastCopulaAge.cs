using System;
using FactBase.Checking.Mentions;
using FactBase.Checking.Sentences;
using FactBase.Checking.Time;
using FactBase.Model;
using FactBase.Text;
using static FactBase.Checking.Rules.ExtractorHelpers;

namespace FactBase.Checking.Rules.Age;

/// <summary>
/// Reads "He was 86." and "Berlusconi was 86 and had been ill": a person, "was" and an age that ends the clause. The age is
/// at death of someone who has died, when the sentence or the one before speaks of the death ("died on Monday. He was
/// 86.") and the sentence names no time of its own; else at the time the sentence names or carries from the one before
/// ("In 2004, he won. He was 50."). A living person with no time named is silent: "was" then says nothing of when.
/// </summary>
internal static class PastCopulaAge
{
    /// <summary>The claim for the number from <paramref name="first"/> to <paramref name="last"/> after "was", or <see langword="null"/>.</summary>
    public static AgeClaim? Read(SentenceContext s, int first, int last, int n)
    {
        // The number ends the clause: "was 86.", "was 86; ", "was 86 and", "was 86 years old." (not "was 16 when", "was 86
        // points").
        var end = s.IsWordAt(last + 1, "years") && s.IsWordAt(last + 2, "old") ? last + 3 : last + 1;
        if (n is < 16 or > 120 || !s.IsWordAt(first - 1, "was") || s.TokenSpan[last].Kind != TokenKind.Number
            || (s.TokenAt(end) is { } next && !(next.Is('.') || next.Is(';') || next.IsWord("and"))))
        {
            return null;
        }

        var k = s.TokenAt(first - 2)?.Is(',') == true ? BeforeRelativeClause(s, first - 2) : first - 2;
        if (s.MentionEndingBefore(k + 1) is not { IsPossessive: false, Tentative: false, Kind: MentionKind.Name or MentionKind.Surname or MentionKind.Pronoun or MentionKind.Description } person
            || person.Entity.Type != EntityType.Person || AgeProperty(s, person.Entity) is not { } property)
        {
            return null;
        }

        var span = SpanOf(s.Tokens, first, last);
        var named = s.Time.Primary != s.Time.AsOf || s.Time.Others.Count > 0;
        if (person.Entity.GetFact("died")?.Date is { } death && death.DayNumber <= s.Time.AsOf.LastDayNumber && SpeaksOfDeath(s)
            && (!named || s.Time.Carried || Names(s.Time, death)))
        {
            // "... awarded the prize in 2008, died Monday. He was 86.": after a death, the age is at the death, whatever
            // time the sentence before also named.
            return new AgeClaim(span, person.Entity, property, n, IsAnniversary: false, new TimeContext(death, Array.Empty<FactDate>(), s.Time.AsOf));
        }

        return named ? new AgeClaim(span, person.Entity, property, n, IsAnniversary: false, s.Time) : null;
    }

    /// <summary>Words that open a clause set between a name and its verb: "X, who died on Thursday, was 96".</summary>
    private static readonly string[] RelativeOpeners = { "who" };

    // The last token before the clause that <paramref name="comma"/> closes: "Elizabeth II, who died on Thursday at Balmoral,
    // was 96" skips back to the name. Any other comma is the one after the name itself ("Berlusconi, was ..." never occurs,
    // so nothing is lost): the token before it.
    private static int BeforeRelativeClause(SentenceContext s, int comma)
    {
        for (var k = comma - 1; k > 0 && k > comma - 16; k--)
        {
            if (s.TokenSpan[k].Kind == TokenKind.Punctuation)
            {
                return s.TokenSpan[k].Is(',') && s.IsWordAt(k + 1, RelativeOpeners) ? k - 1 : comma - 1;
            }
        }

        return comma - 1;
    }

    // Whether a time the sentence names is the day of the death ("X, who died on Monday, was 86"): then the age is at it.
    private static bool Names(TimeContext time, FactDate death)
    {
        if (time.Primary != time.AsOf && time.Primary.DayNumber <= death.DayNumber && death.DayNumber <= time.Primary.LastDayNumber)
        {
            return true;
        }

        foreach (var other in time.Others)
        {
            if (other.DayNumber <= death.DayNumber && death.DayNumber <= other.LastDayNumber)
            {
                return true;
            }
        }

        return false;
    }

    // "died", "dies", "death" in the sentence or the one before it.
    private static bool SpeaksOfDeath(SentenceContext s)
    {
        if (ObituaryPronoun.HasDeathWord(s.TokenSpan))
        {
            return true;
        }

        var document = s.Document;
        return document is not null && document.Sentence > 0 && document.Sentence - 1 < document.Sentences.Count
               && ObituaryPronoun.HasDeathWord(Text.TokenArrays.Of(document.Sentences[document.Sentence - 1].Tokens));
    }
}
