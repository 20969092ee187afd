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
        writer.WriteArray(entry.AlsoFrom, static (w, d) => w.WriteDate(d));
        writer.WriteArray(entry.AlsoTo, static (w, d) => w.WriteDate(d));
        writer.WriteString(entry.Note);
        writer.WriteDate(entry.SourceRetrieved);
    }

    public static TimelineEntry Read(SnapshotReader reader)
        => new(reader.ReadString(), reader.ReadDate(), reader.ReadNullableDate(), reader.ReadNullableString(), SourceLocationCodec.Read(reader))
        {
            AlsoFrom = reader.ReadArray(static r => r.ReadDate()),
            AlsoTo = reader.ReadArray(static r => r.ReadDate()),
            Note = reader.ReadNullableString(),
            SourceRetrieved = reader.ReadNullableDate(),
        };
}
