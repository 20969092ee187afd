using System;
using System.Runtime.CompilerServices;
using System.Threading;

namespace FactBase.Memory;

/// <summary>
/// A fixed number of slots, one per item of a large table (an entity, a string, a trie slot of a compiled snapshot),
/// each empty until the item is first made and then kept. The memory is taken a page of slots at a time, when a slot of
/// that page is first set, so a run that makes a few thousand items of a table of millions touches a few pages instead
/// of allocating and clearing one array the size of the whole table at every start.
/// </summary>
/// <remarks>Thread-safe: <see cref="Set"/> keeps the first value set in a slot and returns it to every later caller,
/// so every thread sees one object per item.</remarks>
/// <typeparam name="T">What a slot holds.</typeparam>
internal sealed class OnDemandSlots<T>
    where T : class
{
    // 1,024 slots (8 KB) a page: small enough that a run touching scattered items allocates little, large enough that
    // the page table of a 32-million-slot table is 256 KB.
    private const int PageBits = 10;
    private const int PageSize = 1 << PageBits;

    private readonly T?[]?[] _pages;

    /// <summary>A table of <paramref name="length"/> empty slots.</summary>
    public OnDemandSlots(int length)
    {
        if (length < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(length));
        }

        Length = length;
        _pages = new T?[]?[(int)(((long)length + PageSize - 1) >> PageBits)];
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

            return _pages[index >> PageBits]?[index & (PageSize - 1)];
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

        ref var page = ref _pages[index >> PageBits];
        var slots = page ?? Interlocked.CompareExchange(ref page, new T?[PageSize], null) ?? page!;
        return Interlocked.CompareExchange(ref slots[index & (PageSize - 1)], value, null) ?? value;
    }

    /// <summary>How many slots are set.</summary>
    public int CountSet()
    {
        var count = 0;
        foreach (var page in _pages)
        {
            if (page is null)
            {
                continue;
            }

            foreach (var slot in page)
            {
                count += slot is null ? 0 : 1;
            }
        }

        return count;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowOutOfRange() => throw new IndexOutOfRangeException();
}
