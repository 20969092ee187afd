using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using FactBase.Memory;
using FactBase.Model;

namespace FactBase.Checking.Mentions;

/// <summary>
/// The names of a knowledge base as a token trie, flattened into one open-addressing table of 32-bit edge tags:
/// following a word costs one hash of the token and, usually, one memory access.
/// </summary>
/// <remarks>
/// <para>
/// Why flat: a checker touches the names of a large knowledge base all over memory, and the time of the first
/// touch of each name in a document is dominated by cache misses. A trie of per-node dictionaries costs about
/// ten misses per name word (dictionary, buckets, entries, key string, node); an edge here is one slot of one array.
/// </para>
/// <para>
/// An edge key is a 64-bit hash of (the parent's key, word lowercased as by <see cref="string.ToLowerInvariant"/>),
/// and a node's key is the key of the edge that leads to it: a hash of all the words from the root. A slot keeps only a
/// fingerprint of the key (and two flags), and the table stores no words, so a lookup may follow an edge whose
/// fingerprint merely equals the token's: callers confirm a match against the entry's words
/// (<see cref="NameEntry.Words"/>) before using it, so such a collision never changes a result. A lookup of a real edge
/// always finds that edge: the builder picks another seed if another edge with the same fingerprint came first on its
/// probe path.
/// </para>
/// <para>
/// Why keys of keys rather than of node numbers: the key of the next word then depends on the words alone, not on a
/// node number read from the table, so the processor can fetch the slots of all the words of a name at once instead
/// of waiting for each miss in turn (docs/performance.md).
/// </para>
/// </remarks>
internal sealed class NameTrie
{
    /// <summary>The root node of the builder: no word read yet.</summary>
    private const int Root = 0;

    private const ulong Empty = 0;

    // A tag is 32 bits of a slot: bit 0 says the node has entries, bit 1 that it has children, and the rest are a
    // fingerprint of the edge's key with bit 2 always set, so no edge's tag is 0, the empty slot.
    private const uint HasEntries = 1;
    private const uint HasChildren = 2;
    private const uint Flags = HasEntries | HasChildren;

    private readonly NumberBlock<uint> _tags;

    // Each slot's entries: all of them for a trie built in this process; for one read from a snapshot, made on first
    // lookup into slots whose memory is taken a page at a time (the table has tens of millions of slots at a million
    // entities, of which a run looks up a few thousand).
    private readonly NameEntry[]?[]? _entries;
    private readonly OnDemandSlots<NameEntry[]>? _loaded;
    private readonly int _mask;

    // A trie read from a compiled snapshot makes a slot's entries on its first lookup: where they start in _origins
    // (by slot, one more than the slots), each entry's (entity index, kind | source << 3), and what makes one.
    private readonly NumberBlock<int> _slotStarts;
    private readonly NumberBlock<int> _origins;
    private readonly Func<int, int, NameEntry>? _entry;

    private NameTrie(NumberBlock<uint> tags, NameEntry[]?[] entries, ulong rootKey)
    {
        _tags = tags;
        _entries = entries;
        _mask = tags.Length - 1;
        RootKey = rootKey;
    }

    private NameTrie(NumberBlock<uint> tags, NumberBlock<int> slotStarts, NumberBlock<int> origins, ulong rootKey, Func<int, int, NameEntry> entry)
    {
        _tags = tags;
        _loaded = new OnDemandSlots<NameEntry[]>(tags.Length);
        _mask = tags.Length - 1;
        RootKey = rootKey;
        _slotStarts = slotStarts;
        _origins = origins;
        _entry = entry;
    }

