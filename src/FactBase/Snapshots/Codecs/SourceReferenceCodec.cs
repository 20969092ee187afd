using FactBase.Model;

namespace FactBase.Snapshots.Codecs;

/// <summary>Writes and reads a <see cref="SourceReference"/>: every field, in declaration order.</summary>
internal static class SourceReferenceCodec
{
    public static void Write(SnapshotWriter writer, SourceReference source)
    {
        writer.WriteString(source.Url);
        writer.WriteDate(source.Retrieved);
        writer.WriteStrings(source.About);
    }

    public static SourceReference Read(SnapshotReader reader)
        => new(reader.ReadString(), reader.ReadNullableDate(), reader.ReadStrings());
}
