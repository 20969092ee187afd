using System.Collections.Generic;

namespace FactBase.Text;

/// <summary>Splits prose into tokens in one pass, linear in the length of the text.</summary>
/// <remarks>
/// Keeps dotted abbreviations ("U.S.", "U.K.") and inner apostrophes ("O'Brien") inside one word,
/// and folds a possessive "'s" into the word's flag, so names match the same way with or without it.
/// </remarks>
public static class Tokenizer
{
    /// <summary>Tokenizes <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/>.</summary>
    /// <param name="text">The document text (non-prose already masked with spaces).</param>
    /// <param name="start">The first offset.</param>
    /// <param name="end">The offset past the last character.</param>
    /// <returns>The tokens, in order.</returns>
    public static List<Token> Tokenize(string text, int start, int end)
    {
        // About one token per five characters of prose: sized once instead of grown by doubling.
        var buffer = new TokenBuffer(((end - start) / 5) + 4);
        Tokenize(text, start, end, buffer);
        var tokens = new List<Token>(buffer.Count);
        for (var i = 0; i < buffer.Count; i++)
        {
            tokens.Add(buffer.Items[i]);
        }

        return tokens;
    }

    /// <summary>Appends the tokens of <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/> to <paramref name="tokens"/>.</summary>
    /// <param name="text">The document text (non-prose already masked with spaces).</param>
    /// <param name="start">The first offset.</param>
    /// <param name="end">The offset past the last character.</param>
    /// <param name="tokens">Receives the tokens, in order: the sentence splitter passes one buffer for a whole document.</param>
    internal static void Tokenize(string text, int start, int end, TokenBuffer tokens)
    {
        var words = RepeatedWords.OfThread;
        var i = start;
        var space = true;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                i++;
                continue;
            }

            if (char.IsLetter(c))
            {
                var s = i;
                i = ScanWord(text, i, end);
                i = ScanLookAlikeDigits(text, s, i, end);
                var wordEnd = i;
                var possessive = false;
                if (i < end && IsApostrophe(text[i]))
                {
                    if (i + 1 < end && (text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= end || !char.IsLetterOrDigit(text[i + 2])))
                    {
                        possessive = true;
                        i += 2;
                    }
                    else if (text[i - 1] == 's' && (i + 1 >= end || !char.IsLetterOrDigit(text[i + 1])))
                    {
                        possessive = true;
                        i += 1;
                    }
                }

                tokens.Add(new Token(TokenKind.Word, words.Of(text, s, wordEnd - s), new TextSpan(s, i - s), possessive, space));
            }
            else if (char.IsDigit(c))
            {
                var s = i;
                while (i < end && (char.IsDigit(text[i]) || (text[i] == ',' && i + 3 < end && char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2]) && char.IsDigit(text[i + 3]) && (i + 4 >= end || !char.IsDigit(text[i + 4])))))
                {
                    i++;
                }

                // Ordinal suffixes stay with the number: "75th", "1st".
                if (i + 1 < end && IsOrdinalSuffix(text, i, end))
                {
                    i += 2;
                }

                var possessive = false;
                var numberEnd = i;
                if (i + 1 < end && IsApostrophe(text[i]) && text[i + 1] == 's' && (i + 2 >= end || !char.IsLetterOrDigit(text[i + 2])))
                {
                    possessive = true;
                    i += 2;
                }

                tokens.Add(new Token(TokenKind.Number, words.Of(text, s, numberEnd - s), new TextSpan(s, i - s), possessive, space));
            }
            else
            {
                var length = char.IsHighSurrogate(c) && i + 1 < end ? 2 : 1;
                var punctuation = length == 1 && c < AsciiStrings.Length ? AsciiStrings[c] : NormalizePunctuation(text.Substring(i, length));
                tokens.Add(new Token(TokenKind.Punctuation, punctuation, new TextSpan(i, length), false, space));
                i += length;
            }

            space = false;
        }
    }

    /// <summary>Whether <paramref name="c"/> is a straight or typographic apostrophe.</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for ' and ’.</returns>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    /// <summary>One shared string per ASCII character: punctuation tokens allocate nothing.</summary>
    private static readonly string[] AsciiStrings = CreateAsciiStrings();

    private static string[] CreateAsciiStrings()
    {
        var strings = new string[128];
        for (var c = 0; c < strings.Length; c++)
        {
            strings[c] = ((char)c).ToString();
        }

        return strings;
    }

    /// <summary>Digits that look like capital letters (0 for O, 1 for I, 5 for S) at the end of a capitalised acronym stay in
    /// the word: "NAT0" is one word, a likely misspelling of NATO, not "NAT" and a number. Other digits ("G7", "MH17",
    /// "F16") keep the letters and the number apart.</summary>
    private static int ScanLookAlikeDigits(string text, int start, int i, int end)
    {
        if (i - start < 2 || i >= end || !IsLookAlikeDigit(text[i]))
        {
            return i;
        }

        for (var k = start; k < i; k++)
        {
            if (!char.IsUpper(text[k]))
            {
                return i;
            }
        }

        var j = i;
        while (j < end && IsLookAlikeDigit(text[j]))
        {
            j++;
        }

        return j < end && char.IsLetterOrDigit(text[j]) ? i : j;
    }

    private static bool IsLookAlikeDigit(char c) => c is '0' or '1' or '5';

    private static int ScanWord(string text, int i, int end)
    {
        var s = i;
        while (i < end)
        {
            var c = text[i];
            if (c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' : char.IsLetter(c) || c == '\u0301' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                // An ASCII character is a letter exactly when it is A-Z or a-z (and never a combining mark): most text is
                // ASCII, so most characters take the first test only.
                i++;
            }
            else if (IsApostrophe(c) && i + 1 < end && char.IsLetter(text[i + 1]) && !(text[i + 1] is 's' or 'S' && (i + 2 >= end || !char.IsLetter(text[i + 2]))))
            {
                i++; // O'Brien, D'Alema: an apostrophe inside a name.
            }
            else if (c == '.' && i - s == 1 && char.IsUpper(text[s]) && i + 2 < end && char.IsUpper(text[i + 1]) && text[i + 2] == '.')
            {
                // A dotted abbreviation: U.S., U.K., E.U. — scan letter-dot pairs.
                while (i + 2 < end && text[i] == '.' && char.IsUpper(text[i + 1]) && text[i + 2] == '.')
                {
                    i += 2;
                }

                return i + 1;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static bool IsOrdinalSuffix(string text, int i, int end)
    {
        var a = char.ToLowerInvariant(text[i]);
        var b = char.ToLowerInvariant(text[i + 1]);
        var ordinal = (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h');
        return ordinal && (i + 2 >= end || !char.IsLetter(text[i + 2]));
    }

    private static string NormalizePunctuation(string s) => s switch
    {
        "\u2013" or "\u2014" or "\u2011" or "\u2010" => "-",
        "\u201C" or "\u201D" or "\u201E" => "\"",
        "\u2019" or "\u2018" => "'",
        _ => s,
    };
}
