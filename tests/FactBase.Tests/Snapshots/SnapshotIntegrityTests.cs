using FactBase.Knowledge;
using FactBase.Loading;
using FactBase.Snapshots;

namespace FactBase.Tests.Snapshots;

/// <summary>A snapshot that is not whole, not intact, not of this format, this build or these facts is refused with a reason.</summary>
public sealed class SnapshotIntegrityTests : IDisposable
{
    private static readonly byte[] Identity = SnapshotKey.Identity(typeof(SnapshotIntegrityTests).Assembly);
    private static readonly byte[] Key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
    private static readonly Lazy<byte[]> Starter = new(() =>
        KnowledgeBaseSnapshot.Serialize(FactLoader.Load(new[] { Path.Combine(AppContext.BaseDirectory, "facts") }), Identity, Key));

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "factbase-snapshot-" + Guid.NewGuid().ToString("N"));

    public SnapshotIntegrityTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void An_intact_snapshot_is_read()
        => Assert.NotEmpty(KnowledgeBaseSnapshot.Deserialize(Starter.Value, Identity, Key).Entities);

    [Fact]
    public void Every_truncation_is_refused()
    {
        var bytes = Starter.Value;
        foreach (var length in new[] { 0, 4, 8, 40, 119, 120, 121, bytes.Length / 2, bytes.Length - 1 })
        {
            var ex = Assert.Throws<SnapshotException>(() => KnowledgeBaseSnapshot.Deserialize(bytes[..length], Identity, Key));
            Assert.False(string.IsNullOrWhiteSpace(ex.Message));
        }
    }

    [Fact]
    public void A_changed_byte_anywhere_is_refused()
    {
        var bytes = Starter.Value;
        var random = new Random(18);
        for (var i = 0; i < 200; i++)
        {
            var damaged = (byte[])bytes.Clone();
            damaged[random.Next(damaged.Length)] ^= (byte)(1 + random.Next(255));
            Assert.Throws<SnapshotException>(() => KnowledgeBaseSnapshot.Deserialize(damaged, Identity, Key));
        }
    }

    [Fact]
    public void Another_format_version_is_refused_by_name()
    {
        var bytes = (byte[])Starter.Value.Clone();
        bytes[8] = KnowledgeBaseSnapshot.FormatVersion + 1;
        var ex = Assert.Throws<SnapshotException>(() => KnowledgeBaseSnapshot.Deserialize(bytes, Identity, Key));
        Assert.Contains("format version", ex.Message);
    }

    [Fact]
    public void A_file_that_is_not_a_snapshot_is_refused()
    {
        var ex = Assert.Throws<SnapshotException>(() => KnowledgeBaseSnapshot.Deserialize("id: nato\ntype: organization\n"u8.ToArray(), Identity, Key));
        Assert.Contains("not a compiled knowledge base", ex.Message);
    }

    [Fact]
    public void A_snapshot_of_other_facts_or_of_another_build_is_refused()
    {
        var otherKey = (byte[])Key.Clone();
        otherKey[0] ^= 1;
        Assert.Contains("stale", Assert.Throws<SnapshotException>(() => KnowledgeBaseSnapshot.Deserialize(Starter.Value, Identity, otherKey)).Message);
        var otherBuild = SnapshotKey.Identity(typeof(Xunit.FactAttribute).Assembly);
        Assert.Contains("another build", Assert.Throws<SnapshotException>(() => KnowledgeBaseSnapshot.Deserialize(Starter.Value, otherBuild, Key)).Message);
    }

    [Fact]
    public void A_written_snapshot_reads_back_and_leaves_no_temporary_file()
    {
        var path = Path.Combine(_folder, "kb.fbkb");
        var build = KnowledgeBaseSnapshot.Deserialize(Starter.Value, Identity, Key);
        KnowledgeBaseSnapshot.Write(path, build, Identity, Key);
        Assert.Equal(build.Entities, KnowledgeBaseSnapshot.Read(path, Identity, Key).Entities);
        Assert.Equal(new[] { path }, Directory.GetFiles(_folder));
    }

    [Fact]
    public void The_key_changes_with_any_edit_addition_or_rename_and_only_then()
    {
        var facts = Path.Combine(_folder, "facts");
        Directory.CreateDirectory(facts);
        File.WriteAllText(Path.Combine(facts, "a.yaml"), "id: a\ntype: other\nname: A\n");
        var first = SnapshotKey.Compute(new[] { facts }, "builtin=True");
        Assert.Equal(first, SnapshotKey.Compute(new[] { facts }, "builtin=True"));
        Assert.NotEqual(first, SnapshotKey.Compute(new[] { facts }, "builtin=False"));

        File.WriteAllText(Path.Combine(facts, "a.yaml"), "id: a\ntype: other\nname: B\n");
        var edited = SnapshotKey.Compute(new[] { facts }, "builtin=True");
        Assert.NotEqual(first, edited);

        File.Move(Path.Combine(facts, "a.yaml"), Path.Combine(facts, "b.yaml"));
        var renamed = SnapshotKey.Compute(new[] { facts }, "builtin=True");
        Assert.NotEqual(edited, renamed);

        File.WriteAllText(Path.Combine(facts, "manifest.json"), "{}");
        Assert.NotEqual(renamed, SnapshotKey.Compute(new[] { facts }, "builtin=True"));
    }

    [Fact]
    public void A_verified_file_written_since_is_verified_again()
    {
        var path = Path.Combine(_folder, "kb.fbkb");
        File.WriteAllBytes(path, Starter.Value);
        Assert.True(FileStamp.Of(path) is not null || !OperatingSystem.IsLinux(), "statx gives a stamp on Linux");
        if (FileStamp.Of(path) is null)
        {
            return; // elsewhere every read verifies the checksum (the tests above)
        }

        var records = new StampRecords(Path.Combine(_folder, "stamps"));
        var later = DateTime.UtcNow.AddMinutes(1);
        Assert.NotEmpty(KnowledgeBaseSnapshot.Read(path, Identity, Key, records, later).Entities);
        Assert.Single(Directory.GetFiles(Path.Combine(_folder, "stamps")));
        Assert.NotEmpty(KnowledgeBaseSnapshot.Read(path, Identity, Key, records, later).Entities);

        // One byte changed in place: same size, same file; its stamp moves, so the checksum is checked again.
        using (var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite))
        {
            file.Position = Starter.Value.Length / 2;
            var b = file.ReadByte();
            file.Position--;
            file.WriteByte((byte)(b ^ 0x5A));
        }

        Assert.Throws<SnapshotException>(() => KnowledgeBaseSnapshot.Read(path, Identity, Key, records, later.AddMinutes(1)));

        File.WriteAllBytes(path, Starter.Value[..^1]);
        Assert.Throws<SnapshotException>(() => KnowledgeBaseSnapshot.Read(path, Identity, Key, records, later.AddMinutes(2)));
    }

    [Fact]
    public void A_recorded_key_is_used_only_while_the_files_are_unchanged()
    {
        var facts = Path.Combine(_folder, "facts");
        Directory.CreateDirectory(facts);
        File.WriteAllText(Path.Combine(facts, "a.yaml"), "id: a\ntype: other\nname: A\n");
        if (FileStamp.Of(facts) is null && !OperatingSystem.IsLinux())
        {
            return; // elsewhere the key is always worked out from the content (the test above)
        }

        var records = new StampRecords(Path.Combine(_folder, "stamps"));
        var later = DateTime.UtcNow.AddMinutes(1);
        var first = SnapshotKey.Compute(new[] { facts }, "s", records, later);
        Assert.Equal(SnapshotKey.Compute(new[] { facts }, "s"), first);
        Assert.Single(Directory.GetFiles(Path.Combine(_folder, "stamps")));
        Assert.Equal(first, SnapshotKey.Compute(new[] { facts }, "s", records, later));

        // The same length, another letter: only the stamp tells the two apart without reading the file.
        File.WriteAllText(Path.Combine(facts, "a.yaml"), "id: a\ntype: other\nname: B\n");
        var edited = SnapshotKey.Compute(new[] { facts }, "s", records, later.AddMinutes(1));
        Assert.NotEqual(first, edited);
        Assert.Equal(SnapshotKey.Compute(new[] { facts }, "s"), edited);

        // A file just written is not trusted by its stamp (the file system's clock may not have moved): no record.
        File.WriteAllText(Path.Combine(facts, "b.yaml"), "id: b\ntype: other\nname: B\n");
        var count = Directory.GetFiles(Path.Combine(_folder, "stamps")).Length;
        Assert.Equal(SnapshotKey.Compute(new[] { facts }, "s"), SnapshotKey.Compute(new[] { facts }, "s", records));
        Assert.Equal(count, Directory.GetFiles(Path.Combine(_folder, "stamps")).Length);
    }
}
