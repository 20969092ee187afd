using FactBase.Checking.Sentences;
using FactBase.Checking.Time;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules.Role;

/// <summary>
/// The dates of a term written right after a title: "in 2016", "in November 2015", "on 4 November 2015" (when it began) or
/// "from 2010 to 2024", "from October 2010 until July 2024", "from 2010-2024" (when it began and ended).
/// </summary>
/// <remarks>Only right after the title: a date further on may be of anything else in the sentence. "between 2010 and 2014"
/// is no plain term (it may mean some time within: <see cref="Between"/>), nor is "since 2014" (a term that began earlier has
/// also run since then).</remarks>
internal static class TermDates
{
    /// <summary>The date a term began, written at <paramref name="index"/> as "in DATE" or "on DATE".</summary>
    /// <returns>The date and the index past it, or <see langword="null"/>.</returns>
    public static (FactDate Date, int End)? Start(SentenceContext s, int index)
    {
        if (!s.IsWordAt(index, "in", "on") || DateExpression.Read(s.TokenSpan, index + 1) is not { } date || IsRangeGoingOn(s, index + 1 + date.Length))
        {
            return null;
        }

        return (date.Date, index + 1 + date.Length);
    }

    /// <summary>The day a term began, written relative to the article's date at <paramref name="index"/>: "on Friday",
    /// "today". The weekday names no week, so a term that began on another day is no contradiction (the article may be
    /// dated after the week it reports): such a start is only confirmed.</summary>
    /// <returns>The day and the index past it, or <see langword="null"/>.</returns>
    public static (FactDate Date, int End)? RelativeDay(SentenceContext s, int index)
    {
        if (s.Time.AsOf.Precision != DatePrecision.Day)
        {
            return null;
        }

        if (s.IsWordAt(index, "today"))
        {
            return (s.Time.AsOf, index + 1);
        }

        return s.IsWordAt(index, "on") && RelativeTime.Read(s.TokenSpan, index + 1, s.Time.AsOf, null) is { Present: false, Length: 1 } day
               && day.Date.Precision == DatePrecision.Day
            ? (day.Date, index + 2)
            : null;
    }

    /// <summary>Past the one who chose, between an election and its date: "was elected chancellor by the Bundestag on
    /// Tuesday", "elected president by parliament in August 2007".</summary>
    /// <returns>The index of the "in" or "on" after the agent, or <paramref name="index"/> when there is no agent.</returns>
    public static int PastAgent(SentenceContext s, int index)
    {
        if (!s.IsWordAt(index, "by"))
        {
            return index;
        }

        for (var k = index + 1; k <= index + 4; k++)
        {
            if (s.TokenAt(k) is not { Kind: TokenKind.Word })
            {
                return index;
            }

            if (k > index + 1 && s.IsWordAt(k, "in", "on"))
            {
                return k;
            }
        }

        return index;
    }

    /// <summary>A term's years in brackets right after a title: "Prime Minister of Ukraine (2014-2016)".</summary>
    /// <returns>The two years and the index past the closing bracket, or <see langword="null"/>.</returns>
    public static (FactDate From, FactDate To, int End)? Bracketed(SentenceContext s, int index)
    {
        if (s.TokenAt(index)?.Is('(') != true || s.TokenAt(index + 1) is not { } first
            || s.TokenAt(index + 2) is not { Kind: TokenKind.Punctuation, Text: "-" or "–" } || s.TokenAt(index + 3) is not { } second
            || s.TokenAt(index + 4)?.Is(')') != true || !DateExpression.IsYear(first, out var from) || !DateExpression.IsYear(second, out var to) || to < from)
        {
            return null;
        }

        return (new FactDate(from), new FactDate(to), index + 5);
    }

    /// <summary>A term's first and last dates written at <paramref name="index"/>: "from DATE to DATE".</summary>
    /// <returns>The two dates and the index past the second, or <see langword="null"/>.</returns>
    public static (FactDate From, FactDate To, int End)? Range(SentenceContext s, int index)
    {
        if (!s.IsWordAt(index, "from") || DateExpression.Read(s.TokenSpan, index + 1) is not { } from)
        {
            return null;
        }

        var k = index + 1 + from.Length;
        if (s.IsWordAt(k, "to", "until", "till") || s.IsWordAt(k, "through") || s.TokenAt(k) is { Kind: TokenKind.Punctuation, Text: "-" or "–" or "—" })
        {
            k++;
        }
        else
        {
            return null;
        }

        if (DateExpression.Read(s.TokenSpan, k) is not { } to || to.Date < from.Date || IsRangeGoingOn(s, k + to.Length))
        {
            return null;
        }

        return (from.Date, to.Date, k + to.Length);
    }

    /// <summary>A time written at <paramref name="index"/> as "between DATE and DATE": the term, or some time within one.</summary>
    /// <returns>The two dates and the index past the second, or <see langword="null"/>.</returns>
    public static (FactDate From, FactDate To, int End)? Between(SentenceContext s, int index)
    {
        if (!s.IsWordAt(index, "between") || DateExpression.Read(s.TokenSpan, index + 1) is not { } from || !s.IsWordAt(index + 1 + from.Length, "and"))
        {
            return null;
        }

        var k = index + 2 + from.Length;
        if (DateExpression.Read(s.TokenSpan, k) is not { } to || to.Date < from.Date || IsRangeGoingOn(s, k + to.Length))
        {
            return null;
        }

        return (from.Date, to.Date, k + to.Length);
    }

    // "in 2015 and 2019", "from 2010 to 2012 and 2014 to 2016", "in 2015-16": more than one date, or a date that goes on.
    private static bool IsRangeGoingOn(SentenceContext s, int end)
        => s.IsWordAt(end, "and", "or") && s.TokenAt(end + 1) is { Kind: TokenKind.Number }
           || s.TokenAt(end) is { Kind: TokenKind.Punctuation, Text: "-" or "–" or "/" } && s.TokenAt(end + 1) is { Kind: TokenKind.Number };
}
