using System;
using System.Runtime.CompilerServices;

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
    private const int SlotBits = 12;
    private const int Slots = 1 << SlotBits;

    // Longer words are rare enough in prose that keeping them would mostly evict the short ones.
    private const int LongestKept = 20;

    [ThreadStatic]
    private static RepeatedWords? _ofThread;

    // After the slots of words, one per ASCII character, holding its one shared string (AsciiStrings), never replaced.
    private const int AllSlots = Slots + 128;

    private static readonly string[] AsciiStrings = CreateAsciiStrings();

    private readonly string?[] _slots = new string?[AllSlots];

    // What a reader noted about each slot's word (Note), cleared when the slot takes another word: a word's token keeps its
    // slot (TokenBuffer.WordSlots), so a reader that classifies words looks a repeated word's classes up there instead
    // of testing it again (docs/performance.md, "Session 10").
    private readonly uint[] _notes = new uint[AllSlots];
    private readonly ulong[] _noteBits = new ulong[AllSlots];
    private object? _noteOwner;

    private RepeatedWords()
    {
        Array.Copy(AsciiStrings, 0, _slots, Slots, AsciiStrings.Length);
    }

    /// <summary>The table of the calling thread.</summary>
    public static RepeatedWords OfThread => _ofThread ??= new RepeatedWords();

    /// <summary>The string of <paramref name="text"/> from <paramref name="start"/>, <paramref name="length"/> characters
    /// long: one made before for the same characters when the table still has it, else a new one.</summary>
    /// <param name="text">The text the word is in.</param>
    /// <param name="start">Where the word starts.</param>
    /// <param name="length">The word's length.</param>
    /// <returns>A string equal (ordinal) to the word.</returns>
    public string Of(string text, int start, int length) => Of(text, start, length, Hash(text, start, length), out _);

    /// <summary>The string of a word whose hash the caller worked out while reading it (<see cref="Hash"/>), and the slot
    /// that holds it.</summary>
    /// <param name="text">The text the word is in.</param>
    /// <param name="start">Where the word starts.</param>
    /// <param name="length">The word's length.</param>
    /// <param name="hash"><see cref="Hash"/> of the word.</param>
    /// <param name="slot">The slot that holds the string, for <see cref="TryGetNote"/>; -1 for a word too long to keep.</param>
    /// <returns>A string equal (ordinal) to the word.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // the tokenizer calls it for every word and number
    public string Of(string text, int start, int length, uint hash, out int slot)
    {
        if (length > LongestKept)
        {
            slot = -1;
            return text.Substring(start, length);
        }

        // Fibonacci hashing of the characters' hash and the length: the top bits of the product pick the slot.
        slot = (int)(((hash ^ ((uint)length << 24)) * 0x9E3779B1u) >> (32 - SlotBits));
        var kept = _slots[slot];
        if (kept is not null && kept.Length == length && Same(kept, text, start))
        {
            return kept;
        }

        var made = text.Substring(start, length);
        _slots[slot] = made;
        _notes[slot] = 0; // a note is about the slot's word: the new one has none yet
        return made;
    }

    /// <summary>The one shared string of an ASCII character (a punctuation mark), and its slot in every thread's table.</summary>
    /// <param name="c">The character, below 128.</param>
    /// <param name="slot">Its slot, for <see cref="TryGetNote"/>.</param>
    /// <returns>The string.</returns>
    public static string OfAscii(char c, out int slot)
    {
        slot = Slots + c;
        return AsciiStrings[c];
    }

    /// <summary>The hash of a word's characters that <see cref="Of(string, int, int, uint, out int)"/> takes: <see cref="Add"/>
    /// of each character in turn, from 0.</summary>
    /// <param name="text">The text the word is in.</param>
    /// <param name="start">Where the word starts.</param>
    /// <param name="length">The word's length.</param>
    /// <returns>The hash.</returns>
    public static uint Hash(string text, int start, int length)
    {
        var hash = 0u;
        for (var i = start; i < start + length; i++)
        {
            hash = Add(hash, text[i]);
        }

        return hash;
    }

    /// <summary>The hash of a word's characters after one more character: the tokenizer hashes a word as it scans it.</summary>
    /// <param name="hash">The hash of the characters before.</param>
    /// <param name="c">The next character.</param>
    /// <returns>The hash with it.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Add(uint hash, char c) => (hash * 31) + c;

    /// <summary>What a reader noted about the word a slot holds (<see cref="Note"/>), when the slot still holds
    /// <paramref name="word"/> (the same string) and the note is <paramref name="owner"/>'s.</summary>
    /// <param name="slot">The slot, as <see cref="Of(string, int, int, uint, out int)"/> gave it for the word.</param>
    /// <param name="word">The word's string.</param>
    /// <param name="owner">Whose notes: one reader's notes are worked out with its own data, so a table keeps one
    /// owner's at a time.</param>
    /// <param name="note">The note, never 0.</param>
    /// <param name="bits">Its 64 more bits.</param>
    /// <returns>Whether there is such a note.</returns>
    public bool TryGetNote(int slot, string word, object owner, out uint note, out ulong bits)
    {
        if ((uint)slot < AllSlots && ReferenceEquals(_noteOwner, owner) && ReferenceEquals(_slots[slot], word) && _notes[slot] is var kept && kept != 0)
        {
            note = kept;
            bits = _noteBits[slot];
            return true;
        }

        note = 0;
        bits = 0;
        return false;
    }

    /// <summary>Keeps a note about the word of a slot, until the slot takes another word or another owner writes a note.</summary>
    /// <param name="slot">The slot.</param>
    /// <param name="word">The word's string: nothing is kept when the slot no longer holds it.</param>
    /// <param name="owner">Whose note it is.</param>
    /// <param name="note">The note; 0 is no note.</param>
    /// <param name="bits">Its 64 more bits.</param>
    public void Note(int slot, string word, object owner, uint note, ulong bits)
    {
        if ((uint)slot >= AllSlots || !ReferenceEquals(_slots[slot], word))
        {
            return;
        }

        if (!ReferenceEquals(_noteOwner, owner))
        {
            Array.Clear(_notes, 0, _notes.Length);
            _noteOwner = owner;
        }

        _notes[slot] = note;
        _noteBits[slot] = bits;
    }

    private static string[] CreateAsciiStrings()
    {
        var strings = new string[128];
        for (var c = 0; c < strings.Length; c++)
        {
            strings[c] = ((char)c).ToString();
        }

        return strings;
    }

    // A loop, not a vectorized comparison: the words are a few characters long, and most that share a slot are equal.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Same(string kept, string text, int start)
    {
        for (var i = 0; i < kept.Length; i++)
        {
            if (kept[i] != text[start + i])
            {
                return false;
            }
        }

        return true;
    }
}
