using System;
using System.Buffers.Binary;
using FactBase.Memory;
using FactBase.Model;

namespace FactBase.Snapshots;

/// <summary>Reads what <see cref="SnapshotWriter"/> wrote, checking every bound: a damaged payload is a <see cref="SnapshotException"/>.</summary>
internal sealed unsafe class SnapshotReader
{
    private readonly SnapshotBytes _bytes;
    private readonly byte* _data;
    private readonly SnapshotStrings _strings;
    private readonly int _end;
    private int _position;

    /// <summary>Reads the string table at <paramref name="start"/> (its offsets; the strings are made when asked for); the values follow it.</summary>
    public SnapshotReader(SnapshotBytes bytes, int start)
    {
        _bytes = bytes;
        _data = bytes.Pointer;
        _position = start;
        _end = bytes.Length;
        var offsets = ReadBlockInPlace<int>();
        var bytesLength = ReadCount();
        if (offsets.Length == 0 || offsets[0] != 0)
        {
            throw Corrupt("its string table has no start");
        }

        _strings = new SnapshotStrings(bytes, _position, bytesLength, offsets);
        _position += bytesLength;
        Need(8);
        var bodyLength = BinaryPrimitives.ReadInt64LittleEndian(new ReadOnlySpan<byte>(_data + _position, 8));
        _position += 8;
        if (bodyLength != _end - _position)
        {
            throw Corrupt("its sections do not add up");
        }
    }

    private SnapshotReader(SnapshotBytes bytes, SnapshotStrings strings, int position, int end)
    {
        _bytes = bytes;
        _data = bytes.Pointer;
        _strings = strings;
        _position = position;
        _end = end;
    }

    /// <summary>The string table, shared by every reader of this snapshot.</summary>
    public SnapshotStrings Strings => _strings;

    /// <summary>Where the next value starts.</summary>
    public int Position => _position;

    /// <summary>A reader of the bytes [<paramref name="start"/>, <paramref name="end"/>) of the same snapshot, with the same strings.</summary>
    public SnapshotReader At(int start, int end)
        => start >= 0 && start <= end && end <= _bytes.Length ? new SnapshotReader(_bytes, _strings, start, end) : throw Corrupt("a record is out of range");

    public bool AtEnd => _position == _end;

    public long ReadInt()
    {
        ulong result = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            Need(1);
            var b = _data[_position++];
            result |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return (long)(result >> 1) ^ -(long)(result & 1);
            }
        }

        throw Corrupt("a number is too long");
    }

    public int ReadInt32()
    {
        var value = ReadInt();
        return value is >= int.MinValue and <= int.MaxValue ? (int)value : throw Corrupt("a number is out of range");
    }

    /// <summary>A count or length: not negative, and not more than the bytes left (each item takes at least one).</summary>
    public int ReadCount()
    {
        var value = ReadInt();
        return value >= 0 && value <= _end - _position ? (int)value : throw Corrupt("a count is out of range");
    }

    public bool ReadBool() => ReadInt() switch
    {
        0 => false,
        1 => true,
        _ => throw Corrupt("a flag is neither 0 nor 1"),
    };

    public TEnum ReadEnum<TEnum>()
        where TEnum : struct, Enum
    {
        var value = ReadInt32();
        var result = System.Runtime.CompilerServices.Unsafe.As<int, TEnum>(ref value);
        return Enum.IsDefined(result) ? result : throw Corrupt($"{value} is not a {typeof(TEnum).Name}");
    }

    public string? ReadNullableString() => _strings[ReadInt()];

    public string ReadString() => ReadNullableString() ?? throw Corrupt("a required string is missing");

    public FactDate ReadDate()
    {
        var year = ReadInt32();
        var month = ReadInt32();
        var day = ReadInt32();
        try
        {
            return new FactDate(year, month, day);
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw new SnapshotException("the file is damaged: it holds an invalid date", ex);
        }
    }

    public FactDate? ReadNullableDate() => ReadBool() ? ReadDate() : null;

    public EquatableArray<T> ReadArray<T>(Func<SnapshotReader, T> read)
        where T : IEquatable<T>
    {
        var items = new T[ReadCount()];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = read(this);
        }

        return items.Length == 0 ? EquatableArray<T>.Empty : new EquatableArray<T>(items);
    }

    public EquatableArray<string> ReadStrings() => ReadArray(static r => r.ReadString());

    /// <summary>Reads an array of numbers written by <c>SnapshotWriter.WriteBlock</c>, in one copy.</summary>
    public T[] ReadBlock<T>()
        where T : unmanaged
    {
        var count = ReadCount();
        var size = System.Runtime.CompilerServices.Unsafe.SizeOf<T>();
        Need((long)count * size);
        var values = GC.AllocateUninitializedArray<T>(count);
        new ReadOnlySpan<T>(_data + _position, count).CopyTo(values);
        _position += count * size;
        return values;
    }

    /// <summary>Reads an array of numbers written by <c>SnapshotWriter.WriteBlock</c> where it lies in the snapshot: no
    /// copy, and only the pages a run looks up are read. The block keeps the snapshot's bytes alive.</summary>
    public NumberBlock<T> ReadBlockInPlace<T>()
        where T : unmanaged
    {
        var count = ReadCount();
        var size = System.Runtime.CompilerServices.Unsafe.SizeOf<T>();
        Need((long)count * size);
        var block = new NumberBlock<T>((T*)(_data + _position), count, _bytes);
        _position += count * size;
        return block;
    }

    /// <summary>Skips a region written by <c>SnapshotWriter.WriteRegion</c>.</summary>
    /// <returns>Where its bytes start and end.</returns>
    public (int Start, int End) SkipRegion()
    {
        var length = ReadCount();
        var start = _position;
        _position += length;
        return (start, _position);
    }

    public static SnapshotException Corrupt(string what) => new($"the file is damaged: {what}");

    private void Need(long count)
    {
        if (_end - _position < count)
        {
            throw Corrupt("it ends in the middle of a value");
        }
    }
}
