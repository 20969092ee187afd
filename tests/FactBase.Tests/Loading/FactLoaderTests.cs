using FactBase.Diagnostics;
using FactBase.Loading;
using FactBase.Model;

namespace FactBase.Tests.Loading;

/// <summary>Same files, same knowledge base: however the files are read, the one parser gives equal data.</summary>
public sealed class FactLoaderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "factbase-loader-" + Guid.NewGuid().ToString("N"));

    public FactLoaderTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Loading_the_starter_folder_equals_loading_its_files_as_text()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "facts");
        var fromDisk = FactLoader.Load(new[] { folder });
        var files = Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => (path, File.ReadAllText(path)))
            .ToList();
        var fromText = FactLoader.LoadText(files);

        Assert.True(fromDisk.Entities == fromText.Entities, "entities differ");
        Assert.True(fromDisk.Properties == fromText.Properties, "vocabulary differs");
        Assert.True(fromDisk.Diagnostics == fromText.Diagnostics, "diagnostics differ");
        Assert.Equal(fromDisk.Entities.GetHashCode(), fromText.Entities.GetHashCode());
        Assert.Equal(fromDisk.KnowledgeBase.Entities, fromText.KnowledgeBase.Entities);
        Assert.True(fromDisk.Entities.Count > 200);
    }

    [Fact]
    public void Loading_twice_gives_equal_data()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "facts");
        Assert.True(FactLoader.Load(new[] { folder }).Entities == FactLoader.Load(new[] { folder }).Entities);
    }

    [Fact]
    public void A_changed_fact_makes_the_knowledge_bases_differ()
    {
        var a = FactLoader.LoadText(new[] { ("x.yaml", "id: x\ntype: other\nname: X\nfacts:\n  founded: 1949\n") });
        var b = FactLoader.LoadText(new[] { ("x.yaml", "id: x\ntype: other\nname: X\nfacts:\n  founded: 1949-04\n") });
        Assert.False(a.Entities == b.Entities);
    }

    [Fact]
    public void Loads_yaml_and_yml_recursively_in_ordinal_order()
    {
        Write("b/second.yml", "id: second\ntype: other\nname: Second\n");
        Write("a/first.yaml", "id: first\ntype: other\nname: First\n");
        Write("a/notes.txt", "id: ignored\n");
        Write("Z.yaml", "id: upper\ntype: other\nname: Upper\n");

        var result = FactLoader.Load(new[] { _folder });

        Assert.Empty(result.Diagnostics);
        Assert.Equal(new[] { "upper", "first", "second" }, result.Entities.Select(e => e.Id));
    }

    [Fact]
    public void A_single_file_can_be_loaded_and_locations_carry_its_path()
    {
        var path = Write("one.yaml", "id: one\ntype: other\nname: One\n");
        var entity = Assert.Single(FactLoader.Load(new[] { path }).Entities);
        Assert.Equal(new SourceLocation(path, 1, 1), entity.Location);
    }

    [Fact]
    public void A_broken_file_is_reported_with_its_path_and_the_rest_still_loads()
    {
        var broken = Write("broken.yaml", "id: [\n");
        Write("good.yaml", "id: good\ntype: other\nname: Good\n");

        var result = FactLoader.Load(new[] { _folder });

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(FactDiagnosticIds.MalformedYaml, diagnostic.Id);
        Assert.Equal(broken, diagnostic.Location.Path);
        Assert.Equal("good", Assert.Single(result.Entities).Id);
    }

    [Fact]
    public void A_missing_folder_is_a_diagnostic_at_its_path_not_an_exception()
    {
        var missing = Path.Combine(_folder, "nope");
        var diagnostic = Assert.Single(FactLoader.Load(new[] { missing }).Diagnostics);
        Assert.Equal(FactDiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(missing, diagnostic.Location.Path);
    }

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
