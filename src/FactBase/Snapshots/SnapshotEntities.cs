using System;
using System.Collections;
using System.Collections.Generic;
using System.IO.Hashing;
using System.Text;
using FactBase.Knowledge;
using FactBase.Memory;
using FactBase.Model;
using FactBase.Snapshots.Codecs;

namespace FactBase.Snapshots;

/// <summary>
/// The entities of a compiled snapshot, each decoded from its record the first time it is asked for, with the tables
/// that find them without decoding them: ids by hash, each entity's name counts (for the name index), and each person's
/// terms in office by place. A check of one article makes the few entities it names, not all of them.
/// </summary>
/// <remarks>Thread-safe: a thread that decodes an entity another has just made uses the one made first, so every caller
/// sees one object per entity, as with a knowledge base built in the process.</remarks>
internal sealed class SnapshotEntities : EntityLookup, IReadOnlyList<Entity>, IEntityNames
{
    private readonly SnapshotReader _reader;
    private readonly SnapshotEntityTables _tables;
    private readonly OnDemandSlots<Entity> _made;
    private readonly OnDemandSlots<IReadOnlyList<OfficeTerm>> _terms;

    public SnapshotEntities(SnapshotReader reader, SnapshotEntityTables tables)
    {
        _reader = reader;
        _tables = tables;
        _made = new OnDemandSlots<Entity>(tables.Count);
        _terms = new OnDemandSlots<IReadOnlyList<OfficeTerm>>(tables.Count);
    }

    /// <summary>Each entity's number of aliases and of adjectives, in pairs.</summary>
    public NumberBlock<int> NameCounts => _tables.NameCounts;

    public int Count => _tables.Count;

    /// <summary>How many entities have been made so far.</summary>
    public int MadeCount => _made.CountSet();

    public Entity this[int index] => _made[index] ?? Decode(index);

    public IEnumerator<Entity> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The stable hash of an id that the id table is keyed by: XxHash3 of its UTF-8 bytes.</summary>
    public static ulong HashOf(string id)
    {
        Span<byte> buffer = id.Length <= 256 ? stackalloc byte[3 * id.Length] : new byte[Encoding.UTF8.GetMaxByteCount(id.Length)];
        return XxHash3.HashToUInt64(buffer.Slice(0, Encoding.UTF8.GetBytes(id, buffer)));
    }

    public override bool TryGetIndex(string id, out int index)
    {
        var slots = _tables.IdSlots;
        var mask = slots.Length - 1;
        var at = (int)HashOf(id) & mask;
        for (var probes = 0; probes < slots.Length; probes++, at = (at + 1) & mask)
        {
            var slot = slots[at];
            if (slot == 0)
            {
                index = -1;
                return false;
            }

            if ((uint)(slot - 1) >= (uint)Count)
            {
                throw SnapshotReader.Corrupt("its id table is out of range");
            }

            if (_reader.Strings.Is(_tables.Ids[slot - 1], id))
            {
                index = slot - 1;
                return true;
            }
        }

        throw SnapshotReader.Corrupt("its id table has no free slot");
    }

    public override IReadOnlyList<OfficeTerm> TermsOf(KnowledgeBase knowledgeBase, int holderIndex)
    {
        if (_terms[holderIndex] is { } made)
        {
            return made;
        }

        var from = _tables.TermStarts[holderIndex];
        var to = _tables.TermStarts[holderIndex + 1];
        if (from < 0 || to < from || (long)to * 3 > _tables.TermOrigins.Length)
        {
            throw SnapshotReader.Corrupt("its table of terms in office is out of range");
        }

        if (from == to)
        {
            return _terms.Set(holderIndex, Array.Empty<OfficeTerm>());
        }

        var holder = this[holderIndex];
        var terms = new List<OfficeTerm>(to - from);
        for (var t = from; t < to; t++)
        {
            var entity = this[Checked(_tables.TermOrigins[3 * t], Count)];
            var fact = entity.Facts[Checked(_tables.TermOrigins[(3 * t) + 1], entity.Facts.Count)];
            var entry = fact.Timeline[Checked(_tables.TermOrigins[(3 * t) + 2], fact.Timeline.Count)];
            var property = knowledgeBase.FindProperty(fact.Property) is { Kind: PropertyKind.Office } office ? office : throw SnapshotReader.Corrupt("a term in office is of no office");
            terms.Add(new OfficeTerm(entity, property, holder, entry.From, entry.To, fact) { Entry = entry });
        }

        KnowledgeBase.SortTerms(terms);
        return _terms.Set(holderIndex, terms);
    }

    private static int Checked(int index, int count)
        => (uint)index < (uint)count ? index : throw SnapshotReader.Corrupt("a term in office is out of range");

    /// <inheritdoc/>
    /// <remarks>Reads the record's first fields (id, type, name, aliases: <see cref="EntityCodec"/>'s order) and stops
    /// there: a spelling lookup compares the names of hundreds of entities and uses one or none of them.</remarks>
    public string NameOf(int index, int source)
    {
        if (_made[index] is { } made)
        {
            return source == 0 ? made.Name : made.Aliases[source - 1];
        }

        var reader = RecordOf(index);
        var id = reader.ReadInt();
        if (id != _tables.Ids[index] && (_reader.Strings[id] is not { } written || !_reader.Strings.Is(_tables.Ids[index], written)))
        {
            throw SnapshotReader.Corrupt($"entity {index} does not match its tables");
        }

        reader.ReadEnum<EntityType>();
        var name = reader.ReadString();
        if (source == 0)
        {
            return name;
        }

        var aliases = reader.ReadCount();
        if (aliases != _tables.NameCounts[2 * index] || source > aliases)
        {
            throw SnapshotReader.Corrupt($"entity {index} does not match its tables");
        }

        for (var a = 1; a < source; a++)
        {
            reader.ReadInt();
        }

        return reader.ReadString();
    }

    private SnapshotReader RecordOf(int index)
    {
        var offsets = _tables.RecordOffsets;
        var (from, to) = (offsets[index], offsets[index + 1]);
        if (from < 0 || to < from || to > offsets[Count])
        {
            throw SnapshotReader.Corrupt($"entity {index} is out of range");
        }

        return _reader.At(_tables.RecordsStart + from, _tables.RecordsStart + to);
    }

    private Entity Decode(int index)
    {
        var reader = RecordOf(index);
        var entity = EntityCodec.Read(reader);
        if (!reader.AtEnd || !_reader.Strings.Is(_tables.Ids[index], entity.Id)
            || entity.Aliases.Count != _tables.NameCounts[2 * index] || entity.Adjectives.Count != _tables.NameCounts[(2 * index) + 1])
        {
            throw SnapshotReader.Corrupt($"entity {index} does not match its tables");
        }

        return _made.Set(index, entity);
    }
}
