using System;
using System.Runtime.CompilerServices;
using System.Threading;

namespace FactBase.Memory;

/// <summary>
/// A fixed number of slots, one per item of a large table (an entity, a string, a trie slot of a compiled snapshot),
/// each empty until the item is first made and then kept. The memory is taken a small page of slots at a time, when a
/// slot of that page is first set, so a run that makes a few thousand items of a table of millions touches a few pages
/// instead of allocating and clearing one array the size of the whole table at every start.
/// </summary>
/// <remarks>
/// <para>Two levels: a directory holds 256 pages of 32 slots. A lookup that makes items scattered over a large table
/// (the spelling candidates of a word at 100k entities, the strings they name) takes 256 bytes a page instead of a
/// page of 1,024 slots (8 KB) each, which made the GC run and clear megabytes for a few hundred items; the directories
/// and the top array stay small (32 KB of top array for a 32-million-slot table).</para>
/// <para>Thread-safe: <see cref="Set"/> keeps the first value set in a slot and returns it to every later caller,
/// so every thread sees one object per item.</para>
/// </remarks>
/// <typeparam name="T">What a slot holds.</typeparam>
internal sealed class OnDemandSlots<T>
    where T : class
{
    private const int PageBits = 5;
    private const int PageSize = 1 << PageBits;
    private const int DirectoryBits = 8;
    private const int DirectorySize = 1 << DirectoryBits;
    private const int DirectoryShift = PageBits + DirectoryBits;

    private readonly T?[]?[]?[] _directories;

    /// <summary>A table of <paramref name="length"/> empty slots.</summary>
    public OnDemandSlots(int length)
    {
        if (length < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(length));
        }

        Length = length;
        _directories = new T?[]?[]?[(int)(((long)length + (1 << DirectoryShift) - 1) >> DirectoryShift)];
    }

    /// <summary>How many slots there are.</summary>
    public int Length { get; }

    /// <summary>The value of slot <paramref name="index"/>, or <see langword="null"/> while it is empty.</summary>
    /// <exception cref="IndexOutOfRangeException">The index is outside the table.</exception>
    public T? this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if ((uint)index >= (uint)Length)
            {
                ThrowOutOfRange();
            }

            return _directories[index >> DirectoryShift]?[(index >> PageBits) & (DirectorySize - 1)]?[index & (PageSize - 1)];
        }
    }

    /// <summary>Sets slot <paramref name="index"/> to <paramref name="value"/> unless it is set already.</summary>
    /// <returns>The slot's value: <paramref name="value"/>, or the one another caller set first.</returns>
    /// <exception cref="IndexOutOfRangeException">The index is outside the table.</exception>
    public T Set(int index, T value)
    {
        if ((uint)index >= (uint)Length)
        {
            ThrowOutOfRange();
        }

        ref var directory = ref _directories[index >> DirectoryShift];
        var pages = directory ?? Interlocked.CompareExchange(ref directory, new T?[]?[DirectorySize], null) ?? directory!;
        ref var page = ref pages[(index >> PageBits) & (DirectorySize - 1)];
        var slots = page ?? Interlocked.CompareExchange(ref page, new T?[PageSize], null) ?? page!;
        return Interlocked.CompareExchange(ref slots[index & (PageSize - 1)], value, null) ?? value;
    }

    /// <summary>How many slots are set.</summary>
    public int CountSet()
    {
        var count = 0;
        foreach (var pages in _directories)
        {
            foreach (var page in pages ?? Array.Empty<T?[]?>())
            {
                foreach (var slot in page ?? Array.Empty<T?>())
                {
                    count += slot is null ? 0 : 1;
                }
            }
        }

        return count;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowOutOfRange() => throw new IndexOutOfRangeException();
}
