using FactBase.Model;

namespace FactBase.Snapshots.Codecs;

/// <summary>Writes and reads a <see cref="TimelineEntry"/>: every field, in declaration order.</summary>
internal static class TimelineEntryCodec
{
    public static void Write(SnapshotWriter writer, TimelineEntry entry)
    {
        writer.WriteString(entry.Value);
        writer.WriteDate(entry.From);
        writer.WriteDate(entry.To);
        writer.WriteString(entry.Source);
        SourceLocationCodec.Write(writer, entry.Location);
    }

    public static TimelineEntry Read(SnapshotReader reader)
        => new(reader.ReadString(), reader.ReadDate(), reader.ReadNullableDate(), reader.ReadNullableString(), SourceLocationCodec.Read(reader));
}
