using System.Diagnostics;
using System.Reflection;
using System.Text;
using FactBase.Diagnostics;
using FactBase.Knowledge;
using FactBase.Loading;
using FactBase.Model;
using FactBase.Parsing;
using FactBase.Robustness.Support;

namespace FactBase.Robustness;

/// <summary>
/// Every input limit (FactBaseLimits, documented in docs/limits.md) holds exactly at its value, is
/// answered quickly with a clear FB0013 past it, and never by an exception.
/// </summary>
public sealed class LimitsTests
{
    private static readonly TimeSpan Quickly = TimeSpan.FromSeconds(10);

    [Fact]
    public void Every_limit_is_documented_in_docs_limits_md()
    {
        var doc = File.ReadAllText(Path.Combine(Corpus.RepositoryRoot, "docs", "limits.md"));
        foreach (var field in typeof(FactBaseLimits).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            Assert.True(doc.Contains(field.Name, StringComparison.Ordinal), $"docs/limits.md does not mention FactBaseLimits.{field.Name}");
        }

        Assert.Contains("--max-file-size", doc);
        Assert.Contains("FB0013", doc);
    }

    [Fact]
    public void The_parser_constants_are_the_documented_limits()
    {
        Assert.Equal(FactBaseLimits.MaxFactFileLength, FactFileParser.MaxFileLength);
        Assert.Equal(FactBaseLimits.MaxYamlDepth, YamlTreeReader.MaxDepth);
        Assert.Equal(FactBaseLimits.MaxYamlAliases, YamlTreeReader.MaxAliases);
        Assert.Equal(FactBaseLimits.MaxYamlAliasExpansion, YamlTreeReader.MaxAliasExpansion);
    }

    [Fact]
    public void A_fact_file_over_the_size_limit_is_refused_without_parsing()
    {
        var text = "id: x\ntype: other\nname: X\n# " + new string('x', FactBaseLimits.MaxFactFileLength);
        var file = Bounded.Get(Quickly, () => FactFileParser.Parse("big.yaml", text), "oversized fact file");
        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal(FactDiagnosticIds.LimitExceeded, diagnostic.Id);
        Assert.Empty(file.Entities);

        using var dir = new TempFolder();
        using (var sparse = File.Create(Path.Combine(dir.Path, "huge.yaml")))
        {
            sparse.SetLength(FactBaseLimits.MaxFactFileLength + 1L);
        }

        var loaded = FactLoader.Load(new[] { dir.Path });
        Assert.Equal(FactDiagnosticIds.LimitExceeded, Assert.Single(loaded.Diagnostics).Id);
    }

    [Theory]
    [InlineData("[", "]")]
    [InlineData("{a: ", "}")]
    public void Nesting_is_accepted_up_to_the_depth_limit_and_refused_past_it(string open, string close)
    {
        // Inside 'facts: { x: ... }' two levels are already used (the document and 'facts').
        string Nested(int depth) => "id: deep\ntype: other\nname: Deep\nfacts: { x: " + string.Concat(Enumerable.Repeat(open, depth - 2)) + "1" + string.Concat(Enumerable.Repeat(close, depth - 2)) + " }\n";

        var atLimit = FactFileParser.Parse("deep.yaml", Nested(FactBaseLimits.MaxYamlDepth));
        Assert.DoesNotContain(atLimit.Diagnostics, d => d.Id == FactDiagnosticIds.LimitExceeded || d.Id == FactDiagnosticIds.MalformedYaml);

        var past = FactFileParser.Parse("deep.yaml", Nested(FactBaseLimits.MaxYamlDepth + 1));
        var diagnostic = Assert.Single(past.Diagnostics);
        Assert.Equal(FactDiagnosticIds.LimitExceeded, diagnostic.Id);
        Assert.Contains($"nesting deeper than {FactBaseLimits.MaxYamlDepth}", diagnostic.Message);

        var hostile = Bounded.Get(Quickly, () => FactFileParser.Parse("deep.yaml", Nested(1_000_000)), "a million levels of nesting");
        Assert.Equal(FactDiagnosticIds.LimitExceeded, Assert.Single(hostile.Diagnostics).Id);
    }

    [Fact]
    public void Aliases_are_accepted_up_to_the_count_limit_and_refused_past_it()
    {
        string WithAliases(int count) => "id: a\ntype: other\nname: &n A\naliases: [" + string.Join(", ", Enumerable.Repeat("*n", count)) + "]\n";

        var atLimit = FactFileParser.Parse("aliases.yaml", WithAliases(FactBaseLimits.MaxYamlAliases));
        Assert.Empty(atLimit.Diagnostics);
        Assert.Equal(FactBaseLimits.MaxYamlAliases, Assert.Single(atLimit.Entities).Aliases.Count);

        var past = FactFileParser.Parse("aliases.yaml", WithAliases(FactBaseLimits.MaxYamlAliases + 1));
        var diagnostic = Assert.Single(past.Diagnostics);
        Assert.Equal(FactDiagnosticIds.LimitExceeded, diagnostic.Id);
        Assert.Contains("aliases", diagnostic.Message);
    }

