using System.Collections.Generic;

namespace FactBase.Checking.Vocabulary;

/// <summary>
/// A cheap, conservative pre-test for "may this text equal one of a set of words, ignoring case?": first the shape
/// (first letter and length), then one bit per hash of the case-folded text (a Bloom filter with one hash function).
/// </summary>
/// <remarks>
/// Hot path (docs/performance.md): the extractors probe the vocabulary at nearly every token, and a case-insensitive
/// dictionary lookup costs several times more than this test. The filter never says no to a word of the set: text with a non-ASCII
/// character, which ordinal-ignore-case may fold onto ASCII ('ı' → 'I'), always passes, and the exact lookup decides.
/// </remarks>
internal sealed class WordFilter
{
    private const int Bits = 4096; // a few dozen words set about 1 % of the bits: about 1 % of other words pass
    private const int Letters = 27; // a-z folded, then one slot for every other ASCII character
    private const int LongWord = 63; // lengths of 63 and more share the last bit of a shape mask

    private readonly ulong[] _bits = new ulong[Bits / 64];

    // Per first character, a bit per length the words have: rejects most words ("the", "said") before hashing.
    private readonly ulong[] _lengthsByFirst = new ulong[Letters];

    // A word with a non-ASCII character might equal texts of several hashes: the filter then passes everything.
    private readonly bool _passAll;

    /// <summary>Builds the filter for <paramref name="words"/>.</summary>
    /// <param name="words">The words the filter must never reject.</param>
    public WordFilter(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            if (word.Length == 0 || !TryHash(word, out var hash))
            {
                _passAll = true;
                continue;
            }

            _bits[hash >> 6] |= 1UL << (int)(hash & 63);
            _lengthsByFirst[Fold(word[0])] |= LengthBit(word);
        }
    }

    /// <summary>Whether <paramref name="text"/> may equal one of the words, ignoring case; <see langword="false"/> is certain.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="false"/> when it equals none of them.</returns>
    public bool MayContain(string text) => HasShapeOfOne(text) && (!TryHash(text, out var bit) || MayContain(bit));

    /// <summary>Whether <paramref name="text"/> has the first letter and the length of one of the words (ignoring case),
    /// the cheaper half of <see cref="MayContain(string)"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="false"/> when it equals none of them.</returns>
    public bool HasShapeOfOne(string text)
        => _passAll || text.Length == 0 || text[0] > 127 || (_lengthsByFirst[Fold(text[0])] & LengthBit(text)) != 0;

    /// <summary>Whether a text of hash <paramref name="bit"/> (from <see cref="TryHash"/>) may equal one of the words:
    /// one hash then serves several filters.</summary>
    /// <param name="bit">The text's hash.</param>
    /// <returns><see langword="false"/> when it equals none of them.</returns>
    public bool MayContain(uint bit) => _passAll || (_bits[bit >> 6] & (1UL << (int)(bit & 63))) != 0;

    /// <summary>A hash equal for texts equal under ordinal-ignore-case; none for a text with a non-ASCII character.</summary>
    /// <param name="text">The text.</param>
    /// <param name="bit">The hash, a bit index of the filter.</param>
    /// <returns>Whether there is a hash; without one, let the text pass.</returns>
    public static bool TryHash(string text, out uint bit)
    {
        bit = 0;

        // Among ASCII characters ordinal-ignore-case equates only a letter's two cases: fold them, keep the rest.
        var hash = 2166136261u;
        foreach (var c in text)
        {
            if (c > 127)
            {
                return false;
            }

            hash = (hash ^ (c is >= 'A' and <= 'Z' ? (uint)(c | 0x20) : c)) * 16777619u;
        }

        bit = (hash ^ (hash >> 16)) & (Bits - 1);
        return true;
    }

    // Ordinal-ignore-case equal texts have equal lengths.
    private static ulong LengthBit(string text) => 1UL << (text.Length < LongWord ? text.Length : LongWord);

    // Under ordinal-ignore-case an ASCII letter equals only itself in either case, and any other ASCII character only itself.
    private static int Fold(char c) => c is >= 'a' and <= 'z' ? c - 'a' : c is >= 'A' and <= 'Z' ? c - 'A' : Letters - 1;
}
