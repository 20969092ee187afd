using System.Collections.Generic;

namespace FactBase.Checking;

/// <summary>
/// A cheap, conservative pre-test for "may this text equal one of a set of words, ignoring case?":
/// it compares only the length and the first and last characters (ASCII letters folded to lower case).
/// </summary>
/// <remarks>
/// Performance (issue 6): the extractors probe the vocabulary at nearly every token, and a case-insensitive hash
/// lookup costs several times more than this bit test. The filter never says no to a word of the set: anything it
/// cannot fold exactly (a non-ASCII first or last character) passes, and the exact lookup decides.
/// </remarks>
internal sealed class WordShapeFilter
{
    private const int Letters = 27; // a-z, then one slot for every other ASCII character
    private const int Lengths = 32; // lengths of 31 and more share the last slot

    private readonly ulong[] _bits = new ulong[((Lengths * Letters * Letters) + 63) / 64];

    // A word whose first or last character is not ASCII might equal texts of several shapes: the filter then passes all.
    private readonly bool _passAll;

    /// <summary>Builds the filter for <paramref name="words"/>.</summary>
    /// <param name="words">The words the filter must never reject.</param>
    public WordShapeFilter(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            if (word.Length == 0 || word[0] > 127 || word[word.Length - 1] > 127)
            {
                _passAll = true;
                continue;
            }

            var slot = Slot(word);
            _bits[slot >> 6] |= 1UL << (slot & 63);
        }
    }

    /// <summary>Whether <paramref name="text"/> may equal one of the words, ignoring case; <see langword="false"/> is certain.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="false"/> when it equals none of them.</returns>
    public bool MayContain(string text)
    {
        if (_passAll || text.Length == 0 || text[0] > 127 || text[text.Length - 1] > 127)
        {
            // Ordinal-ignore-case folding of non-ASCII characters can reach ASCII ones ('ı' → 'I'): let the lookup decide.
            return true;
        }

        var slot = Slot(text);
        return (_bits[slot >> 6] & (1UL << (slot & 63))) != 0;
    }

    private static int Slot(string ascii)
    {
        var length = ascii.Length < Lengths ? ascii.Length : Lengths - 1;
        return (((length * Letters) + Fold(ascii[0])) * Letters) + Fold(ascii[ascii.Length - 1]);
    }

    // Under ordinal-ignore-case an ASCII letter equals only itself in either case, and any other ASCII character only itself.
    private static int Fold(char c) => c is >= 'a' and <= 'z' ? c - 'a' : c is >= 'A' and <= 'Z' ? c - 'A' : Letters - 1;
}
