using System;
using System.Collections.Generic;
using System.IO;

namespace FactBase.Memory;

/// <summary>
/// Words, case ignored, each with a list of numbers (the people who carry a surname, say), as four blocks of numbers: an
/// open-addressing table of slots keyed by a stable hash of the word, each word's key, where each word's list starts, and
/// the lists. A compiled snapshot keeps the blocks and uses them where they lie, so a large knowledge base's tables of
/// words cost nothing at start: a lookup reads a slot or two and makes only the words it compares.
/// </summary>
/// <remarks>
/// <para>
/// Words compare as <see cref="StringComparison.OrdinalIgnoreCase"/> does. The hash is of the word's ASCII letters
/// uppercased, with every other character (and I and S, which a non-ASCII letter may uppercase to) hashed alike, so two
/// words equal with case ignored always have the same hash whatever the runtime's case tables say; the comparison of the
/// words themselves decides.
/// </para>
/// <para>Every number read from a snapshot is checked when a lookup first reaches it: a word or a list out of range is an
/// <see cref="InvalidDataException"/>, never a wrong answer.</para>
/// </remarks>
internal sealed class WordLists
{
    private readonly NumberBlock<int> _slots;
    private readonly NumberBlock<int> _keys;
    private readonly NumberBlock<int> _starts;
    private readonly NumberBlock<int> _values;
    private readonly Func<int, string?> _keyText;
    private readonly Func<int, string, bool>? _keyIs;
    private readonly int _mask;

    private WordLists(NumberBlock<int> slots, NumberBlock<int> keys, NumberBlock<int> starts, NumberBlock<int> values, Func<int, string?> keyText, Func<int, string, bool>? keyIs = null)
    {
        _keyIs = keyIs;
        _slots = slots;
        _keys = keys;
        _starts = starts;
        _values = values;
        _keyText = keyText;
        _mask = slots.Length - 1;
    }

    /// <summary>An empty table.</summary>
    public static WordLists Empty { get; } = Build(Array.Empty<(string, int[])>());

    /// <summary>How many words there are.</summary>
    public int Count => _keys.Length;

    /// <summary>The table's slots (0 empty, else a word's number + 1).</summary>
    public NumberBlock<int> Slots => _slots;

    /// <summary>Each word's key: a number that <c>keyText</c> turns into the word.</summary>
    public NumberBlock<int> Keys => _keys;

    /// <summary>Where each word's list starts in <see cref="Values"/>, one more than the words.</summary>
    public NumberBlock<int> Starts => _starts;

    /// <summary>The lists, one after the other.</summary>
    public NumberBlock<int> Values => _values;

    /// <summary>A table of <paramref name="lists"/>, whose words are distinct with case ignored; a word's key is its place in the list.</summary>
    public static WordLists Build(IReadOnlyList<(string Word, int[] Values)> lists)
    {
        var words = new string[lists.Count];
        var keys = new int[lists.Count];
        var starts = new int[lists.Count + 1];
        var total = 0;
        for (var i = 0; i < lists.Count; i++)
        {
            words[i] = lists[i].Word;
            keys[i] = i;
            starts[i] = total;
            total += lists[i].Values.Length;
        }

        starts[lists.Count] = total;
        var values = new int[total];
        for (var i = 0; i < lists.Count; i++)
        {
            lists[i].Values.CopyTo(values, starts[i]);
        }

        var slots = new int[SlotCount(lists.Count)];
        var mask = slots.Length - 1;
        for (var i = 0; i < words.Length; i++)
        {
            var at = (int)HashOf(words[i]) & mask;
            while (slots[at] != 0)
            {
                at = (at + 1) & mask;
            }

            slots[at] = i + 1;
        }

        return new WordLists(NumberBlock<int>.Of(slots), NumberBlock<int>.Of(keys), NumberBlock<int>.Of(starts), NumberBlock<int>.Of(values), k => (uint)k < (uint)words.Length ? words[k] : null);
    }

