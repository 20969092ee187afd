using System;
using FactBase.Checking.Sentences;
using FactBase.Checking.Time;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules.Age;

/// <summary>
/// The month or year in which an age event says the age was reached: "turned 81 in June", "turned 70 in March 2024",
/// "turns 70 next month", "turned 69 last year". The birthday must fall in it, which a check of the age alone at that time
/// does not see ("turned 81 in June" of someone born in November is 81 in June too).
/// </summary>
/// <remarks>A month with no year is the most recent one before the article's month ("turned"), or the next one after it
/// ("turns", "will turn"), or in the narrative's year. The article's own month is left unread (the birthday may be still to
/// come), and so are days ("on Saturday"), which the age reading checks as before.</remarks>
internal static class BirthdayPeriod
{
    /// <summary>The period named at <paramref name="k"/> (right after the age), or <see langword="null"/>.</summary>
    /// <param name="s">The sentence.</param>
    /// <param name="k">The token after the number.</param>
    /// <param name="past">Whether the event is told in the past ("turned").</param>
    public static FactDate? Read(SentenceContext s, int k, bool past)
    {
        var tokens = s.TokenSpan;
        var asOf = s.Time.AsOf;
        if (asOf.Month == 0 || k >= tokens.Length)
        {
            return null;
        }

        if (s.IsWordAt(k, "in"))
        {
            if (DateExpression.Read(tokens, k + 1) is { } written)
            {
                return written.Date.Precision == DatePrecision.Day || !Ends(s, k + 1 + written.Length) ? null : written.Date;
            }

            if (DateExpression.MonthOf(tokens[Math.Min(k + 1, tokens.Length - 1)]) is > 0 and var month && k + 1 < tokens.Length && Ends(s, k + 2))
            {
                if (s.Time.Narrative is { } then)
                {
                    return new FactDate(then.Year, month);
                }

                return month == asOf.Month ? null
                    : past ? new FactDate(month < asOf.Month ? asOf.Year : asOf.Year - 1, month)
                    : new FactDate(month > asOf.Month ? asOf.Year : asOf.Year + 1, month);
            }

            return null;
        }

        if (!Ends(s, k + 2))
        {
            return null;
        }

        var unit = s.IsWordAt(k + 1, "month") ? 1 : s.IsWordAt(k + 1, "year") ? 2 : 0;
        var shift = s.IsWordAt(k, "last") && past ? -1 : s.IsWordAt(k, "next") && !past ? 1 : s.IsWordAt(k, "this") && unit == 2 ? 0 : int.MinValue;
        if (unit == 0 || shift == int.MinValue)
        {
            return null;
        }

        if (unit == 2)
        {
            return new FactDate(asOf.Year + shift);
        }

        var months = (asOf.Year * 12) + asOf.Month - 1 + shift;
        return new FactDate(months / 12, (months % 12) + 1);
    }

    // Whether the time phrase ends the clause at <paramref name="k"/>: the sentence's end, a punctuation mark, "and", "when".
    private static bool Ends(SentenceContext s, int k)
        => s.TokenAt(k) is not { } next || next.Kind == TokenKind.Punctuation || next.IsWord("and") || next.IsWord("when");
}
