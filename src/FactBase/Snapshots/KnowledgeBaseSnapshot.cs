using System;
using System.IO;
using System.Security.Cryptography;
using FactBase.Checking.Mentions;
using FactBase.Knowledge;
using FactBase.Model;
using FactBase.Snapshots.Codecs;

namespace FactBase.Snapshots;

/// <summary>
/// A built knowledge base kept as one binary file, so a large one loads in one read instead of being parsed from YAML
/// and validated again: the entities, the vocabulary and the build's diagnostics, exactly as the builder made them.
/// </summary>
/// <remarks>
/// The file says which build of the tool wrote it (<c>identity</c>) and which fact files it was compiled from
/// (<c>key</c>, see <see cref="SnapshotKey"/>); a reader that expects other values refuses it, as it refuses a file of
/// another format version, a truncated one or a damaged one (<see cref="SnapshotHeader"/>).
/// </remarks>
public static class KnowledgeBaseSnapshot
{
    /// <summary>The format version this build writes and reads.</summary>
    public const int FormatVersion = SnapshotHeader.FormatVersion;

    /// <summary>The file name extension of a snapshot.</summary>
    public const string Extension = ".fbkb";

    /// <summary>The snapshot of a build, as bytes.</summary>
    /// <param name="result">A build without errors.</param>
    /// <param name="identity">The build of the tool (<see cref="SnapshotKey.Identity"/>).</param>
    /// <param name="key">What it was compiled from (<see cref="SnapshotKey.Compute(System.Collections.Generic.IEnumerable{string}, string)"/>), or 32 zero bytes.</param>
    public static byte[] Serialize(KnowledgeBaseBuildResult result, byte[] identity, byte[] key)
    {
        var knowledgeBase = KnowledgeBaseOf(result);
        var writer = new SnapshotWriter();
        writer.WriteArray(result.Properties, PropertyDefinitionCodec.Write);
        writer.WriteArray(result.Diagnostics, FactDiagnosticCodec.Write);
        EntityTableCodec.Write(writer, knowledgeBase);
        var names = NameIndexOf(knowledgeBase).ToData();
        writer.WriteBool(names is not null);
        if (names is not null)
        {
            NameIndexCodec.Write(writer, names);
        }

        ReferenceNounCodec.Write(writer, ReferenceNounIndex.Of(knowledgeBase));
        var people = writer.Region();
        PersonNamesCodec.Write(people, PersonNames.DataOf(knowledgeBase));
        writer.WriteRegion(people);

        var payload = writer.ToPayload();
        var file = new byte[SnapshotHeader.Size + payload.Length];
        new SnapshotHeader(Fit(identity), Fit(key), payload.Length, SnapshotHeader.ChecksumOf(payload)).WriteTo(file);
        payload.CopyTo(file.AsSpan(SnapshotHeader.Size));
        return file;
    }