    /// <summary>The classic "billion laughs": nine levels of ten aliases each; a billion nodes if expanded.</summary>
    [Fact]
    public void A_billion_laughs_alias_bomb_is_answered_at_once_with_FB0013()
    {
        var watch = Stopwatch.StartNew();
        var result = Bounded.Get(Quickly, () => FactLoader.LoadText(new[] { ("bomb.yaml", BillionLaughs()) }), "billion laughs");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"{watch.Elapsed.TotalSeconds:F1} s");
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == FactDiagnosticIds.LimitExceeded);
        Assert.Contains("expand", diagnostic.Message);
        Assert.Equal("bomb.yaml", diagnostic.Location.Path);
    }

    [Fact]
    public void An_alias_bomb_shaped_as_a_timeline_is_refused()
    {
        var sb = new StringBuilder("id: bomb\ntype: organization\nname: Bomb\nfacts:\n  p0: &p0 [");
        sb.Append(string.Join(", ", Enumerable.Repeat("{ value: x, from: 2000 }", 400))).Append("]\n");
        for (var i = 1; i < 400; i++)
        {
            sb.Append($"  p{i}: *p0\n");
        }

        var file = Bounded.Get(Quickly, () => FactFileParser.Parse("timeline-bomb.yaml", sb.ToString()), "timeline bomb");
        Assert.Contains(file.Diagnostics, d => d.Id == FactDiagnosticIds.LimitExceeded);
    }

    [Theory]
    [InlineData("a: &a [1, *a]\n")]
    [InlineData("a: &a { b: *a }\n")]
    [InlineData("&a [ *a ]\n")]
    public void An_alias_inside_its_own_anchor_is_an_error_not_a_cycle(string text)
    {
        var file = Bounded.Get(Quickly, () => FactFileParser.Parse("cycle.yaml", text), "alias cycle");
        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal(FactDiagnosticIds.MalformedYaml, diagnostic.Id);
        Assert.Contains("contains it", diagnostic.Message);
    }

    [Fact]
    public void Entities_are_accepted_up_to_the_limit_and_the_rest_reported_once()
    {
        var files = new[] { new FactFile("many.yaml", Enumerable.Range(0, 12).Select(Entity).ToEquatableArray(), EquatableArray<PropertyDefinition>.Empty, EquatableArray<FactDiagnostic>.Empty) };

        var atLimit = KnowledgeBaseBuilder.Build(files, maxEntities: 12);
        Assert.Equal(12, atLimit.Entities.Count);
        Assert.Empty(atLimit.Diagnostics);

        var past = KnowledgeBaseBuilder.Build(files, maxEntities: 10);
        Assert.Equal(10, past.Entities.Count);
        var diagnostic = Assert.Single(past.Diagnostics);
        Assert.Equal(FactDiagnosticIds.LimitExceeded, diagnostic.Id);
        Assert.Contains("e10", diagnostic.Message);
        Assert.Equal(11, diagnostic.Location.Line);
    }

    [Fact]
    public void The_default_entity_limit_holds_a_newsroom_import_and_the_loader_takes_another()
    {
        // Building five million entities here would cost gigabytes; the bound itself is what Build applies (above).
        Assert.True(FactBaseLimits.MaxEntities >= 5_000_000, $"the default entity limit is {FactBaseLimits.MaxEntities}");

        using var dir = new TempFolder();
        dir.Write("facts/many.yaml", string.Join("---\n", Enumerable.Range(0, 5).Select(i => $"id: e{i}\ntype: other\nname: Entity {i}\n")));
        var within = FactLoader.Load(new[] { Path.Combine(dir.Path, "facts") }, null, maxEntities: 5);
        Assert.Equal(5, within.Entities.Count);
        Assert.Empty(within.Diagnostics);

        var past = Bounded.Get(Quickly, () => FactLoader.Load(new[] { Path.Combine(dir.Path, "facts") }, null, maxEntities: 3), "entity limit");
        Assert.Equal(3, past.Entities.Count);
        var diagnostic = Assert.Single(past.Diagnostics);
        Assert.Equal(FactDiagnosticIds.LimitExceeded, diagnostic.Id);
        Assert.Contains("more than 3 entities: 'e3'", diagnostic.Message);
    }

    [Fact]
    public void The_loader_reports_bad_paths_instead_of_throwing()
    {
        using var dir = new TempFolder();
        dir.Write("facts/good.yaml", "id: good\ntype: other\nname: Good\n");
        dir.Write("facts/folder.yaml/inner.yaml", "id: inner\ntype: other\nname: Inner\n"); // a folder named like a file is searched
        File.CreateSymbolicLink(Path.Combine(dir.Path, "facts", "gone.yaml"), Path.Combine(dir.Path, "nowhere"));
        File.CreateSymbolicLink(Path.Combine(dir.Path, "facts", "loop"), Path.Combine(dir.Path, "facts"));

        var result = FactLoader.Load(new[] { Path.Combine(dir.Path, "facts"), Path.Combine(dir.Path, "missing") });

        Assert.Equal(new[] { "good", "inner" }, result.Entities.Select(e => e.Id).Order());
        Assert.Equal(2, result.Diagnostics.Count);
        Assert.Contains(result.Diagnostics, d => d.Location.Path.EndsWith("gone.yaml", StringComparison.Ordinal) && d.Message.Contains("cannot read", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Location.Path.EndsWith("missing", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == FactDiagnosticIds.DuplicateId); // the link loop is not followed
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_first_key()
    {
        var file = FactFileParser.Parse("bom.yaml", "\uFEFFid: x\ntype: other\nname: X\n");
        Assert.Empty(file.Diagnostics);
        Assert.Equal("x", Assert.Single(file.Entities).Id);
    }

    internal static string BillionLaughs()
    {
        var sb = new StringBuilder("id: lol\ntype: other\nname: Lol\nfacts:\n  l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < 10; i++)
        {
            sb.Append($"  l{i}: &l{i} [{string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 10))}]\n");
        }

        return sb.ToString();
    }

    private static Entity Entity(int i)
        => new($"e{i}", EntityType.Other, $"Entity {i}", EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<SourceReference>.Empty, EquatableArray<Fact>.Empty, new SourceLocation("many.yaml", i + 1, 1));
}
