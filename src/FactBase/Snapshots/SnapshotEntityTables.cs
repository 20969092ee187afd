using FactBase.Memory;

namespace FactBase.Snapshots;

/// <summary>Where a snapshot's entity records lie and the tables that find them without decoding them (see <see cref="SnapshotEntities"/>), read in
/// place from the snapshot's map.</summary>
/// <param name="RecordsStart">Where the records start in the file.</param>
/// <param name="RecordOffsets">Where each record starts after <paramref name="RecordsStart"/>, one more than the entities.</param>
/// <param name="Ids">Each entity's id, as a reference into the string table.</param>
/// <param name="IdSlots">An open-addressing table (a power of two long) of entity places plus one, by <see cref="SnapshotEntities.HashOf"/> of the id; 0 is empty.</param>
/// <param name="NameCounts">Each entity's number of aliases and of adjectives, in pairs.</param>
/// <param name="TermStarts">Where each holder's terms in office start in <paramref name="TermOrigins"/> (in threes), one more than the entities.</param>
/// <param name="TermOrigins">Each term as (office-holding entity, fact, timeline entry), by holder, in the knowledge base's order.</param>
internal sealed record SnapshotEntityTables(
    int RecordsStart,
    NumberBlock<int> RecordOffsets,
    NumberBlock<int> Ids,
    NumberBlock<int> IdSlots,
    NumberBlock<int> NameCounts,
    NumberBlock<int> TermStarts,
    NumberBlock<int> TermOrigins)
{
    public int Count => Ids.Length;
}
