using System;
using FactBase.Checking.Mentions;

namespace FactBase.Snapshots.Codecs;

/// <summary>Writes and reads a <see cref="NameIndexData"/>: its arrays as blocks, used where they lie in the snapshot when read.</summary>
internal static class NameIndexCodec
{
    public static void Write(SnapshotWriter writer, NameIndexData data)
    {
        // The blocks are in this machine's byte order: a reader of the other order refuses them.
        writer.WriteBool(BitConverter.IsLittleEndian);
        writer.WriteBlock(data.Numbers.Span);
        writer.WriteBlock(data.Tags.Span);
        writer.WriteBlock(data.SlotStarts.Span);
        writer.WriteBlock(data.SlotOrigins.Span);
        writer.WriteBlock(new[] { data.RootKey });
        writer.WriteBlock(data.Buckets.Span);
        writer.WriteBlock(data.Fingerprints.Span);
        writer.WriteBlock(data.Candidates.Span);
        writer.WriteBlock(data.CandidateOrigins.Span);
        WordListsCodec.Write(writer, data.NameWords);

        writer.WriteInt(data.LongestSpellingWord);
        writer.WriteBlock(data.CanStart);
    }

    public static NameIndexData Read(SnapshotReader reader)
    {
        if (reader.ReadBool() != BitConverter.IsLittleEndian)
        {
            throw new SnapshotException("it was compiled on a machine of another byte order; compile it again here");
        }

        var numbers = reader.ReadBlockInPlace<int>();
        var tags = reader.ReadBlockInPlace<uint>();
        var slotStarts = reader.ReadBlockInPlace<int>();
        var slotOrigins = reader.ReadBlockInPlace<int>();
        var rootKey = reader.ReadBlock<ulong>();
        var buckets = reader.ReadBlockInPlace<int>();
        var fingerprints = reader.ReadBlockInPlace<uint>();
        var candidates = reader.ReadBlockInPlace<int>();
        var candidateOrigins = reader.ReadBlockInPlace<int>();
        var words = WordListsCodec.Read(reader);

        var longest = reader.ReadInt32();
        var canStart = reader.ReadBlock<bool>();
        if (rootKey.Length != 1)
        {
            throw SnapshotReader.Corrupt("its name index has no root");
        }

        return new NameIndexData(numbers, tags, slotStarts, slotOrigins, rootKey[0], buckets, fingerprints, candidates, candidateOrigins, words, longest, canStart);
    }
}
