using System;
using System.Collections.Generic;
using FactBase.Knowledge;
using FactBase.Model;

namespace FactBase.Snapshots.Codecs;

/// <summary>Writes the entities of a build as records that can be decoded one at a time, with the tables of
/// <see cref="SnapshotEntityTables"/>; reads those tables back (the records stay in the file until asked for).</summary>
internal static class EntityTableCodec
{
    /// <summary>Writes <paramref name="knowledgeBase"/>'s entities, whose ids are unique.</summary>
    public static void Write(SnapshotWriter writer, KnowledgeBase knowledgeBase)
    {
        var entities = knowledgeBase.Entities;
        var count = entities.Count;
        var records = writer.Region();
        var offsets = new int[count + 1];
        var ids = new int[count];
        var nameCounts = new int[2 * count];
        var places = new Dictionary<string, int>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var entity = entities[i];
            EntityCodec.Write(records, entity);
            offsets[i + 1] = records.Length;
            ids[i] = writer.StringRef(entity.Id);
            nameCounts[2 * i] = entity.Aliases.Count;
            nameCounts[(2 * i) + 1] = entity.Adjectives.Count;
            if (!places.TryAdd(entity.Id, i))
            {
                throw new ArgumentException($"the id '{entity.Id}' occurs twice", nameof(knowledgeBase));
            }
        }

        var slots = new int[Math.Max(2, (int)Math.Min(1 << 30, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)(2 * count))))];
        var mask = slots.Length - 1;
        for (var i = 0; i < count; i++)
        {
            var at = (int)SnapshotEntities.HashOf(entities[i].Id) & mask;
            while (slots[at] != 0)
            {
                at = (at + 1) & mask;
            }

            slots[at] = i + 1;
        }

        // Terms in office by holder, each holder's in the order the knowledge base lists them before sorting.
        var byHolder = new List<int>?[count];
        var termCount = 0;
        foreach (var (e, f, k, term) in knowledgeBase.OfficeTermsInOrder())
        {
            var holder = places[term.Holder.Id];
            (byHolder[holder] ??= new List<int>()).AddRange(new[] { e, f, k });
            termCount++;
        }

        var termStarts = new int[count + 1];
        var termOrigins = new int[3 * termCount];
        var next = 0;
        for (var i = 0; i < count; i++)
        {
            termStarts[i] = next / 3;
            if (byHolder[i] is { } list)
            {
                list.CopyTo(termOrigins, next);
                next += list.Count;
            }
        }

        termStarts[count] = next / 3;
        writer.WriteBlock(offsets);
        writer.WriteRegion(records);
        writer.WriteBlock(ids);
        writer.WriteBlock(slots);
        writer.WriteBlock(nameCounts);
        writer.WriteBlock(termStarts);
        writer.WriteBlock(termOrigins);
    }

    public static SnapshotEntityTables Read(SnapshotReader reader)
    {
        // Read in place; each record's offsets and each holder's terms are checked when first used (SnapshotEntities), not
        // in a pass over all of them at every start.
        var offsets = reader.ReadBlockInPlace<int>();
        var (start, end) = reader.SkipRegion();
        var ids = reader.ReadBlockInPlace<int>();
        var slots = reader.ReadBlockInPlace<int>();
        var nameCounts = reader.ReadBlockInPlace<int>();
        var termStarts = reader.ReadBlockInPlace<int>();
        var termOrigins = reader.ReadBlockInPlace<int>();
        var count = ids.Length;
        if (offsets.Length != count + 1 || offsets[0] != 0 || offsets[count] != end - start || nameCounts.Length != 2 * count
            || termStarts.Length != count + 1 || termOrigins.Length % 3 != 0 || termStarts[count] * 3L != termOrigins.Length
            || slots.Length < 2 * count || !System.Numerics.BitOperations.IsPow2(slots.Length))
        {
            throw SnapshotReader.Corrupt("its entity tables do not fit together");
        }

        return new SnapshotEntityTables(start, offsets, ids, slots, nameCounts, termStarts, termOrigins);
    }
}
