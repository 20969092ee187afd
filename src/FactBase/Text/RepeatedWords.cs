using System;

namespace FactBase.Text;

/// <summary>
/// The strings of the words prose repeats ("the", "said", "minister", a name the article keeps using): a token's text is
/// taken from here when the same characters were made lately on the same thread, instead of a new string per token.
/// </summary>
/// <remarks>
/// Every word of every document is a token, and its text was a new string: about a third of what the checker
/// allocated (docs/performance.md). A table of recent words per thread, one slot per hash, keeps the common ones; a word
/// that meets another in its slot replaces it. The strings are equal to what <see cref="string.Substring(int, int)"/>
/// makes, so no reader can tell the difference (nothing compares token texts by reference).
/// </remarks>
internal sealed class RepeatedWords
{
    // A power of two: 4,096 slots (32 KB of references per thread) hold the common words of news prose with few collisions.
    private const int Slots = 4096;

    // Longer words are rare enough in prose that keeping them would mostly evict the short ones.
    private const int LongestKept = 20;

    [ThreadStatic]
    private static RepeatedWords? _ofThread;

    private readonly string?[] _slots = new string?[Slots];

    private RepeatedWords()
    {
    }

    /// <summary>The table of the calling thread.</summary>
    public static RepeatedWords OfThread => _ofThread ??= new RepeatedWords();

    /// <summary>The string of <paramref name="text"/> from <paramref name="start"/>, <paramref name="length"/> characters
    /// long: one made before for the same characters when the table still has it, else a new one.</summary>
    /// <param name="text">The text the word is in.</param>
    /// <param name="start">Where the word starts.</param>
    /// <param name="length">The word's length.</param>
    /// <returns>A string equal (ordinal) to the word.</returns>
    public string Of(string text, int start, int length)
    {
        if (length > LongestKept)
        {
            return text.Substring(start, length);
        }

        var word = text.AsSpan(start, length);
        var hash = (uint)length;
        for (var i = 0; i < word.Length; i++)
        {
            hash = (hash * 31) + word[i];
        }

        var slot = (int)((hash ^ (hash >> 12)) & (Slots - 1));
        var kept = _slots[slot];
        if (kept is not null && kept.Length == length && Same(kept, word))
        {
            return kept;
        }

        var made = text.Substring(start, length);
        _slots[slot] = made;
        return made;
    }

    // A loop, not a vectorized comparison: the words are a few characters long, and most that share a slot are equal.
    private static bool Same(string kept, ReadOnlySpan<char> word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (kept[i] != word[i])
            {
                return false;
            }
        }

        return true;
    }
}
