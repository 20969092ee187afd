using FactBase.Model;

namespace FactBase.Snapshots.Codecs;

/// <summary>Writes and reads a <see cref="SourceLocation"/>: every field, in declaration order.</summary>
internal static class SourceLocationCodec
{
    public static void Write(SnapshotWriter writer, SourceLocation location)
    {
        writer.WriteString(location.Path);
        writer.WriteInt(location.Line);
        writer.WriteInt(location.Column);
    }

    public static SourceLocation Read(SnapshotReader reader)
        => new(reader.ReadString(), reader.ReadInt32(), reader.ReadInt32());
}
