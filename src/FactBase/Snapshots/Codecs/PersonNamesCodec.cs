using System;
using System.Collections.Generic;
using FactBase.Checking.Mentions;
using FactBase.Memory;

namespace FactBase.Snapshots.Codecs;

/// <summary>Writes and reads a <see cref="PersonNamesData"/>: the tables by word as blocks used where they lie
/// (<see cref="WordListsCodec"/>), the holders of each office as a block of places.</summary>
internal static class PersonNamesCodec
{
    public static void Write(SnapshotWriter writer, PersonNamesData data)
    {
        WordListsCodec.Write(writer, data.BySurname);
        WordListsCodec.Write(writer, data.ByGivenName);
        WordListsCodec.Write(writer, data.AllWords);
        writer.WriteInt(data.Holders.Count);
        foreach (var (key, people) in data.Holders)
        {
            writer.WriteString(key);
            writer.WriteBlock(people.Span);
        }

        // The table of holders' surnames: pairs (holder place, surname), the surname kept in the string table.
        var surnames = data.HolderSurnames;
        WordListsCodec.Write(writer, surnames.ByKey, (i, v) => i % 2 == 0 ? v : writer.StringRef(surnames.TextOf(v) ?? throw new ArgumentException("a holder's surname is missing", nameof(data))));
    }

    /// <summary>Reads the tables; each place is checked against the number of entities when a lookup reaches it.</summary>
    public static PersonNamesData Read(SnapshotReader reader)
    {
        var bySurname = WordListsCodec.Read(reader);
        var byGivenName = WordListsCodec.Read(reader);
        var words = WordListsCodec.Read(reader);
        var holders = new List<(string Key, NumberBlock<int> People)>(reader.ReadCount());
        for (var i = holders.Capacity; i > 0; i--)
        {
            var key = reader.ReadString();
            holders.Add((key, reader.ReadBlockInPlace<int>()));
        }

        var strings = reader.Strings;
        var surnames = new HolderSurnames(WordListsCodec.Read(reader), s => s > 0 && s < strings.Count ? strings[s] : null);
        return new PersonNamesData(bySurname, byGivenName, words, holders, surnames);
    }
}