    /// <summary>Writes the snapshot of a build to a file: to a temporary file beside it first, so a reader never sees half a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="result">A build without errors.</param>
    /// <param name="identity">The build of the tool.</param>
    /// <param name="key">What it was compiled from.</param>
    public static void Write(string path, KnowledgeBaseBuildResult result, byte[] identity, byte[] key)
    {
        var bytes = Serialize(result, identity, key);
        var temporary = path + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp";
        try
        {
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Reads a snapshot file (a memory map: only what a run asks for is read) and rebuilds the knowledge base from it.</summary>
    /// <param name="path">The file.</param>
    /// <param name="identity">The build of the tool that must have written it.</param>
    /// <param name="key">The fact files it must have been compiled from, or <see langword="null"/> to accept any.</param>
    /// <returns>The build as the builder made it: knowledge base, diagnostics, entities and vocabulary.</returns>
    /// <exception cref="SnapshotException">The file is not a usable snapshot for this build and these facts.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static KnowledgeBaseBuildResult Read(string path, byte[] identity, byte[]? key) => Read(path, identity, key, verified: null);

    /// <summary>Reads a snapshot file as <see cref="Read(string, byte[], byte[])"/> does, checking the whole payload's
    /// checksum only the first time this file is read as it is now: <paramref name="verified"/> records that it held,
    /// by the file's stamp (<see cref="FileStamp"/>), and any later write to the file gives it another stamp.</summary>
    /// <param name="path">The file.</param>
    /// <param name="identity">The build of the tool that must have written it.</param>
    /// <param name="key">The fact files it must have been compiled from, or <see langword="null"/> to accept any.</param>
    /// <param name="verified">Where verified files are recorded, or <see langword="null"/> to verify every time.</param>
    /// <param name="now">The time now (tests move it on, so that a file just written counts as settled).</param>
    /// <returns>The build as the builder made it.</returns>
    internal static KnowledgeBaseBuildResult Read(string path, byte[] identity, byte[]? key, StampRecords? verified, DateTime? now = null)
    {
        SnapshotBytes bytes;
        string? question = null;
        using (var file = SnapshotBytes.Open(path))
        {
            if (verified is not null && FileStamp.Of(file.SafeFileHandle) is { } stamp && stamp.IsSettled(now ?? DateTime.UtcNow))
            {
                question = "verified/" + Path.GetFullPath(path) + ":" + stamp;
            }

            bytes = SnapshotBytes.Map(file);
        }

        var trusted = question is not null && verified!.Find(question) is not null;
        var result = Deserialize(bytes, identity, key, verifyChecksum: !trusted);
        if (question is not null && !trusted)
        {
            verified!.Add(question, Array.Empty<byte>());
        }

        return result;
    }

    /// <summary>Rebuilds the knowledge base from a snapshot's bytes, checking all of them.</summary>
    /// <param name="file">The whole file; kept by the knowledge base, so it must not change afterwards.</param>
    /// <param name="identity">The build of the tool that must have written it.</param>
    /// <param name="key">The fact files it must have been compiled from, or <see langword="null"/> to accept any.</param>
    /// <returns>The build as the builder made it.</returns>
    /// <exception cref="SnapshotException">The bytes are not a usable snapshot for this build and these facts.</exception>
    public static KnowledgeBaseBuildResult Deserialize(byte[] file, byte[] identity, byte[]? key)
        => Deserialize(SnapshotBytes.Pin(file), identity, key, verifyChecksum: true);

    private static KnowledgeBaseBuildResult Deserialize(SnapshotBytes file, byte[] identity, byte[]? key, bool verifyChecksum)
    {
        var header = SnapshotHeader.Read(file.All, verifyChecksum);
        if (!header.Identity.AsSpan().SequenceEqual(Fit(identity)))
        {
            throw new SnapshotException("it was compiled by another build of factbase; compile it again with this one");
        }

        if (key is not null && !header.Key.AsSpan().SequenceEqual(Fit(key)))
        {
            throw new SnapshotException("it was compiled from other fact files (stale)");
        }

        var reader = new SnapshotReader(file, SnapshotHeader.Size);
        var properties = reader.ReadArray(PropertyDefinitionCodec.Read);
        var diagnostics = reader.ReadArray(FactDiagnosticCodec.Read);
        var tables = EntityTableCodec.Read(reader);
        var names = reader.ReadBool() ? NameIndexCodec.Read(reader) : null;
        var nouns = ReferenceNounCodec.Read(reader);
        var (peopleStart, peopleEnd) = reader.SkipRegion();
        if (!reader.AtEnd)
        {
            throw SnapshotReader.Corrupt("it has data after its last section");
        }

        // The entities stay in the file's bytes until a check asks for one; the indexes refer to them by place.
        var entities = new SnapshotEntities(reader, tables);
        var knowledgeBase = KnowledgeBase.OnDemand(entities, properties, entities);
        if (names is not null)
        {
            PrebuiltNameIndexes.Attach(knowledgeBase, NameIndex.FromData(knowledgeBase, names, tables.NameCounts) ?? throw SnapshotReader.Corrupt("its name index does not fit its entities"));
        }

        ReferenceNounIndex.Attach(knowledgeBase, nouns);
        PersonNames.Attach(knowledgeBase, () => PersonNamesCodec.Read(reader.At(peopleStart, peopleEnd)));
        return new KnowledgeBaseBuildResult(knowledgeBase, diagnostics, () => new EquatableArray<Entity>(entities), properties);
    }

    // The knowledge base of the build's entities and vocabulary, which a reader makes again (KnowledgeBase.OnDemand over
    // the same list): the build's own when it lists the same entities, as it does unless it was put together by hand.
    private static KnowledgeBase KnowledgeBaseOf(KnowledgeBaseBuildResult result)
    {
        var knowledgeBase = result.KnowledgeBase;
        var same = knowledgeBase.Entities.Count == result.Entities.Count;
        for (var i = 0; same && i < result.Entities.Count; i++)
        {
            same = ReferenceEquals(knowledgeBase.Entities[i], result.Entities[i]);
        }

        return same ? knowledgeBase : KnowledgeBase.Create(result.Entities, result.Properties);
    }

    // The checker's name index of the knowledge base, which a reader keeps instead of indexing every name again; kept for
    // a checker of this process too.
    private static NameIndex NameIndexOf(KnowledgeBase knowledgeBase)
    {
        var index = PrebuiltNameIndexes.For(knowledgeBase);
        PrebuiltNameIndexes.Attach(knowledgeBase, index);
        return index;
    }

    private static byte[] Fit(byte[] hash)
        => hash.Length == SnapshotHeader.HashSize ? hash : SHA256.HashData(hash);
}
