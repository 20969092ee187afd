using FactBase.Model;

namespace FactBase.Snapshots.Codecs;

/// <summary>Writes and reads a <see cref="PropertyDefinition"/>: every field, in declaration order.</summary>
internal static class PropertyDefinitionCodec
{
    public static void Write(SnapshotWriter writer, PropertyDefinition property)
    {
        writer.WriteString(property.Name);
        writer.WriteInt((int)property.Kind);
        writer.WriteStrings(property.Verbs);
        writer.WriteStrings(property.Nouns);
        writer.WriteStrings(property.Titles);
        writer.WriteBool(property.Age);
        SourceLocationCodec.Write(writer, property.Location);
        writer.WriteStrings(property.ValueTypes);
        writer.WriteInt(property.HeadOfGovernment);
        writer.WriteStrings(property.TenureVerbs);
    }

    public static PropertyDefinition Read(SnapshotReader reader)
        => new(
            reader.ReadString(),
            reader.ReadEnum<PropertyKind>(),
            reader.ReadStrings(),
            reader.ReadStrings(),
            reader.ReadStrings(),
            reader.ReadBool(),
            SourceLocationCodec.Read(reader))
        {
            ValueTypes = reader.ReadStrings(),
            HeadOfGovernment = reader.ReadInt32(),
            TenureVerbs = reader.ReadStrings(),
        };
}
