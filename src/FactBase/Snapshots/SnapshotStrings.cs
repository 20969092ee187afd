using System;
using System.Text;
using FactBase.Memory;

namespace FactBase.Snapshots;

/// <summary>
/// The string table of a snapshot: where each string's UTF-8 bytes lie, each string made the first time a reader asks for
/// it and then shared (the same id or path is one object however often it occurs).
/// </summary>
/// <remarks>Thread-safe: readers on several threads may ask for the same string; the first one made is kept.</remarks>
internal sealed unsafe class SnapshotStrings
{
    private readonly SnapshotBytes _data;
    private readonly int _bytesStart;
    private readonly int _bytesLength;

    // Where string i (1-based; 0 is null) starts and ends in the bytes: [_offsets[i - 1], _offsets[i]).
    private readonly NumberBlock<int> _offsets;

    // The strings made so far; a run makes a few thousand of the millions a large knowledge base holds.
    private readonly OnDemandSlots<string> _made;

    public SnapshotStrings(SnapshotBytes data, int bytesStart, int bytesLength, NumberBlock<int> offsets)
    {
        _data = data;
        _bytesStart = bytesStart;
        _bytesLength = bytesLength;
        _offsets = offsets;
        _made = new OnDemandSlots<string>(offsets.Length);
    }

    /// <summary>How many references there are, null (0) included.</summary>
    public int Count => _offsets.Length;

    /// <summary>The string with this reference; <see langword="null"/> for 0.</summary>
    public string? this[long index]
    {
        get
        {
            if (index <= 0 || index >= _offsets.Length)
            {
                return index == 0 ? null : throw SnapshotReader.Corrupt("a string reference is out of range");
            }

            return _made[(int)index] ?? Make((int)index);
        }
    }

    /// <summary>Whether string <paramref name="index"/> is <paramref name="text"/>, without making the string.</summary>
    public bool Is(int index, string text)
    {
        if (index <= 0 || index >= _offsets.Length)
        {
            return false;
        }

        if (_made[index] is { } made)
        {
            return string.Equals(made, text, StringComparison.Ordinal);
        }

        var (start, length) = Span(index);
        var bytes = new ReadOnlySpan<byte>(_data.Pointer + start, length);
        if (Ascii.IsValid(bytes))
        {
            return bytes.Length == text.Length && Ascii.Equals(bytes, text);
        }

        return string.Equals(Make(index), text, StringComparison.Ordinal);
    }

    /// <summary>Whether string <paramref name="index"/> (in range) equals <paramref name="text"/> as
    /// <see cref="StringComparison.OrdinalIgnoreCase"/> compares, without making the string when both are ASCII: a word
    /// table's lookup probes a slot or two of millions, and making each word it compares took a page of slots each.</summary>
    public bool IsIgnoringCase(int index, string text)
    {
        if (_made[index] is { } made)
        {
            return string.Equals(made, text, StringComparison.OrdinalIgnoreCase);
        }

        var (start, length) = Span(index);
        var bytes = new ReadOnlySpan<byte>(_data.Pointer + start, length);
        if (Ascii.IsValid(bytes) && Ascii.IsValid(text))
        {
            return bytes.Length == text.Length && Ascii.EqualsIgnoreCase(bytes, text);
        }

        return string.Equals(Make(index), text, StringComparison.OrdinalIgnoreCase);
    }

    private string Make(int index)
    {
        var (start, length) = Span(index);
        var text = Encoding.UTF8.GetString(_data.Pointer + start, length);
        return _made.Set(index, text);
    }

    private (int Start, int Length) Span(int index)
    {
        var from = _offsets[index - 1];
        var to = _offsets[index];
        if (from < 0 || to < from || to > _bytesLength)
        {
            throw SnapshotReader.Corrupt("the string table is out of order");
        }

        return (_bytesStart + from, to - from);
    }
}
