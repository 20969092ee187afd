using FactBase.Diagnostics;

namespace FactBase.Snapshots.Codecs;

/// <summary>Writes and reads a <see cref="FactDiagnostic"/> (the warnings a build gave are shown again on every load).</summary>
internal static class FactDiagnosticCodec
{
    public static void Write(SnapshotWriter writer, FactDiagnostic diagnostic)
    {
        writer.WriteString(diagnostic.Id);
        writer.WriteInt((int)diagnostic.Severity);
        writer.WriteString(diagnostic.Message);
        SourceLocationCodec.Write(writer, diagnostic.Location);
    }

    public static FactDiagnostic Read(SnapshotReader reader)
        => new(reader.ReadString(), reader.ReadEnum<FactDiagnosticSeverity>(), reader.ReadString(), SourceLocationCodec.Read(reader));
}
