using System;
using System.Collections.Generic;

namespace FactBase.Checking.Vocabulary;

/// <summary>
/// A fixed set of words matched ignoring case (<see cref="StringComparer.OrdinalIgnoreCase"/>), for the readers' closed
/// word lists ("ago", "the", "former"): the same answers as a <see cref="HashSet{T}"/> with that comparer, faster for the
/// words of prose, which are mostly not in the set.
/// </summary>
/// <remarks>
/// Hot path (docs/performance.md, "Reading more costs"): readers test nearly every token against such lists, and a
/// case-insensitive hash of the whole word costs several times a test of its first letter and length. Words are filed by
/// their first letter (folded) and length, so a test reads one array slot and compares the text with the one to three
/// words of that shape, or with none. Equal texts under ordinal-ignore-case have equal lengths and, for an ASCII first
/// letter, the same folded first letter; a text that starts with a non-ASCII character (which may fold onto ASCII: 'ı'
/// to 'I') goes to the hash set, so the answer is always exact.
/// </remarks>
internal sealed class WordSet
{
    /// <summary>Slots per word length: a-z folded, then one for every other ASCII character.</summary>
    internal const int Letters = 27;

    private readonly HashSet<string> _set;
    private readonly int _maxLength;

    // Per (folded first letter, length): the words of that shape, or null.
    private readonly string[]?[] _byShape;

    /// <summary>Builds the set.</summary>
    /// <param name="words">The words (ASCII; any other word makes every test use the hash set).</param>
    public WordSet(IEnumerable<string> words)
    {
        _set = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);
        foreach (var word in _set)
        {
            _maxLength = Math.Max(_maxLength, word.Length);
        }

        _byShape = new string[]?[Letters * (_maxLength + 1)];
        foreach (var word in _set)
        {
            if (word.Length == 0 || !IsAscii(word))
            {
                // A word that ordinal-ignore-case may equate with texts of other shapes: every test asks the hash set.
                _byShape = Array.Empty<string[]?>();
                return;
            }

            ref var slot = ref _byShape[Slot(word)];
            var bucket = slot ?? Array.Empty<string>();
            Array.Resize(ref bucket, bucket.Length + 1);
            bucket[bucket.Length - 1] = word;
            slot = bucket;
        }
    }

    /// <summary>The words of the set.</summary>
    public IEnumerable<string> Words => _set;

    /// <summary>The set's bit in a sentence's summary of trigger words (<see cref="Sentences.TriggerWords"/>), set once
    /// that table holds its words; -1 for a set not listed there, which a sentence answers by a scan of its tokens.</summary>
    internal int SummaryBit { get; set; } = -1;

    /// <summary>Whether <paramref name="text"/> is one of the words, ignoring case.</summary>
    /// <param name="text">A token's text.</param>
    /// <returns>The answer of <see cref="HashSet{T}.Contains"/> with <see cref="StringComparer.OrdinalIgnoreCase"/>.</returns>
    public bool Contains(string text)
    {
        if (text.Length > _maxLength || text.Length == 0)
        {
            return false;
        }

        if (text[0] > 127 || _byShape.Length == 0)
        {
            return _set.Contains(text);
        }

        if (_byShape[Slot(text)] is not { } bucket)
        {
            return false;
        }

        // The last characters first ("the" is not "two" or "ten"): an ASCII character equals another ignoring case only if
        // the two agree once the case bit is set, so this turns most texts of the word's shape away without a call. A
        // non-ASCII last character may fold onto an ASCII letter ('ſ' onto 'S'): the full comparison decides.
        var last = text[text.Length - 1];
        for (var i = 0; i < bucket.Length; i++)
        {
            var word = bucket[i];
            if ((last > 127 || (last | 0x20) == (word[word.Length - 1] | 0x20)) && string.Equals(text, word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private int Slot(string word) => Slot(word, _maxLength);

    /// <summary>The slot of a word's shape (folded first letter, length) in a table of <see cref="Letters"/> rows of
    /// <paramref name="maxLength"/> + 1 lengths; shared with the other tables filed the same way (TokenClasses).</summary>
    internal static int Slot(string word, int maxLength) => (Fold(word[0]) * (maxLength + 1)) + word.Length;

    private static int Fold(char c) => c is >= 'a' and <= 'z' ? c - 'a' : c is >= 'A' and <= 'Z' ? c - 'A' : Letters - 1;

    /// <summary>Whether every character is ASCII (only such words are filed by shape).</summary>
    internal static bool IsAscii(string word)
    {
        foreach (var c in word)
        {
            if (c > 127)
            {
                return false;
            }
        }

        return true;
    }
}