    /// <summary>A trie kept in a compiled snapshot (see <see cref="Export"/>), used where it lies: its shape is checked
    /// here, each slot's entries when a lookup first reaches them (a pass over every slot would read all of the table at
    /// every start). Its entries are made on first use by <paramref name="entry"/> from (entity index, kind | source &lt;&lt; 3).</summary>
    /// <returns>The trie, or <see langword="null"/> when the blocks do not make one.</returns>
    internal static NameTrie? FromBlocks(NumberBlock<uint> tags, NumberBlock<int> slotStarts, NumberBlock<int> origins, ulong rootKey, Func<int, int, NameEntry> entry)
    {
        if (tags.Length < 1 || (tags.Length & (tags.Length - 1)) != 0 || slotStarts.Length != tags.Length + 1 || slotStarts[0] != 0
            || slotStarts[tags.Length] * 2L != origins.Length)
        {
            return null;
        }

        return new NameTrie(tags, slotStarts, origins, rootKey, entry);
    }

    /// <summary>The trie as flat arrays for a compiled snapshot: the tags, where each slot's entries start, and each
    /// entry's (entity index, kind | source &lt;&lt; 3).</summary>
    /// <returns>The arrays, or <see langword="null"/> when an entry does not say where it comes from (a trie built by hand).</returns>
    internal (NumberBlock<uint> Tags, NumberBlock<int> SlotStarts, NumberBlock<int> Origins)? Export()
    {
        if (_entry is not null)
        {
            return (_tags, _slotStarts, _origins);
        }

        var starts = new int[_tags.Length + 1];
        var origins = new List<int>();
        for (var slot = 0; slot < _tags.Length; slot++)
        {
            starts[slot] = origins.Count / 2;
            foreach (var entry in _entries![slot] ?? Array.Empty<NameEntry>())
            {
                if (entry.EntityIndex < 0 || entry.Source < 0)
                {
                    return null;
                }

                origins.Add(entry.EntityIndex);
                origins.Add((int)entry.Kind | (entry.Source << 3));
            }
        }

        starts[_tags.Length] = origins.Count / 2;
        return (_tags, NumberBlock<int>.Of(starts), NumberBlock<int>.Of(origins.ToArray()));
    }

    /// <summary>The key of the root, where every lookup starts (<see cref="TryFollow"/>).</summary>
    public ulong RootKey { get; }

    /// <summary>Follows the edge from the node whose key is <paramref name="key"/> for <paramref name="word"/>, reading the
    /// child's entries and whether it has children from the edge itself.</summary>
    /// <param name="key">The key of a node (<see cref="RootKey"/> to start); set to the child's key.</param>
    /// <param name="word">A token's text.</param>
    /// <param name="entries">The names that end at the child, in the order they were added; empty for an inner node.</param>
    /// <param name="more">Whether any name continues past the child.</param>
    /// <returns><see langword="false"/> when no name continues with that word.</returns>
    /// <remarks>
    /// Cache rule (docs/performance.md): the first look at a name in a large knowledge base is cache misses, so a lookup
    /// reads one 4-byte tag (the tag array is 256 KB at 10k entities, a quarter of a core's L2), and the entries only for
    /// a node where a name ends: a capitalized word that starts no name, and the first words of a longer name, touch
    /// only the tags. The child's key is computed, not read, so the next word's slot can be fetched before this one
    /// arrives.
    /// </remarks>
    public bool TryFollow(ref ulong key, string word, out NameEntry[] entries, out bool more)
    {
        key = Key(key, LowerHash(word));
        var fingerprint = Fingerprint(key);
        var tags = _tags;
        for (var slot = (int)key & _mask; ; slot = (slot + 1) & _mask)
        {
            var tag = tags[slot];
            if ((tag & ~Flags) == fingerprint)
            {
                entries = (tag & HasEntries) == 0 ? Array.Empty<NameEntry>() : _entries is not null ? _entries[slot] ?? Array.Empty<NameEntry>() : _loaded![slot] ?? Load(slot);
                more = (tag & HasChildren) != 0;
                return true;
            }

            if (tag == 0)
            {
                entries = Array.Empty<NameEntry>();
                more = false;
                return false;
            }
        }
    }

