using FactBase.Memory;

namespace FactBase.Tests.Memory;

/// <summary>Slots made on first use keep the first value set in each, on any thread, and stay empty until set.</summary>
public sealed class OnDemandSlotsTests
{
    [Fact]
    public void A_slot_keeps_the_first_value_set_and_the_others_stay_empty()
    {
        var slots = new OnDemandSlots<string>(5000);
        Assert.Null(slots[4999]);
        Assert.Equal("first", slots.Set(4999, "first"));
        Assert.Equal("first", slots.Set(4999, "second"));
        Assert.Equal("first", slots[4999]);
        Assert.Null(slots[4998]);
        Assert.Null(slots[0]);
        Assert.Equal(1, slots.CountSet());
        Assert.Throws<IndexOutOfRangeException>(() => slots[5000]);
        Assert.Throws<IndexOutOfRangeException>(() => slots.Set(-1, "x"));
    }

    [Fact]
    public void Slots_at_the_edges_of_pages_and_directories_are_each_their_own()
    {
        // 32 slots a page and 256 pages a directory (8,192 slots): set the slots on either side of each edge.
        int[] edges = { 0, 31, 32, 8191, 8192, 8193, (2 * 8192) - 1, (3 * 8192) + 4 };
        var slots = new OnDemandSlots<string>((3 * 8192) + 5);
        foreach (var i in edges)
        {
            slots.Set(i, $"slot {i}");
        }

        for (var i = 0; i < slots.Length; i++)
        {
            Assert.Equal(edges.Contains(i) ? $"slot {i}" : null, slots[i]);
        }

        Assert.Equal(edges.Length, slots.CountSet());
        Assert.Throws<IndexOutOfRangeException>(() => slots[slots.Length]);
    }

    [Fact]
    public void Threads_setting_the_same_slots_at_once_all_see_one_value_per_slot()
    {
        var slots = new OnDemandSlots<object>(100_000);
        var seen = new object[8][];
        Parallel.For(0, seen.Length, t =>
        {
            seen[t] = new object[2000];
            for (var i = 0; i < seen[t].Length; i++)
            {
                seen[t][i] = slots.Set(i * 37, new object());
            }
        });

        for (var i = 0; i < 2000; i++)
        {
            Assert.All(seen, s => Assert.Same(slots[i * 37], s[i]));
        }

        Assert.Equal(2000, slots.CountSet());
    }
}
