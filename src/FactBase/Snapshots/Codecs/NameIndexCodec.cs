using System;
using FactBase.Checking.Mentions;

namespace FactBase.Snapshots.Codecs;

/// <summary>Writes and reads a <see cref="NameIndexData"/>: its arrays as blocks, copied in one piece when read.</summary>
internal static class NameIndexCodec
{
    public static void Write(SnapshotWriter writer, NameIndexData data)
    {
        // The blocks are in this machine's byte order: a reader of the other order refuses them.
        writer.WriteBool(BitConverter.IsLittleEndian);
        writer.WriteBlock(data.Numbers);
        writer.WriteBlock(data.Tags);
        writer.WriteBlock(data.SlotStarts);
        writer.WriteBlock(data.SlotOrigins);
        writer.WriteBlock(new[] { data.RootKey });
        writer.WriteBlock(data.Buckets);
        writer.WriteBlock(data.Fingerprints);
        writer.WriteBlock(data.Candidates);
        writer.WriteBlock(data.CandidateOrigins);
        writer.WriteInt(data.NameWords.Length);
        foreach (var word in data.NameWords)
        {
            writer.WriteString(word);
        }

        writer.WriteInt(data.LongestSpellingWord);
        writer.WriteBlock(data.CanStart);
    }

    public static NameIndexData Read(SnapshotReader reader)
    {
        if (reader.ReadBool() != BitConverter.IsLittleEndian)
        {
            throw new SnapshotException("it was compiled on a machine of another byte order; compile it again here");
        }

        var numbers = reader.ReadBlock<int>();
        var tags = reader.ReadBlock<uint>();
        var slotStarts = reader.ReadBlock<int>();
        var slotOrigins = reader.ReadBlock<int>();
        var rootKey = reader.ReadBlock<ulong>();
        var buckets = reader.ReadBlock<int>();
        var fingerprints = reader.ReadBlock<uint>();
        var candidates = reader.ReadBlock<int>();
        var candidateOrigins = reader.ReadBlock<int>();
        var words = new string[reader.ReadCount()];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = reader.ReadString();
        }

        var longest = reader.ReadInt32();
        var canStart = reader.ReadBlock<bool>();
        if (rootKey.Length != 1)
        {
            throw SnapshotReader.Corrupt("its name index has no root");
        }

        return new NameIndexData(numbers, tags, slotStarts, slotOrigins, rootKey[0], buckets, fingerprints, candidates, candidateOrigins, words, longest, canStart);
    }
}
