using FactBase.Model;

namespace FactBase.Snapshots.Codecs;

/// <summary>Writes and reads a <see cref="Fact"/>: every field, in declaration order (its date is parsed from the value again).</summary>
internal static class FactCodec
{
    public static void Write(SnapshotWriter writer, Fact fact)
    {
        writer.WriteString(fact.Property);
        writer.WriteString(fact.Value);
        writer.WriteArray(fact.Timeline, TimelineEntryCodec.Write);
        SourceLocationCodec.Write(writer, fact.Location);
    }

    public static Fact Read(SnapshotReader reader)
        => new(reader.ReadString(), reader.ReadNullableString(), reader.ReadArray(TimelineEntryCodec.Read), SourceLocationCodec.Read(reader));
}
