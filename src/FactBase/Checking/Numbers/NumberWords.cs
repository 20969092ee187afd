using System;
using System.Collections.Generic;
using System.Globalization;
using FactBase.Checking.Vocabulary;
using FactBase.Text;

namespace FactBase.Checking.Numbers;

/// <summary>
/// Reads a number written in digits or in words, cardinal or ordinal: "75", "75th", "seventy-five", "seventy five",
/// "thirty-second", "one hundred and ninety-three".
/// </summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, (int Value, bool Ordinal, bool Tens)> Words = Build();

    // The same words as a set that turns most words of prose away by their first letter and length, before any hash.
    internal static readonly WordSet Keys = new(Words.Keys);

    /// <summary>Whether the text is a number word ("five", "seventy", "second").</summary>
    /// <param name="text">A word token's text.</param>
    /// <returns><see langword="true"/> for a number word.</returns>
    /// <remarks>Every token of a sentence that names an entity passes here: the first letter and the length turn most
    /// words away before any comparison.</remarks>
    public static bool IsNumberWord(string text) => Keys.Contains(text);

    /// <summary>Reads a number that starts at <paramref name="index"/>.</summary>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="index">Where the number would start.</param>
    /// <returns>The number, whether it is an ordinal, and the number of tokens it takes; or <see langword="null"/>.</returns>
    /// <remarks>"one", "first" and "second" standing alone are left out: they are more often words of their own
    /// ("one of the members", "the first time", "a second summit") than numbers a claim states.</remarks>
    public static (int Value, bool Ordinal, int Length)? Read(ReadOnlySpan<Token> tokens, int index)
    {
        if ((uint)index >= (uint)tokens.Length)
        {
            return null;
        }

        var token = tokens[index];
        if (token.Kind == TokenKind.Number)
        {
            return ReadDigits(token.Text) is { } digits ? (digits.Value, digits.Ordinal, 1) : null;
        }

        if (token.Kind != TokenKind.Word || !Keys.Contains(token.Text) || !Words.TryGetValue(token.Text, out var first))
        {
            return null;
        }

        var value = first.Value;
        var ordinal = first.Ordinal;
        var end = index + 1;

        // "one hundred (and) ninety-three".
        if (!ordinal && value < 10 && end < tokens.Length && tokens[end].IsWord("hundred"))
        {
            value *= 100;
            end++;
            var rest = end < tokens.Length && tokens[end].IsWord("and") ? end + 1 : end;
            if (Read(tokens, rest) is { } tail && tail.Value < 100 && tokens[rest].Kind == TokenKind.Word)
            {
                return (value + tail.Value, tail.Ordinal, rest + tail.Length - index);
            }

            return (value, false, end - index);
        }

        // "seventy-five", "seventy five", "thirty-second": a tens word and a unit.
        if (first.Tens && !ordinal)
        {
            var next = end < tokens.Length && tokens[end].Is('-') && !tokens[end].SpaceBefore ? end + 1 : end;
            if (next < tokens.Length && tokens[next].Kind == TokenKind.Word && Keys.Contains(tokens[next].Text) && Words.TryGetValue(tokens[next].Text, out var unit)
                && !unit.Tens && unit.Value is >= 1 and <= 9)
            {
                return (value + unit.Value, unit.Ordinal, next + 1 - index);
            }
        }

        if (value == 1 || (value == 2 && ordinal))
        {
            return null;
        }

        return (value, ordinal, end - index);
    }

    /// <summary>Reads a number in digits: "75" or "75th".</summary>
    private static (int Value, bool Ordinal)? ReadDigits(string text)
    {
        var digits = 0;
        while (digits < text.Length && text[digits] is >= '0' and <= '9')
        {
            digits++;
        }

        if (digits == 0 || digits > 6 || (digits != text.Length && digits != text.Length - 2)
            || !int.TryParse(text.Substring(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        return (value, digits != text.Length);
    }

    private static Dictionary<string, (int Value, bool Ordinal, bool Tens)> Build()
    {
        var units = new[] { "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen" };
        var unitOrdinals = new[] { "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth" };
        var tens = new[] { "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety" };
        var words = new Dictionary<string, (int, bool, bool)>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < units.Length; i++)
        {
            words[units[i]] = (i + 1, false, false);
            words[unitOrdinals[i]] = (i + 1, true, false);
        }

        for (var i = 0; i < tens.Length; i++)
        {
            words[tens[i]] = ((i + 2) * 10, false, true);
            words[tens[i].Substring(0, tens[i].Length - 1) + "ieth"] = ((i + 2) * 10, true, true);
        }

        words["hundredth"] = (100, true, false);
        return words;
    }
}
