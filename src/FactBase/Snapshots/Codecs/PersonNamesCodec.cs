using System.Collections.Generic;
using FactBase.Checking.Mentions;

namespace FactBase.Snapshots.Codecs;

/// <summary>Writes and reads a <see cref="PersonNamesData"/>: each table's keys as strings, its people as blocks of places.</summary>
internal static class PersonNamesCodec
{
    public static void Write(SnapshotWriter writer, PersonNamesData data)
    {
        WriteLists(writer, data.BySurname);
        WriteLists(writer, data.ByGivenName);
        writer.WriteInt(data.AllWords.Count);
        foreach (var word in data.AllWords)
        {
            writer.WriteString(word);
        }

        WriteLists(writer, data.Holders);
    }

    /// <summary>Reads the tables, checking every place against the number of entities.</summary>
    public static PersonNamesData Read(SnapshotReader reader, int entityCount)
    {
        var bySurname = ReadLists(reader, entityCount);
        var byGivenName = ReadLists(reader, entityCount);
        var words = new string[reader.ReadCount()];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = reader.ReadString();
        }

        return new PersonNamesData(bySurname, byGivenName, words, ReadLists(reader, entityCount));
    }

    private static void WriteLists(SnapshotWriter writer, IReadOnlyList<(string Key, int[] People)> lists)
    {
        writer.WriteInt(lists.Count);
        foreach (var (key, people) in lists)
        {
            writer.WriteString(key);
            writer.WriteBlock(people);
        }
    }

    private static List<(string Key, int[] People)> ReadLists(SnapshotReader reader, int entityCount)
    {
        var lists = new List<(string Key, int[] People)>(reader.ReadCount());
        for (var i = lists.Capacity; i > 0; i--)
        {
            var key = reader.ReadString();
            var people = reader.ReadBlock<int>();
            foreach (var person in people)
            {
                if ((uint)person >= (uint)entityCount)
                {
                    throw SnapshotReader.Corrupt("a table of names lists an entity out of range");
                }
            }

            lists.Add((key, people));
        }

        return lists;
    }
}
