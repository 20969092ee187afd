using System;
using System.Collections.Generic;
using System.Globalization;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Time;

/// <summary>Reads dates written in prose: "1949", "April 1949", "4 April 1949", "April 4, 1949".</summary>
internal static class DateExpression
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["January"] = 1, ["Jan"] = 1, ["February"] = 2, ["Feb"] = 2, ["March"] = 3, ["Mar"] = 3, ["April"] = 4, ["Apr"] = 4,
        ["May"] = 5, ["June"] = 6, ["Jun"] = 6, ["July"] = 7, ["Jul"] = 7, ["August"] = 8, ["Aug"] = 8, ["September"] = 9,
        ["Sept"] = 9, ["Sep"] = 9, ["October"] = 10, ["Oct"] = 10, ["November"] = 11, ["Nov"] = 11, ["December"] = 12, ["Dec"] = 12,
    };

    /// <summary>Whether the token is a plausible year (1000-2999, no ordinal suffix).</summary>
    /// <summary>The month a capitalized word names ("April", "Apr"), or 0.</summary>
    public static int MonthOf(Token token)
        => token.Kind == TokenKind.Word && token.IsCapitalized && Months.TryGetValue(token.Text, out var month) ? month : 0;

    public static bool IsYear(Token token, out int year)
    {
        year = 0;
        return token.Kind == TokenKind.Number && token.Text.Length == 4
               && int.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out year)
               && year is >= 1000 and <= 2999;
    }

    /// <summary>Reads a date starting at <paramref name="index"/>.</summary>
    /// <returns>The date and the number of tokens it takes, or <see langword="null"/>.</returns>
    public static (FactDate Date, int Length)? Read(IReadOnlyList<Token> tokenList, int index)
        => Read(TokenArrays.Of(tokenList), index); // a view of the checker's sentences (see TokenArrays)

    /// <inheritdoc cref="Read(IReadOnlyList{Token}, int)"/>
    public static (FactDate Date, int Length)? Read(ReadOnlySpan<Token> tokens, int index)
    {
        if (index >= tokens.Length)
        {
            return null;
        }

        var first = tokens[index];
        if (IsYear(first, out var year))
        {
            return (new FactDate(year), 1);
        }

        // Day Month Year: "4 April 1949".
        if (first.Kind == TokenKind.Number && int.TryParse(first.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && index + 2 < tokens.Length && Months.TryGetValue(tokens[index + 1].Text, out var m1) && IsYear(tokens[index + 2], out var y1)
            && day >= 1 && day <= FactDate.DaysIn(y1, m1))
        {
            return (new FactDate(y1, m1, day), 3);
        }

        if (first.Kind == TokenKind.Word && first.IsCapitalized && Months.TryGetValue(first.Text, out var month))
        {
            var next = index + 1;
            if (next < tokens.Length && tokens[next].Is('.'))
            {
                next++;
            }

            if (next < tokens.Length && IsYear(tokens[next], out var y2))
            {
                return (new FactDate(y2, month), next - index + 1);
            }

            // Month Day, Year: "April 4, 1949".
            if (next + 2 < tokens.Length && tokens[next].Kind == TokenKind.Number
                && int.TryParse(tokens[next].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var d2)
                && tokens[next + 1].Is(',') && IsYear(tokens[next + 2], out var y3) && d2 >= 1 && d2 <= FactDate.DaysIn(y3, month))
            {
                return (new FactDate(y3, month, d2), next - index + 3);
            }
        }

        return null;
    }
}
