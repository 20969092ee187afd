using FactBase.Cli.Importing;
using FactBase.Importing;

namespace FactBase.Cli.Tests.Importing;

/// <summary>The import owns its folder: a re-run replaces only what it wrote, and it never writes into someone else's folder.</summary>
public sealed class ImportFolderTests
{
    private const string Header = ImportFolder.HeaderPrefix + "test' from x\n";

    [Fact]
    public void A_folder_with_other_files_and_no_manifest_is_refused()
    {
        using var dir = new TempDir();
        dir.Write("facts/mine.yaml", "id: a\ntype: other\nname: A\n");

        var error = Assert.Throws<ImportFolderException>(() => ImportFolder.Open(Path.Combine(dir.Path, "facts")));
        Assert.Contains("not empty and has no factbase-import.json", error.Message);
        Assert.Throws<ImportFolderException>(() => ImportFolder.Open(Path.Combine(dir.Path, "facts", "mine.yaml")));
        ImportFolder.Open(Path.Combine(dir.Path, "new"));
    }

    [Fact]
    public void A_rerun_rewrites_what_changed_keeps_what_did_not_and_removes_only_its_own_stale_files()
    {
        using var dir = new TempDir();
        var root = Path.Combine(dir.Path, "wikidata");
        var first = ImportFolder.Open(root).Write(
            new[] { ("people/a.yaml", Header + "id: a\n"), ("people/b.yaml", Header + "id: b\n"), ("people/c.yaml", Header + "id: c\n") },
            "{}\n");
        Assert.Equal(new ImportFolderChanges(3, 0, 0, 0), first);
        Assert.True(File.Exists(Path.Combine(root, ImportManifest.FileName)));

        dir.Write("wikidata/people/mine.yaml", "id: mine\ntype: other\nname: Mine\n");
        var unchanged = File.GetLastWriteTimeUtc(Path.Combine(root, "people", "a.yaml"));
        Thread.Sleep(20);

        var second = ImportFolder.Open(root).Write(new[] { ("people/a.yaml", Header + "id: a\n"), ("people/b.yaml", Header + "id: b2\n") }, "{}\n");

        Assert.Equal(new ImportFolderChanges(1, 1, 1, 1), second);
        Assert.Equal(unchanged, File.GetLastWriteTimeUtc(Path.Combine(root, "people", "a.yaml")));
        Assert.EndsWith("id: b2\n", File.ReadAllText(Path.Combine(root, "people", "b.yaml")));
        Assert.False(File.Exists(Path.Combine(root, "people", "c.yaml")));
        Assert.True(File.Exists(Path.Combine(root, "people", "mine.yaml")));
        Assert.Empty(Directory.GetFiles(root, "*.tmp-*", SearchOption.AllDirectories));
    }
}
