using System.IO;
using System;
using FactBase.Memory;

namespace FactBase.Snapshots.Codecs;

/// <summary>Writes and reads a <see cref="WordLists"/>: its four blocks, the keys as references into the snapshot's
/// string table; read in place, with the words made from the string table when a lookup compares them.</summary>
internal static class WordListsCodec
{
    /// <summary>Writes the table; <paramref name="value"/>, when given, turns each value (by its position in the lists) into
    /// the value written.</summary>
    public static void Write(SnapshotWriter writer, WordLists words, Func<int, int, int>? value = null)
    {
        var keys = new int[words.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = writer.StringRef(words.WordOf(i));
        }

        writer.WriteBlock(words.Slots.Span);
        writer.WriteBlock(keys);
        writer.WriteBlock(words.Starts.Span);
        if (value is null)
        {
            writer.WriteBlock(words.Values.Span);
        }
        else
        {
            var values = new int[words.Values.Length];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = value(i, words.Values[i]);
            }

            writer.WriteBlock(values);
        }
    }

    public static WordLists Read(SnapshotReader reader)
    {
        var slots = reader.ReadBlockInPlace<int>();
        var keys = reader.ReadBlockInPlace<int>();
        var starts = reader.ReadBlockInPlace<int>();
        var values = reader.ReadBlockInPlace<int>();
        var strings = reader.Strings;
        return WordLists.FromBlocks(
                slots,
                keys,
                starts,
                values,
                key => key > 0 && key < strings.Count ? strings[key] : null,
                (key, word) => key > 0 && key < strings.Count ? strings.IsIgnoringCase(key, word) : throw new InvalidDataException("a table of words names no word"))
            ?? throw SnapshotReader.Corrupt("a table of words does not fit together");
    }
}
