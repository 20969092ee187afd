using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace FactBase.Memory;

/// <summary>
/// A read-only array of numbers at a fixed address: an array made in this process (pinned), or a block of a compiled
/// snapshot read in place from its memory map. The checker's large tables are these, so that a table read from a
/// snapshot is used where it lies, with no copy and no pass over it: a run touches only the pages it looks up.
/// </summary>
/// <remarks>Each element read is checked against the length, as an array's is. The block keeps its owner (the pinned
/// array, or the snapshot's map) alive, so the address stays valid as long as the block is reachable.</remarks>
/// <typeparam name="T">The kind of number.</typeparam>
internal readonly unsafe struct NumberBlock<T>
    where T : unmanaged
{
    private readonly T* _items;
    private readonly object? _owner;

    /// <summary>A block at <paramref name="items"/>, valid while <paramref name="owner"/> is reachable.</summary>
    public NumberBlock(T* items, int length, object owner)
    {
        _items = items;
        Length = length;
        _owner = owner;
    }

    /// <summary>How many numbers there are.</summary>
    public int Length { get; }

    /// <summary>All the numbers.</summary>
    public ReadOnlySpan<T> Span => new(_items, Length);

    /// <summary>The number at <paramref name="index"/>.</summary>
    /// <exception cref="IndexOutOfRangeException">The index is outside the block.</exception>
    public T this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if ((uint)index >= (uint)Length)
            {
                ThrowOutOfRange();
            }

            return _items[index];
        }
    }

    /// <summary>An array made in this process, pinned where it is for as long as the block is reachable.</summary>
    public static NumberBlock<T> Of(T[] array)
    {
        var pin = new PinnedArray(array);
        return new NumberBlock<T>((T*)pin.Address, array.Length, pin);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowOutOfRange() => throw new IndexOutOfRangeException();

    // Pins an array until it is no longer reachable.
    private sealed class PinnedArray
    {
        private GCHandle _handle;

        public PinnedArray(Array array) => _handle = GCHandle.Alloc(array, GCHandleType.Pinned);

        ~PinnedArray() => _handle.Free();

        public IntPtr Address => _handle.AddrOfPinnedObject();
    }
}
