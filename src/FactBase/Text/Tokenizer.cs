using System.Collections.Generic;
using System.Runtime.CompilerServices;

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
        tokens.Words = words;
        var i = start;
        var space = true;
        while (i < end)
        {
            var c = text[i];
            if (c == ' ')
            {
                // Most characters between tokens are plain spaces: one comparison, before the Unicode tests.
                space = true;
                i++;
                continue;
            }

            // An ASCII letter (most words start with one) goes straight to the word; (c | 0x20) of any other character is
            // outside 'a'-'z', so the test is exact without a range check first.
            var asciiLetter = (uint)((c | 0x20) - 'a') <= 'z' - 'a';
            if (!asciiLetter && char.IsWhiteSpace(c))
            {
                space = true;
                i++;
                continue;
            }

            if (asciiLetter || char.IsLetter(c))
            {
                var s = i;
                i = ScanWord(text, i, end, out var hash);
                if (i < end && IsLookAlikeDigit(text[i]))
                {
                    var scanned = i;
                    i = ScanLookAlikeDigits(text, s, i, end);
                    if (i != scanned)
                    {
                        hash = RepeatedWords.Hash(text, s, i - s);
                    }
                }

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

                var word = words.Of(text, s, wordEnd - s, hash, out var slot);
                tokens.Add(new Token(TokenKind.Word, word, new TextSpan(s, i - s), possessive, space), slot);
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

                var number = words.Of(text, s, numberEnd - s, RepeatedWords.Hash(text, s, numberEnd - s), out var slot);
                tokens.Add(new Token(TokenKind.Number, number, new TextSpan(s, i - s), possessive, space), slot);
            }
            else
            {
                var length = char.IsHighSurrogate(c) && i + 1 < end ? 2 : 1;
                var ascii = length == 1 ? Normalized(c) : '\0';
                if (ascii != '\0')
                {
                    // One shared string per ASCII character, kept in the table with the words: punctuation allocates
                    // nothing, and a reader's note about it is read back as a word's is.
                    tokens.Add(new Token(TokenKind.Punctuation, RepeatedWords.OfAscii(ascii, out var slot), new TextSpan(i, length), false, space), slot);
                }
                else
                {
                    tokens.Add(new Token(TokenKind.Punctuation, text.Substring(i, length), new TextSpan(i, length), false, space));
                }

                i += length;
            }

            space = false;
        }
    }

    /// <summary>Whether <paramref name="c"/> is a straight or typographic apostrophe.</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for ' and ’.</returns>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';

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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsLookAlikeDigit(char c) => c is '0' or '1' or '5';

    /// <summary>The end of the word that starts at <paramref name="i"/>, and the hash of its characters
    /// (<see cref="RepeatedWords.Hash"/>) worked out on the way: the characters are read once.</summary>
    private static int ScanWord(string text, int i, int end, out uint hash)
    {
        // ASCII letters, the whole of most words: an ASCII character is a letter exactly when it is A-Z or a-z (and never
        // a combining mark), and (c | 0x20) of any other character is outside 'a'-'z'.
        var s = i;
        var h = 0u;
        while (i < end)
        {
            var c = text[i];
            if ((uint)((c | 0x20) - 'a') > 'z' - 'a')
            {
                break;
            }

            h = (h * 31) + c; // RepeatedWords.Add, written out: the loop runs for every letter of the text
            i++;
        }

        if (i < end && MayGoOn(text[i]))
        {
            // A letter outside ASCII, a combining mark, an apostrophe or a dot: read on as below, then hash the whole word.
            var longer = ScanRest(text, s, i, end);
            if (longer != i)
            {
                hash = RepeatedWords.Hash(text, s, longer - s);
                return longer;
            }
        }

        hash = h;
        return i;
    }

    // Whether a word may go on past this character: only non-ASCII characters, apostrophes and dots do; every other ASCII
    // character (space, punctuation, digit) ends it.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MayGoOn(char c) => c > 127 || c == '\'' || c == '.';

    private static int ScanRest(string text, int s, int i, int end)
    {
        while (i < end)
        {
            var c = text[i];
            if (c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' : char.IsLetter(c) || c == '\u0301' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
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

    // The ASCII character a punctuation mark is read as (dashes as '-', typographic quotes as '"' and '\''), or '\0' for
    // one that stays as written.
    private static char Normalized(char c) => c switch
    {
        < '\u0080' => c,
        '\u2013' or '\u2014' or '\u2011' or '\u2010' => '-',
        '\u201C' or '\u201D' or '\u201E' => '"',
        '\u2019' or '\u2018' => '\'',
        _ => '\0',
    };
}
