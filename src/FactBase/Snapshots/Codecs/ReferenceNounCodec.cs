using System;
using System.Collections.Generic;
using FactBase.Checking.Mentions;

namespace FactBase.Snapshots.Codecs;

/// <summary>Writes and reads a <see cref="ReferenceNounIndex"/>: its phrases in order, each with the offices a title names
/// and the ids that answer to it (made into a set when the phrase is first used).</summary>
internal static class ReferenceNounCodec
{
    public static void Write(SnapshotWriter writer, ReferenceNounIndex index)
    {
        writer.WriteInt(index.Nouns.Count);
        foreach (var noun in index.Nouns)
        {
            writer.WriteInt(noun.Words.Length);
            foreach (var word in noun.Words)
            {
                writer.WriteString(word);
            }

            writer.WriteBool(noun.IsTitle);
            writer.WriteInt(noun.Offices.Count);
            foreach (var office in noun.Offices)
            {
                writer.WriteString(office);
            }

            var ids = new int[noun.EntityIds.Count];
            var i = 0;
            foreach (var id in noun.EntityIds)
            {
                ids[i++] = writer.StringRef(id);
            }

            writer.WriteBlock(ids);
        }
    }

    public static ReferenceNounIndex Read(SnapshotReader reader)
    {
        var strings = reader.Strings;
        var nouns = new ReferenceNoun[reader.ReadCount()];
        for (var n = 0; n < nouns.Length; n++)
        {
            var words = new string[reader.ReadCount()];
            for (var w = 0; w < words.Length; w++)
            {
                words[w] = reader.ReadString();
            }

            var isTitle = reader.ReadBool();
            var offices = new string[reader.ReadCount()];
            for (var o = 0; o < offices.Length; o++)
            {
                offices[o] = reader.ReadString();
            }

            // Used where it lies and checked when the phrase is first used: a title such as "the president" names every
            // president of a large knowledge base.
            var ids = reader.ReadBlockInPlace<int>();
            nouns[n] = new ReferenceNoun(words, isTitle, () =>
            {
                var set = new HashSet<string>(ids.Length, StringComparer.Ordinal);
                foreach (var id in ids.Span)
                {
                    if (id <= 0 || id >= strings.Count)
                    {
                        throw SnapshotReader.Corrupt("a phrase names an id out of range");
                    }

                    set.Add(strings[id]!);
                }

                return set;
            });
            nouns[n].Offices.AddRange(offices);
        }

        return new ReferenceNounIndex(nouns);
    }
}
