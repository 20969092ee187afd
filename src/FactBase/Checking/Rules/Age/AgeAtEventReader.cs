using System;
using System.Collections.Generic;
using FactBase.Checking.Mentions;
using FactBase.Checking.Sentences;
using FactBase.Checking.Time;
using FactBase.Model;
using FactBase.Text;
using static FactBase.Checking.Rules.ExtractorHelpers;

namespace FactBase.Checking.Rules.Age;

/// <summary>
/// An age at an event: "died on Thursday at the age of 96", "was sworn in on Monday, at 38 the youngest", "became prime
/// minister at 34 in January 2024", "leaves the White House at 82", "At 71, Putin dominates". The person is the one the
/// sentence names before (or, after a sentence-initial "At 71,", right after); the time is the one the sentence names, or
/// the article's for a sentence in the present tense. Nothing else dates it: "was appointed at 34" with no time stays silent.
/// </summary>
/// <remarks>"at 11" is also a time of day or a score: the short form needs a number of 16 or more that ends the phrase,
/// and its claim is <see cref="AgeClaim.Loose"/> (a number far from the age is not read as one).</remarks>
internal static class AgeAtEventReader
{
    /// <summary>Present-tense verbs that put an undated age at the article's time ("leaves office at 82").</summary>
    private static readonly HashSet<string> PresentVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "leaves", "remains", "becomes", "takes", "steps", "dominates", "enters", "heads", "leads", "faces", "serves",
        "runs", "retires", "returns",
    };

    /// <summary>Words of a past tense: a sentence with one is not wholly in the present.</summary>
    private static readonly HashSet<string> PastMarkers = new(StringComparer.OrdinalIgnoreCase) { "was", "were", "had", "been", "did", "became", "took", "won" };

    /// <summary>Reads an age at the number <paramref name="first"/>..<paramref name="last"/>.</summary>
    /// <returns>The claim, or <see langword="null"/>.</returns>
    public static AgeClaim? Read(SentenceContext s, int first, int last, int n)
    {
        // "at the age of 96" / "at 96" ("died ... aged 97" is ReadAgedAtDeath's, which knows who died)
        var full = s.IsWordAt(first - 1, "of") && s.IsWordAt(first - 2, "age") && s.IsWordAt(first - 3, "the") && s.IsWordAt(first - 4, "at");
        var at = full ? first - 4 : first - 1;
        if (n is < 16 or > 120 || (!full && !s.IsWordAt(at, "at")))
        {
            return null;
        }

        // The number ends the phrase: "at 38, the youngest", "at 38 the youngest", "at 82.", "at 34 in January 2024" (not
        // "at 11 am", "at 10 Downing Street", "at 50 percent").
        if (s.TokenAt(last + 1) is { } next && !(next.Kind == TokenKind.Punctuation && (next.Is(',') || next.Is('.') || next.Is(';')))
            && !next.IsWord("the") && !next.IsWord("in") && !next.IsWord("on") && !next.IsWord("and") && !(full && next.IsWord("after")))
        {
            return null;
        }

        Mention? person;
        var opening = at == 0 && s.TokenAt(last + 1)?.Is(',') == true;
        if (opening)
        {
            // "At 71, Putin dominates Russian politics."; "At 75, the alliance looks east" (anything with an age, named or
            // described: a description is only confirmed, as the resolver chose what it stands for).
            var after = s.MentionStartingAt(last + 2) ?? s.MentionStartingAt(SkipDeterminer(s, last + 2));
            person = after is { IsPossessive: false, Kind: not (MentionKind.Adjective or MentionKind.Pronoun) } ? after : null;
        }
        else
        {
            person = SolePersonBefore(s, at);
        }

        if (person is null && full && DiedInClauseOf(s, at) is { } dead)
        {
            // "..., his mother, Queen X, who died at Balmoral at the age of 95": the age at death of the person the clause
            // is attached to, whoever else the sentence names, on the day of death the facts know.
            return AgeProperty(s, dead.Entity) is { } own && dead.Entity.GetFact("died")?.Date is { } death && death.DayNumber <= s.Time.AsOf.DayNumber
                ? new AgeClaim(SpanOf(s.Tokens, first, last), dead.Entity, own, n, IsAnniversary: false, new TimeContext(death, Array.Empty<FactDate>(), s.Time.AsOf))
                : null;
        }

        // "At 75, the alliance looks east": an opening age in a sentence of the present that names no time is the age now,
        // whatever month the sentence also names ("and to November").
        var now = opening && s.Time.Primary == s.Time.AsOf && s.Time.Others.Count == 0 && !s.Time.Carried && TimeContextReader.InPresentTense(s.Tokens);
        if (person is null || AgeProperty(s, person.Entity) is not { } property || (now ? s.Time : TimeOf(s, person.Entity, at)) is not { } time)
        {
            return null;
        }

        return new AgeClaim(SpanOf(s.Tokens, first, last), person.Entity, property, n, IsAnniversary: false, time) { Loose = !full, ConfirmOnly = person.Kind == MentionKind.Description };
    }

    /// <summary>Reads "died in Rome on Friday aged 97": an age after "aged" that follows "died" with only a phrase of place or
    /// time between is the age at death of the one person the sentence names before; the time is the one the sentence names
    /// (the day of death when it falls in it), else the day of death the facts know.</summary>
    /// <returns>The claim, or <see langword="null"/>.</returns>
    public static AgeClaim? ReadAgedAtDeath(SentenceContext s, int first, int last, int n)
    {
        var aged = first - 1;
        if (n is < 16 or > 120 || !s.IsWordAt(aged, "aged") || !DiedJustBefore(s, aged, timeWords: true))
        {
            return null;
        }

        if (SolePersonBefore(s, aged) is not { } person || !SubjectOfDied(s, aged, person) || AgeProperty(s, person.Entity) is not { } property
            || person.Entity.GetFact("died")?.Date is not { } death || death.DayNumber > s.Time.AsOf.LastDayNumber || !DeathInTimeNamed(s.Time, death))
        {
            return null;
        }

        return new AgeClaim(SpanOf(s.Tokens, first, last), person.Entity, property, n, IsAnniversary: false, new TimeContext(death, Array.Empty<FactDate>(), s.Time.AsOf));
    }

    // A time the sentence names must hold the death ("died on Friday"); one that does not is another event's ("awarded the
    // Nobel Prize in 2008, has died aged 86"), and the age is read at the death only when no time is named at all.
    private static bool DeathInTimeNamed(TimeContext time, FactDate death)
    {
        if (time.Primary == time.AsOf && time.Others.Count == 0)
        {
            return !time.Carried;
        }

        var named = time.Primary != time.AsOf && Holds(time.Primary, death);
        foreach (var other in time.Others)
        {
            named |= Holds(other, death);
        }

        return named;

        static bool Holds(FactDate period, FactDate day) => day.DayNumber >= period.Earliest.DayNumber && day.DayNumber <= period.LastDayNumber;
    }

    /// <summary>Whether the person's name stands right before the "died" that comes before <paramref name="aged"/> ("X died",
    /// "X has died", "X, who died"): not someone else the sentence tells of ("X met a man who died in Rome aged 60").</summary>
    private static bool SubjectOfDied(SentenceContext s, int aged, Mention person)
    {
        var k = aged - 1;
        while (k >= 0 && !s.IsWordAt(k, "died", "dies"))
        {
            k--;
        }

        k--;
        if (s.IsWordAt(k, "had", "has"))
        {
            k--;
        }

        if (s.IsWordAt(k, "who") && s.TokenAt(k - 1)?.Is(',') == true)
        {
            k -= 2;
        }
        else if (s.TokenAt(k)?.Is(',') == true)
        {
            // "X, the former communist who became head of state, died": a noun phrase set off by commas after the name, naming
            // no other person.
            var open = k - 1;
            while (open > person.End && s.TokenAt(open)?.Is(',') != true)
            {
                open--;
            }

            // A headline drops the article: "X, first woman to lead the department, dies aged 84".
            if (open == person.End && (s.IsWordAt(open + 1, "the", "a", "an") || s.TokenAt(open + 1) is { Kind: TokenKind.Word, IsCapitalized: false } bare && !PredicateWords.Contains(bare.Text))
                && !OtherPersonBetween(s, open, k, person))
            {
                k = open - 1;
            }
        }

        return person.End == k + 1;
    }

    private static bool OtherPersonBetween(SentenceContext s, int from, int to, Mention person)
    {
        foreach (var m in s.Mentions)
        {
            if (m.First > from && m.First < to && m.Entity.Type == EntityType.Person && m.Entity.Id != person.Entity.Id)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The one person named before <paramref name="end"/> (names of the same person count once).</summary>
    private static Mention? SolePersonBefore(SentenceContext s, int end)
    {
        Mention? one = null;
        for (var i = 0; i < s.Mentions.Count && s.Mentions[i].End <= end; i++)
        {
            var m = s.Mentions[i];
            if (m.Entity.Type != EntityType.Person || m.Kind == MentionKind.Adjective)
            {
                continue;
            }

            if (one is not null && one.Entity.Id != m.Entity.Id)
            {
                return null;
            }

            one ??= m;
        }

        return one is { IsPossessive: false } ? one : null;
    }

    /// <summary>Words that may stand between "died" and the age as a phrase of place: "died at Balmoral", "died in hospital
    /// in London", "died at his home near Rome".</summary>
    private static readonly HashSet<string> PlaceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "at", "in", "near", "the", "his", "her", "home", "hospital", "residence", "a", "of",
    };

    // Whether "died" or "dies" comes before the age phrase at <paramref name="at"/> with only a phrase of place between:
    // the age is then the age at death, whatever else the sentence tells of.
    // With <paramref name="timeWords"/>, a day may stand there too ("died in Rome on Friday aged 97", "died on 22 September
    // 2023, aged 98").
    private static bool DiedJustBefore(SentenceContext s, int at, bool timeWords = false)
    {
        for (var k = at - 1; k >= 0 && k >= at - (timeWords ? 10 : 7); k--)
        {
            var token = s.TokenSpan[k];
            if (token.IsWord("died") || token.IsWord("dies"))
            {
                return true;
            }

            if (timeWords && (token.IsWord("on") || token.Kind == TokenKind.Number || (token.Is(',') && k == at - 1)))
            {
                continue;
            }

            if (token.Kind != TokenKind.Word || !(token.IsCapitalized || PlaceWords.Contains(token.Text)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Words that make the name after them the object of a phrase ("the mother of X, who died"): the clause after
    /// it may be the other person's.</summary>
    private static readonly HashSet<string> Governors = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "to", "with", "for", "by", "from", "against", "than", "and", "or", "like", "under", "about", "between", "over",
    };

    /// <summary>The person a relative clause "X, who died [in a place]" before the age phrase at <paramref name="at"/> is
    /// attached to: a name right before ", who", not the object of a preposition.</summary>
    private static Mention? DiedInClauseOf(SentenceContext s, int at)
    {
        var k = at - 1;
        while (k >= 0 && k >= at - 10 && !s.IsWordAt(k, "died"))
        {
            var token = s.TokenSpan[k];
            if (token.IsWord("on") || token.Kind == TokenKind.Number)
            {
                k--;
                continue;
            }

            if (token.Kind != TokenKind.Word || !(token.IsCapitalized || PlaceWords.Contains(token.Text)))
            {
                return null;
            }

            k--;
        }

        if (!s.IsWordAt(k, "died"))
        {
            return null;
        }

        k--;
        if (s.IsWordAt(k, "had", "has"))
        {
            k--;
        }

        if (!s.IsWordAt(k, "who") || s.TokenAt(k - 1)?.Is(',') != true || s.MentionEndingBefore(k - 1) is not { IsPossessive: false } named
            || named.Entity.Type != EntityType.Person || named.Kind == MentionKind.Adjective)
        {
            return null;
        }

        // A title may stand before the name ("of Queen X"): the word before it decides.
        var before = named.First - 1;
        while (before >= 0 && s.TokenSpan[before] is { Kind: TokenKind.Word, IsCapitalized: true })
        {
            before--;
        }

        return s.IsWordAt(before, Governors) ? null : named;
    }

    /// <summary>The time of the event: the last time the sentence names (at the person's death, if it was then), else the
    /// article's for a present tense; <see langword="null"/> when nothing dates it.</summary>
    private static bool SaysNow(ReadOnlySpan<Token> t)
    {
        foreach (var token in t)
        {
            if (token.IsWord("now") || token.IsWord("today") || token.IsWord("currently"))
            {
                return true;
            }
        }

        return false;
    }

    private static TimeContext? TimeOf(SentenceContext s, Entity person, int at, bool timeWords = false)
    {
        var time = s.Time;
        var t = s.TokenSpan;
        var past = false;
        for (var i = 0; i < t.Length; i++)
        {
            var token = t[i];
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            // "appointed in January at the age of 34": a month with no year is a time the checker cannot place.
            if (DateExpression.MonthOf(token) > 0 && !(i + 1 < t.Length && (t[i + 1].Kind == TokenKind.Number || t[i + 1].IsWord("last") || t[i + 1].IsWord("of"))))
            {
                return null;
            }

            past |= PastMarkers.Contains(token.Text) || (token.Text.Length > 4 && !token.IsCapitalized && token.Text.EndsWith("ed", StringComparison.Ordinal));
        }

        FactDate when;
        if (time.Primary != time.AsOf)
        {
            when = time.Primary;
        }
        else if (time.Others.Count == 1)
        {
            // "At 78, he has now become the oldest, breaking a record from four years ago": a sentence that also says "now"
            // may put the age at the article's time, so the age is right at either.
            if (SaysNow(t))
            {
                return new TimeContext(time.AsOf, time.Others, time.AsOf);
            }

            when = time.Others[0];
        }
        else if (time.Others.Count > 1)
        {
            // Several times, and nothing says which the age is at ("Nobel laureate in 2008 and president from 1994 to 2000,
            // has died at the age of 86"): unknown.
            return null;
        }
        else if (DiedJustBefore(s, at, timeWords) && person.GetFact("died")?.Date is { } death && death.DayNumber <= time.AsOf.DayNumber)
        {
            // "died at Balmoral at the age of 96": the age on the day of death, which the facts know.
            return new TimeContext(death, Array.Empty<FactDate>(), time.AsOf);
        }
        else
        {
            // Undated: only a sentence wholly in the present tense speaks of the article's time.
            var present = false;
            for (var i = 0; i < t.Length && !present && !past; i++)
            {
                present = t[i].Kind == TokenKind.Word && PresentVerbs.Contains(t[i].Text);
            }

            return present && !past ? new TimeContext(time.AsOf, Array.Empty<FactDate>(), time.AsOf) : null;
        }

        // "died on Thursday at the age of 96": the age on the day of death.
        if (person.GetFact("died")?.Date is { } died && died.DayNumber >= when.Earliest.DayNumber && died.DayNumber <= when.LastDayNumber)
        {
            when = died;
        }
        else if (person.GetFact("died") is not null && DiedJustBefore(s, at, timeWords: true))
        {
            // "X, the former president who won the Nobel prize in 2008, has died aged 86": the age is at the death, and the
            // time the sentence names is of something else.
            return null;
        }

        return new TimeContext(when, Array.Empty<FactDate>(), time.AsOf);
    }
}