    // The entries of a slot of a trie read from a snapshot, made once: a thread that loses the race uses the winner's.
    private NameEntry[] Load(int slot)
    {
        var start = _slotStarts[slot];
        var end = _slotStarts[slot + 1];
        if (start < 0 || end <= start || end > _origins.Length / 2)
        {
            throw new InvalidDataException("the name table's entries are out of order");
        }

        var entries = new NameEntry[end - start];
        for (var e = 0; e < entries.Length; e++)
        {
            entries[e] = _entry!(_origins[2 * (start + e)], _origins[(2 * (start + e)) + 1]);
        }

        return _loaded!.Set(slot, entries);
    }

    /// <summary>64-bit FNV-1a of <paramref name="word"/> lowercased as <see cref="string.ToLowerInvariant"/> does, without allocating for ASCII.</summary>
    /// <param name="word">A word.</param>
    /// <returns>The hash; equal for words that are equal ignoring case in that sense.</returns>
    internal static ulong LowerHash(string word)
    {
        var hash = 14695981039346656037UL;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c >= 0x80)
            {
                // Non-ASCII: hash the invariant lowercase form, which is what the keys were built from.
                return HashOf(word.ToLowerInvariant());
            }

            hash = (hash ^ (c is >= 'A' and <= 'Z' ? (uint)(c | 0x20) : c)) * 1099511628211UL;
        }

        return hash;
    }

    private static ulong HashOf(string lowered)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in lowered)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    internal static ulong Key(ulong parentKey, ulong wordHash)
    {
        // SplitMix64's finalizer over (parent, word): the words of a name, in order, spread over the table.
        var z = wordHash ^ (parentKey * 0x9E3779B97F4A7C15UL) ^ (parentKey >> 29);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return z == Empty ? 1 : z;
    }

    // The key's high half (its low bits pick the slot), with bit 2 set and the flag bits clear.
    internal static uint Fingerprint(ulong key) => ((uint)(key >> 32) | 4u) & ~Flags;

    /// <summary>Collects names, then freezes them into a <see cref="NameTrie"/>.</summary>
    internal sealed class Builder
    {
        // Build-time edges keyed by the lowercased word itself: exact, and the source of the flat table.
        private readonly Dictionary<(int Parent, string Word), int> _edges = new();
        private readonly List<List<NameEntry>?> _entries = new() { null };
        private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

        /// <summary>The number of an entity: its id's place among the ids seen by this builder, so equal ids get equal numbers.</summary>
        /// <param name="entity">The entity.</param>
        /// <returns>A number from 0 up.</returns>
        public int NumberOf(Entity entity)
        {
            if (!_numbers.TryGetValue(entity.Id, out var number))
            {
                _numbers.Add(entity.Id, number = _numbers.Count);
            }

            return number;
        }

        /// <summary>The number of an entity that has one, else -1.</summary>
        public int NumberOrNone(Entity entity) => _numbers.TryGetValue(entity.Id, out var number) ? number : -1;

        /// <summary>Adds a name: its words, the entity it names and how.</summary>
        /// <param name="words">The name's words as written (at least one).</param>
        /// <param name="entity">The entity.</param>
        /// <param name="kind">Name, adjective or surname.</param>
        /// <param name="entityIndex">The entity's place in the knowledge base, or -1.</param>
        /// <param name="source">Which of its names or adjectives the words are (see <see cref="NameEntry.Source"/>), or -1.</param>
        public void Add(IReadOnlyList<string> words, Entity entity, MentionKind kind, int entityIndex = -1, int source = -1)
        {
            var node = Root;
            foreach (var word in words)
            {
                var edge = (node, word.ToLowerInvariant());
                if (!_edges.TryGetValue(edge, out var next))
                {
                    next = _entries.Count;
                    _entries.Add(null);
                    _edges.Add(edge, next);
                }

                node = next;
            }

            var entries = _entries[node] ??= new List<NameEntry>(1);
            foreach (var e in entries)
            {
                if (e.Entity.Id == entity.Id && e.Kind == kind)
                {
                    return; // the same entity named the same way twice ("NATO" as name and alias)
                }
            }

            entries.Add(new NameEntry(entity, kind, words) { EntityNumber = NumberOf(entity), EntityIndex = entityIndex, Source = source });
        }

        // A node's entry array, its entries and their words, allocated one right after the
        // other so they share cache lines (the garbage collector keeps the order). The first look at a name in a document
        // costs mostly cache misses in a large knowledge base: this way it reads one stretch of memory, not a dozen objects.
        // Each distinct string is copied once (at its first use), which keeps the copies' memory small.
        private static NameEntry[] Compact(List<NameEntry> list, Dictionary<string, string> copies)
        {
            var compact = new NameEntry[list.Count];
            for (var e = 0; e < compact.Length; e++)
            {
                var words = new string[list[e].Words.Count];
                compact[e] = list[e] with { Words = words };
                for (var i = 0; i < words.Length; i++)
                {
                    words[i] = Copy(list[e].Words[i], copies);
                }
            }

            return compact;
        }

        private static string Copy(string s, Dictionary<string, string> copies)
        {
            if (!copies.TryGetValue(s, out var copy))
            {
                copies.Add(s, copy = new string(s.ToCharArray()));
            }

            return copy;
        }

        /// <summary>Builds the immutable trie.</summary>
        /// <returns>The trie.</returns>
        public NameTrie Build()
        {
            var entries = new NameEntry[_entries.Count][];
            var copies = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var n = 0; n < entries.Length; n++)
            {
                entries[n] = _entries[n] is { } list ? Compact(list, copies) : Array.Empty<NameEntry>();
            }

            var hasChildren = new bool[entries.Length];
            foreach (var edge in _edges.Keys)
            {
                hasChildren[edge.Parent] = true;
            }

            // At most half full, so a probe for a missing edge ends after a slot or two.
            var size = 16;
            while (size < _edges.Count * 2)
            {
                size *= 2;
            }

            // A node is numbered after its parent, so in the order of their children the edges see their parent's key.
            var ordered = new List<KeyValuePair<(int Parent, string Word), int>>(_edges);
            ordered.Sort((a, b) => a.Value.CompareTo(b.Value));
            for (var seed = 0x2545F4914F6CDD1DUL; ; seed += 0x632BE59BD9B4E019UL)
            {
                var tags = new uint[size];
                var slots = new NameEntry[]?[size];
                var nodeKeys = new ulong[entries.Length];
                nodeKeys[Root] = seed;
                if (TryFill(ordered, tags, slots, size - 1, nodeKeys, entries, hasChildren))
                {
                    return new NameTrie(NumberBlock<uint>.Of(tags), slots, seed);
                }
            }
        }

        // False when a lookup of some edge would stop at another edge first, because the two share a fingerprint on the
        // edge's probe path (about one chance in 10^4 at 100k entities): the caller tries another seed, so the table
        // never confuses two real edges.
        private static bool TryFill(List<KeyValuePair<(int Parent, string Word), int>> ordered, uint[] tags, NameEntry[]?[] slots, int mask, ulong[] nodeKeys, NameEntry[][] entries, bool[] hasChildren)
        {
            var keys = new ulong[ordered.Count];
            var placed = new int[ordered.Count];
            for (var e = 0; e < ordered.Count; e++)
            {
                var (parent, word) = ordered[e].Key;
                var child = ordered[e].Value;
                var key = Key(nodeKeys[parent], HashOf(word));
                nodeKeys[child] = key;
                var slot = (int)key & mask;
                while (tags[slot] != 0)
                {
                    slot = (slot + 1) & mask;
                }

                var named = entries[child].Length > 0;
                tags[slot] = Fingerprint(key) | (named ? HasEntries : 0) | (hasChildren[child] ? HasChildren : 0);
                slots[slot] = named ? entries[child] : null;
                keys[e] = key;
                placed[e] = slot;
            }

            for (var e = 0; e < keys.Length; e++)
            {
                var fingerprint = Fingerprint(keys[e]);
                var slot = (int)keys[e] & mask;
                while ((tags[slot] & ~Flags) != fingerprint)
                {
                    slot = (slot + 1) & mask;
                }

                if (slot != placed[e])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
