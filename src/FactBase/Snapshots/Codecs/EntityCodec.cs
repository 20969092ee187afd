using FactBase.Model;

namespace FactBase.Snapshots.Codecs;

/// <summary>Writes and reads an <see cref="Entity"/>: every field, in declaration order.</summary>
internal static class EntityCodec
{
    public static void Write(SnapshotWriter writer, Entity entity)
    {
        writer.WriteString(entity.Id);
        writer.WriteInt((int)entity.Type);
        writer.WriteString(entity.Name);
        writer.WriteStrings(entity.Aliases);
        writer.WriteStrings(entity.Adjectives);
        writer.WriteArray(entity.Sources, SourceReferenceCodec.Write);
        writer.WriteArray(entity.Facts, FactCodec.Write);
        SourceLocationCodec.Write(writer, entity.Location);
        writer.WriteStrings(entity.Descriptions);
        writer.WriteInt(entity.TakesThe switch { null => 0, true => 1, false => 2 });
    }

    public static Entity Read(SnapshotReader reader)
        => new(
            reader.ReadString(),
            reader.ReadEnum<EntityType>(),
            reader.ReadString(),
            reader.ReadStrings(),
            reader.ReadStrings(),
            reader.ReadArray(SourceReferenceCodec.Read),
            reader.ReadArray(FactCodec.Read),
            SourceLocationCodec.Read(reader))
        {
            Descriptions = reader.ReadStrings(),
            TakesThe = reader.ReadInt() switch { 1 => true, 2 => false, _ => null },
        };
}