    /// <summary>A set of words (each with an empty list).</summary>
    public static WordLists Of(IReadOnlyCollection<string> words)
    {
        var lists = new List<(string, int[])>(words.Count);
        foreach (var word in words)
        {
            lists.Add((word, Array.Empty<int>()));
        }

        return Build(lists);
    }

    /// <summary>The table whose blocks <see cref="Slots"/>, <see cref="Keys"/>, <see cref="Starts"/> and <see cref="Values"/>
    /// gave, with the keys turned into words by <paramref name="keyText"/> (null for a key out of range).</summary>
    /// <param name="slots">The slots.</param>
    /// <param name="keys">Each word's key.</param>
    /// <param name="starts">Where each word's list starts.</param>
    /// <param name="values">The lists.</param>
    /// <param name="keyText">The word of a key, null for a key out of range.</param>
    /// <param name="keyIs">Whether a key's word equals a word, case ignored, told without making the key's word where it
    /// can (a lookup then makes no string); throws <see cref="InvalidDataException"/> for a key out of range. Null: compare
    /// the words <paramref name="keyText"/> makes.</param>
    /// <returns>The table, or <see langword="null"/> when the blocks do not make one.</returns>
    public static WordLists? FromBlocks(NumberBlock<int> slots, NumberBlock<int> keys, NumberBlock<int> starts, NumberBlock<int> values, Func<int, string?> keyText, Func<int, string, bool>? keyIs = null)
    {
        if (slots.Length < SlotCount(keys.Length) || (slots.Length & (slots.Length - 1)) != 0 || starts.Length != keys.Length + 1
            || starts[0] != 0 || starts[keys.Length] != values.Length)
        {
            return null;
        }

        return new WordLists(slots, keys, starts, values, keyText, keyIs);
    }

    /// <summary>Whether <paramref name="word"/> is in the table (case ignored).</summary>
    public bool Contains(string word) => Find(word) >= 0;

    /// <summary>The number of <paramref name="word"/> in the table (case ignored), or -1.</summary>
    public int Find(string word)
    {
        var at = (int)HashOf(word) & _mask;
        for (var probes = 0; probes < _slots.Length; probes++, at = (at + 1) & _mask)
        {
            var slot = _slots[at];
            if (slot == 0)
            {
                return -1;
            }

            if ((uint)(slot - 1) >= (uint)_keys.Length)
            {
                throw new InvalidDataException("a table of words is out of range");
            }

            if (_keyIs is not null ? _keyIs(_keys[slot - 1], word) : string.Equals(WordOf(slot - 1), word, StringComparison.OrdinalIgnoreCase))
            {
                return slot - 1;
            }
        }

        return -1;
    }

    /// <summary>Word <paramref name="number"/> itself.</summary>
    public string WordOf(int number) => _keyText(_keys[number]) ?? throw new InvalidDataException("a table of words names no word");

    /// <summary>Where the list of word <paramref name="number"/> lies in <see cref="Values"/>.</summary>
    public (int Start, int Count) ListOf(int number)
    {
        var start = _starts[number];
        var end = _starts[number + 1];
        if (start < 0 || end < start || end > _values.Length)
        {
            throw new InvalidDataException("a table of words is out of order");
        }

        return (start, end - start);
    }

    /// <summary>The stable hash the slots are keyed by (the same in every process and on every machine): 64-bit FNV-1a
    /// of the folded characters, mixed so that the low bits the table uses depend on every character.</summary>
    public static ulong HashOf(string word)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in word)
        {
            var upper = c is >= 'a' and <= 'z' ? (char)(c - 32) : c;
            var folded = upper >= 0x80 || upper == 'I' || upper == 'S' ? 0x80 : upper;
            hash = (hash ^ (ulong)folded) * 1099511628211UL;
        }

        return hash ^ (hash >> 29);
    }

    // A table at most half full.
    private static int SlotCount(int words)
    {
        var count = 2;
        while (count < 2 * words && count < 1 << 30)
        {
            count *= 2;
        }

        return count;
    }
}
