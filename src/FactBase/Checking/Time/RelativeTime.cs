using System;
using System.Collections.Generic;
using FactBase.Checking.Numbers;
using FactBase.Checking.Vocabulary;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Time;

/// <summary>
/// Reads times written relative to the article date ("last year", "five years ago", "on Thursday", "earlier this
/// month") or to the time the narrative is in ("a year later", "the following spring", "at the time", "that day").
/// </summary>
internal static class RelativeTime
{
    private static readonly string[] Weekdays = { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" };

    /// <summary>Words that can start or anchor a relative time: a sentence without one (and without a number) names none.</summary>
    internal static readonly WordSet Anchors = new(new[]
    {
        "ago", "last", "later", "earlier", "following", "next", "previous", "this", "that", "time", "today", "now", "currently",
        "then", "few", "several", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    });

    private static readonly HashSet<string> Seasons = new(StringComparer.OrdinalIgnoreCase) { "spring", "summer", "autumn", "fall", "winter" };

    /// <summary>How far past its first token the anchor of a relative time without a count can stand: "at the time", "a
    /// few weeks later" ("few").</summary>
    public const int NearAnchorOffset = 2;

    /// <summary>How far past its first token the "ago", "later" or "earlier" of a counted time can stand: "one hundred and
    /// twenty-five years ago" has it 7 tokens on.</summary>
    public const int FarAnchorOffset = 8;

    /// <summary>Whether the token ends a counted relative time ("five years ago", "a year later", "two months earlier").</summary>
    /// <remarks>Tested on every token of a sentence that may name a time: the length turns most tokens away first.</remarks>
    public static bool IsCountAnchor(Token token) => token.Kind != TokenKind.Punctuation && CountAnchors.Contains(token.Text);

    /// <summary>The words that end a counted relative time.</summary>
    internal static readonly WordSet CountAnchors = new(new[] { "ago", "later", "earlier" });

    /// <summary>Whether the token may be part of a relative time (cheap: one lookup of a short word).</summary>
    public static bool IsAnchor(Token token) => token.Kind == TokenKind.Word && token.Text.Length is >= 3 and <= 9 && Anchors.Contains(token.Text);

    /// <summary>Reads a relative time that starts at <paramref name="index"/>.</summary>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="index">Where it would start.</param>
    /// <param name="asOf">The article date.</param>
    /// <param name="narrative">The time the narrative is in, if any.</param>
    /// <returns>The time, the number of tokens, and whether it is the present ("today", "now"); or <see langword="null"/>.</returns>
    public static (FactDate Date, int Length, bool Present)? Read(ReadOnlySpan<Token> tokens, int index, FactDate asOf, FactDate? narrative)
    {
        if ((uint)index >= (uint)tokens.Length)
        {
            return null;
        }

        var t = tokens[index];

        // "today", "now", "currently": the article's own time.
        if (t.IsWord("today") || t.IsWord("now") || t.IsWord("currently"))
        {
            return (asOf, 1, true);
        }

        // "April of last year", "in March two years earlier", "June that year": a month of a year told relatively.
        if (DateExpression.MonthOf(t) is > 0 and var named && index + 1 < tokens.Length)
        {
            var from = Word(tokens, index + 1, "of") ? index + 2 : index + 1;
            if (from < tokens.Length && !tokens[from].IsCapitalized && Read(tokens, from, asOf, narrative) is { Present: false } year
                && year.Date.Precision == DatePrecision.Year)
            {
                return (new FactDate(year.Date.Year, named), from + year.Length - index, false);
            }

            return null;
        }

        // "this year", "this month", "earlier this month", "later this year".
        var k0 = t.IsWord("earlier") || t.IsWord("later") ? index + 1 : index;
        if (Word(tokens, k0, "this"))
        {
            if (Word(tokens, k0 + 1, "year"))
            {
                return (new FactDate(asOf.Year), k0 + 2 - index, false);
            }

            if (Word(tokens, k0 + 1, "month") && asOf.Month != 0)
            {
                return (new FactDate(asOf.Year, asOf.Month), k0 + 2 - index, false);
            }

            return null;
        }

        // "last year", "last month", "last Thursday".
        if (t.IsWord("last"))
        {
            if (Word(tokens, index + 1, "year"))
            {
                return (new FactDate(asOf.Year - 1), 2, false);
            }

            if (Word(tokens, index + 1, "month") && asOf.Month != 0)
            {
                return (MonthsBefore(asOf, 1), 2, false);
            }

            // "last April": the most recent April before the article's month; in an article of May or later it may mean
            // this year's or last year's, so only an article dated up to April reads it.
            if (index + 1 < tokens.Length && DateExpression.MonthOf(tokens[index + 1]) is > 0 and var month && asOf.Month != 0)
            {
                return month >= asOf.Month ? (new FactDate(asOf.Year - 1, month), 2, false) : null;
            }

            return Weekday(tokens, index + 1, asOf) is { } day ? (day, 2, false) : null;
        }

        // "on Thursday", or a weekday standing at the start ("Thursday, ..."): the most recent such day.
        if ((index == 0 || tokens[index - 1].IsWord("on")) && Weekday(tokens, index, asOf) is { } weekday)
        {
            return (weekday, 1, false);
        }

        // "at the time", "at that time", "that day", "that year", "then": the narrative's time.
        if (narrative is { } now)
        {
            if (t.IsWord("at") && (Word(tokens, index + 1, "the") || Word(tokens, index + 1, "that")) && Word(tokens, index + 2, "time"))
            {
                return (now, 3, false);
            }

            // "then" as an adverb ("was then prime minister"), not the prefix of "then-President".
            if (t.IsWord("then") && !(index + 1 < tokens.Length && tokens[index + 1].Is('-')))
            {
                return (now, 1, false);
            }

            if (t.IsWord("that") && (Word(tokens, index + 1, "day") || Word(tokens, index + 1, "year") || Word(tokens, index + 1, "time")))
            {
                return (now, 2, false);
            }

            // "the same day", "on the same day", "the same year": the narrative's time again.
            // A day needs a day to be the same as ("until 1989. ... joined on the same day" is no day of 1989).
            if (t.IsWord("the") && Word(tokens, index + 1, "same")
                && ((Word(tokens, index + 2, "day") && now.Precision == DatePrecision.Day) || Word(tokens, index + 2, "year") || (Word(tokens, index + 2, "month") && now.Month != 0)))
            {
                return (now, 3, false);
            }

            // "that March": the month of the narrative's year.
            if (t.IsWord("that") && index + 1 < tokens.Length && DateExpression.MonthOf(tokens[index + 1]) is > 0 and var thatMonth)
            {
                return (new FactDate(now.Year, thatMonth), 2, false);
            }

            // "a few weeks later", "several days later": within the narrative's year, give or take the turn of a year
            // (a claim reads it as approximate).
            if (t.IsWord("a") && Word(tokens, index + 1, "few") && (Unit(tokens, index + 2, "week") || Unit(tokens, index + 2, "day"))
                && Word(tokens, index + 3, "later"))
            {
                return (new FactDate(now.Year), 4, false);
            }

            if (t.IsWord("several") && (Unit(tokens, index + 1, "week") || Unit(tokens, index + 1, "day")) && Word(tokens, index + 2, "later"))
            {
                return (new FactDate(now.Year), 3, false);
            }

            // "the following year", "the next spring", "the previous year".
            if (t.IsWord("the") && (Word(tokens, index + 1, "following") || Word(tokens, index + 1, "next") || Word(tokens, index + 1, "previous")))
            {
                var step = Word(tokens, index + 1, "previous") ? -1 : 1;
                if (Word(tokens, index + 2, "year") || (step == 1 && index + 2 < tokens.Length && Seasons.Contains(tokens[index + 2].Text)))
                {
                    return (new FactDate(now.Year + step), 3, false);
                }

                if (Word(tokens, index + 2, "month") && now.Month != 0)
                {
                    return (MonthsBefore(new FactDate(now.Year, now.Month), -step), 3, false);
                }

                return null;
            }
        }

        // "five years ago", "two months ago", "a year later", "three years earlier".
        var count = t.IsWord("a") || t.IsWord("one") ? (1, 1) : NumberWords.Read(tokens, index) is { Ordinal: false } n ? (n.Value, n.Length) : (0, 0);
        if (count.Item1 is < 1 or > 200)
        {
            return null;
        }

        var unit = index + count.Item2;
        var years = Unit(tokens, unit, "year");
        var months = !years && Unit(tokens, unit, "month");
        if (!years && !months)
        {
            return null;
        }

        if (Word(tokens, unit + 1, "ago"))
        {
            return years ? (new FactDate(asOf.Year - count.Item1), unit + 2 - index, false)
                : asOf.Month != 0 ? (MonthsBefore(asOf, count.Item1), unit + 2 - index, false) : null;
        }

        if (narrative is { } then && (Word(tokens, unit + 1, "later") || Word(tokens, unit + 1, "earlier")))
        {
            var sign = Word(tokens, unit + 1, "later") ? 1 : -1;
            return years ? (new FactDate(then.Year + (sign * count.Item1)), unit + 2 - index, false)
                : then.Month != 0 ? (MonthsBefore(new FactDate(then.Year, then.Month), -sign * count.Item1), unit + 2 - index, false) : null;
        }

        return null;
    }

    /// <summary>A month named with no year ("joined NATO in March", "turned 81 in June") after a verb in the past: the
    /// narrative's year when one is in force, else the most recent such month up to the article's.</summary>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="index">The month's token.</param>
    /// <param name="asOf">The article date.</param>
    /// <param name="narrative">The time the narrative is in, if any.</param>
    /// <returns>The month, or <see langword="null"/> when the token is no month standing alone or the article date has none.</returns>
    public static FactDate? BareMonth(ReadOnlySpan<Token> tokens, int index, FactDate asOf, FactDate? narrative)
    {
        if ((uint)index >= (uint)tokens.Length || DateExpression.MonthOf(tokens[index]) is not (> 0 and var month)
            || (index + 1 < tokens.Length && (tokens[index + 1].Kind == TokenKind.Number || tokens[index + 1].Is('.'))))
        {
            return null;
        }

        if (narrative is { } then)
        {
            return new FactDate(then.Year, month);
        }

        return asOf.Month == 0 ? null : new FactDate(month <= asOf.Month ? asOf.Year : asOf.Year - 1, month);
    }

    /// <summary>The most recent <paramref name="index"/>'s weekday on or before the article date (the article's own week).</summary>
    private static FactDate? Weekday(ReadOnlySpan<Token> tokens, int index, FactDate asOf)
    {
        if ((uint)index >= (uint)tokens.Length || !tokens[index].IsCapitalized || asOf.Precision != DatePrecision.Day)
        {
            return null;
        }

        var day = Array.IndexOf(Weekdays, tokens[index].Text);
        if (day < 0)
        {
            return null;
        }

        var date = new DateTime(asOf.Year, asOf.Month, asOf.Day, 0, 0, 0, DateTimeKind.Utc);
        var back = ((int)date.DayOfWeek - day + 7) % 7;
        return FactDate.FromDateTime(date.AddDays(-back));
    }

    private static bool Word(ReadOnlySpan<Token> tokens, int k, string w) => (uint)k < (uint)tokens.Length && tokens[k].IsWord(w);

    private static bool Unit(ReadOnlySpan<Token> tokens, int k, string w)
        => (uint)k < (uint)tokens.Length && tokens[k] is { Kind: TokenKind.Word } t
           && (t.IsWord(w) || (t.Text.Length == w.Length + 1 && t.Text.StartsWith(w, StringComparison.OrdinalIgnoreCase) && (t.Text[^1] is 's' or 'S')));

    /// <summary>The month <paramref name="months"/> before <paramref name="date"/>'s month (after it, when negative).</summary>
    private static FactDate MonthsBefore(FactDate date, int months)
    {
        var index = (date.Year * 12) + (date.Month - 1) - months;
        return new FactDate(index / 12, (index % 12) + 1);
    }
}
