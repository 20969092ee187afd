using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Text;
using FactBase.Model;

namespace FactBase.Snapshots;

/// <summary>
/// Writes the payload of a snapshot: numbers as variable-length integers, and every string once, in a table, referred
/// to by its index (the same id, property name or path occurs thousands of times; read back, they are one object).
/// </summary>
/// <remarks>The model's own types are written by the codecs in <c>Snapshots/Codecs</c>, one per type, on these primitives.</remarks>
internal sealed class SnapshotWriter
{
    private readonly Dictionary<string, int> _strings;
    private readonly List<string> _table;
    private byte[] _body = new byte[1 << 16];
    private int _length;

    public SnapshotWriter()
    {
        _strings = new Dictionary<string, int>(StringComparer.Ordinal);
        _table = new List<string>();
    }

    // A writer of a region of the same payload: its strings go to the same table.
    private SnapshotWriter(SnapshotWriter parent)
    {
        _strings = parent._strings;
        _table = parent._table;
    }

    /// <summary>How many bytes this writer has written.</summary>
    public int Length => _length;

    /// <summary>A writer whose bytes become one region of this one (<see cref="WriteRegion"/>), sharing its string table.</summary>
    public SnapshotWriter Region() => new(this);

    /// <summary>Writes what a <see cref="Region"/> writer wrote, after its length (a reader may skip it, or read it in parts).</summary>
    public void WriteRegion(SnapshotWriter region)
    {
        WriteInt(region._length);
        Reserve(region._length);
        region._body.AsSpan(0, region._length).CopyTo(_body.AsSpan(_length));
        _length += region._length;
    }

    public void WriteInt(long value)
    {
        // Zig-zag, so small negative numbers stay short too.
        var zigzag = (ulong)((value << 1) ^ (value >> 63));
        Reserve(10);
        while (zigzag >= 0x80)
        {
            _body[_length++] = (byte)(zigzag | 0x80);
            zigzag >>= 7;
        }

        _body[_length++] = (byte)zigzag;
    }

    public void WriteBool(bool value) => WriteInt(value ? 1 : 0);

    public void WriteString(string? value)
    {
        if (value is null)
        {
            WriteInt(0);
            return;
        }

        WriteInt(StringRef(value));
    }

    /// <summary>The reference of <paramref name="value"/> in the string table, added to it if new.</summary>
    public int StringRef(string value)
    {
        if (!_strings.TryGetValue(value, out var index))
        {
            _table.Add(value);
            index = _table.Count; // 0 is null
            _strings.Add(value, index);
        }

        return index;
    }

    public void WriteDate(FactDate date)
    {
        WriteInt(date.Year);
        WriteInt(date.Month);
        WriteInt(date.Day);
    }

    public void WriteDate(FactDate? date)
    {
        WriteBool(date.HasValue);
        if (date is { } d)
        {
            WriteDate(d);
        }
    }

    public void WriteArray<T>(EquatableArray<T> items, Action<SnapshotWriter, T> write)
        where T : IEquatable<T>
    {
        WriteInt(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            write(this, items[i]);
        }
    }

    public void WriteStrings(EquatableArray<string> items) => WriteArray(items, static (w, s) => w.WriteString(s));

    /// <summary>Writes an array of numbers as it lies in memory (little-endian), after its count: read back in one copy.</summary>
    public void WriteBlock<T>(T[] values)
        where T : unmanaged
        => WriteBlock<T>(values.AsSpan());

    /// <summary>Writes numbers as they lie in memory (little-endian), after their count.</summary>
    public unsafe void WriteBlock<T>(ReadOnlySpan<T> values)
        where T : unmanaged
    {
        WriteInt(values.Length);
        fixed (T* start = values)
        {
            WriteBytes(new ReadOnlySpan<byte>(start, values.Length * sizeof(T)));
        }
    }

    private void WriteBytes(ReadOnlySpan<byte> bytes)
    {
        Reserve(bytes.Length);
        bytes.CopyTo(_body.AsSpan(_length));
        _length += bytes.Length;
    }

    /// <summary>The payload: the string table, then everything written.</summary>
    public byte[] ToPayload()
    {
        // The string table: where each string ends in the bytes (so a reader makes only the strings it needs), then the
        // UTF-8 bytes of all of them.
        var offsets = new int[_table.Count + 1];
        var bytes = new SnapshotWriter();
        for (var i = 0; i < _table.Count; i++)
        {
            var text = _table[i];
            var length = Encoding.UTF8.GetByteCount(text);
            bytes.Reserve(length);
            bytes._length += Encoding.UTF8.GetBytes(text, 0, text.Length, bytes._body, bytes._length);
            offsets[i + 1] = bytes._length;
        }

        var table = new SnapshotWriter();
        table.WriteBlock(offsets);
        table.WriteRegion(bytes);

        var payload = new byte[table._length + 8 + _length];
        table._body.AsSpan(0, table._length).CopyTo(payload);
        BinaryPrimitives.WriteInt64LittleEndian(payload.AsSpan(table._length), _length);
        _body.AsSpan(0, _length).CopyTo(payload.AsSpan(table._length + 8));
        return payload;
    }

    private void Reserve(int count)
    {
        if (_length + count > _body.Length)
        {
            Array.Resize(ref _body, Math.Max(_body.Length * 2, _length + count));
        }
    }
}
