using System;
using System.Collections.Generic;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Time;

/// <summary>Finds the times a sentence speaks of: "In 2019, ...", "Back in April 2016, ...", "... in 2024".</summary>
internal static class TimeContextReader
{
    /// <summary>The times a sentence speaks of, as of <paramref name="asOf"/> where it names none.</summary>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="asOf">The date claims are checked at unless the sentence names another time.</param>
    /// <returns>The time context.</returns>
    public static TimeContext Read(IReadOnlyList<Token> tokens, FactDate asOf) => Read(tokens, Undated(asOf));

    /// <summary>The time of a sentence that names none: <paramref name="asOf"/> only.</summary>
    /// <param name="asOf">The date claims are checked at.</param>
    /// <returns>The time context.</returns>
    public static TimeContext Undated(FactDate asOf) => new(asOf, Array.Empty<FactDate>(), asOf);

    /// <summary>The times a sentence speaks of.</summary>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="undated">The context of a sentence that names no time (<see cref="TimeContext.AsOf"/> only), returned
    /// as is for such a sentence: the checker makes one per document.</param>
    /// <returns>The time context.</returns>
    public static TimeContext Read(IReadOnlyList<Token> tokens, TimeContext undated)
    {
        // Every date has a year, a number token; most sentences have none and name no time (docs/performance.md).
        if (!HasNumber(TokenArrays.Of(tokens)))
        {
            return undated;
        }

        var asOf = undated.AsOf;
        var primary = asOf;
        var others = new List<FactDate>();
        var start = 0;

        // A sentence-initial time phrase sets the time of the whole sentence:
        // "In 2019,", "Back in April 2016,", "By 2020,", "During 2019,", "As of 2023,", "Before 2021," (the year before).
        var k = 0;
        if (k < tokens.Count && (tokens[k].IsWord("back") || (tokens[k].IsWord("as") && k + 1 < tokens.Count && tokens[k + 1].IsWord("of"))))
        {
            k++; // "back" or "as" (then "of" is the lead word)
        }

        var before = k < tokens.Count && tokens[k].IsWord("before");
        if (k < tokens.Count && IsLeadWord(tokens[k]) && DateExpression.Read(tokens, k + 1) is { } lead
            && k + 1 + lead.Length < tokens.Count && tokens[k + 1 + lead.Length].Is(','))
        {
            primary = before ? DayBefore(lead.Date) : lead.Date;
            start = k + 1 + lead.Length;
        }

        // Any other time named in the sentence: a claim true then is not flagged.
        for (int i = start, count = tokens.Count; i < count; i++)
        {
            if (MayStartDate(tokens, i) && DateExpression.Read(tokens, i) is { } date && i > 0 && (tokens[i - 1].IsWord("in") || tokens[i - 1].IsWord("on") || tokens[i - 1].IsWord("of") || tokens[i - 1].IsWord("since") || tokens[i - 1].IsWord("until") || tokens[i - 1].IsWord("from") || tokens[i - 1].IsWord("during") || tokens[i - 1].IsWord("the") || tokens[i - 1].Is(',')))
            {
                if (date.Date.DayNumber <= asOf.LastDayNumber)
                {
                    others.Add(date.Date);
                }

                i += date.Length - 1;
            }
        }

        return new TimeContext(primary, others, asOf);
    }

    private static bool HasNumber(ReadOnlySpan<Token> tokens)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind == TokenKind.Number)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a date can start at <paramref name="index"/>: it starts with a number ("1949", "4 April 1949") or with a
    /// month followed by a number or an abbreviation's period ("April 1949", "Apr. 4, 1949"). Cheaper than reading.
    /// </summary>
    private static bool MayStartDate(IReadOnlyList<Token> tokens, int index)
    {
        var token = tokens[index];
        if (token.Kind == TokenKind.Number)
        {
            return true;
        }

        if (token.Kind != TokenKind.Word || index + 1 >= tokens.Count)
        {
            return false;
        }

        var next = tokens[index + 1];
        return next.Kind == TokenKind.Number || next.Is('.');
    }

    /// <summary>Whether a date after this word is the time the sentence speaks of ("in 2019", "before 2021").</summary>
    internal static bool IsLeadWord(Token token)
        => token.IsWord("in") || token.IsWord("on") || token.IsWord("by") || token.IsWord("of") || token.IsWord("during")
           || token.IsWord("throughout") || token.IsWord("before") || token.IsWord("until") || token.IsWord("till");

    /// <summary>"Before 2021" speaks of the time up to the end of 2020: the period just before the date, at its precision.</summary>
    internal static FactDate DayBefore(FactDate date) => date.Precision switch
    {
        DatePrecision.Year => date.Year > 1 ? new FactDate(date.Year - 1) : date,
        DatePrecision.Month => date.Month > 1 ? new FactDate(date.Year, date.Month - 1) : new FactDate(date.Year - 1, 12),
        _ => date.Day > 1 ? new FactDate(date.Year, date.Month, date.Day - 1)
            : date.Month > 1 ? new FactDate(date.Year, date.Month - 1, FactDate.DaysIn(date.Year, date.Month - 1))
            : new FactDate(date.Year - 1, 12, 31),
    };
}
