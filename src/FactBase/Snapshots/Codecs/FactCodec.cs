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
        writer.WriteArray(fact.AlsoDates, static (w, d) => w.WriteDate(d));
        writer.WriteString(fact.Note);
    }

    public static Fact Read(SnapshotReader reader)
        => new(reader.ReadString(), reader.ReadNullableString(), reader.ReadArray(TimelineEntryCodec.Read), SourceLocationCodec.Read(reader))
        {
            AlsoDates = reader.ReadArray(static r => r.ReadDate()),
            Note = reader.ReadNullableString(),
        };
}
