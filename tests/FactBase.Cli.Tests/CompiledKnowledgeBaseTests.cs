namespace FactBase.Cli.Tests;

/// <summary>
/// <c>factbase compile</c>, <c>check --kb</c> and the snapshot cache of <c>check --facts</c>: the same report as from
/// the YAML every time, a stale or damaged snapshot never used.
/// </summary>
public sealed class CompiledKnowledgeBaseTests
{
    private const string Acme = "id: acme-corp\ntype: organization\nname: Acme Corporation\naliases: [Acme]\nfacts:\n  founded: 1931-05-02\n  motto: Quality first\n";
    private const string Article = "---\ndate: 2025-03-07\n---\n# Acme\n\nAcme was founded in 1932. NATO was founded in 1948.\n";

    [Fact]
    public void Check_with_a_compiled_knowledge_base_reports_what_check_with_the_yaml_reports()
    {
        using var dir = new TempDir();
        dir.Write("facts/acme.yaml", Acme);
        dir.Write("article.md", Article);
        var env = CacheIn(dir);

        var fromYaml = Cli.RunWith(dir.Path, null, env, "check", "--no-cache", "--facts", "facts", "--include-supported", "--format", "jsonl", "article.md");
        var compile = Cli.RunWith(dir.Path, null, env, "compile", "--facts", "facts", "-o", "kb.fbkb");
        Assert.True(compile.ExitCode == 0, compile.ToString());
        var fromKb = Cli.RunWith(dir.Path, null, env, "check", "--kb", "kb.fbkb", "--include-supported", "--format", "jsonl", "article.md");

        Assert.True(fromYaml.ExitCode == 1, fromYaml.ToString());
        Assert.Contains("1931", fromYaml.Stdout); // Acme's founding year is checked: the user's facts are in
        Assert.Contains("1949", fromYaml.Stdout); // and NATO's: the built-in facts too
        Assert.Equal(fromYaml.ExitCode, fromKb.ExitCode);
        Assert.Equal(fromYaml.Stdout, fromKb.Stdout);
        Assert.Contains("motto", fromKb.Stderr); // the build's warning (undeclared property) is kept and shown
        Assert.Equal(fromYaml.Stderr, fromKb.Stderr);
    }

    [Fact]
    public void The_cache_gives_the_same_report_follows_every_edit_and_rebuilds_a_damaged_snapshot()
    {
        using var dir = new TempDir();
        dir.Write("facts/acme.yaml", Acme);
        dir.Write("article.md", Article);
        var env = CacheIn(dir);
        var cache = Path.Combine(dir.Path, "cache");
        string[] check = { "check", "--facts", "facts", "--format", "jsonl", "article.md" };

        var first = Cli.RunWith(dir.Path, null, env, check);
        var snapshot = Assert.Single(Directory.GetFiles(cache, "*.fbkb"));
        var second = Cli.RunWith(dir.Path, null, env, check);
        Assert.Equal(first.ToString(), second.ToString());
        Assert.Contains("1931", second.Stdout);

        // Damaged: cut in half. Used, it would fail; it is detected, the YAML read, the snapshot written again.
        var length = new FileInfo(snapshot).Length;
        File.WriteAllBytes(snapshot, File.ReadAllBytes(snapshot)[..(int)(length / 2)]);
        var third = Cli.RunWith(dir.Path, null, env, check);
        Assert.Equal(first.ToString(), third.ToString());
        Assert.Equal(length, new FileInfo(snapshot).Length);

        // Edited: the answer follows the YAML at once (the article's 1932 is now right).
        dir.Write("facts/acme.yaml", Acme.Replace("1931-05-02", "1932-05-02"));
        var edited = Cli.RunWith(dir.Path, null, env, check);
        Assert.DoesNotContain("1931", edited.Stdout);
        Assert.Equal(2, Directory.GetFiles(cache, "*.fbkb").Length);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("truncated")]
    [InlineData("missing")]
    public void An_unusable_compiled_knowledge_base_is_a_clear_error_with_exit_two(string kind)
    {
        using var dir = new TempDir();
        dir.Write("article.md", Article);
        var env = CacheIn(dir);
        Assert.Equal(0, Cli.RunWith(dir.Path, null, env, "compile", "-o", "kb.fbkb").ExitCode);
        var kb = Path.Combine(dir.Path, "kb.fbkb");
        switch (kind)
        {
            case "garbage":
                File.WriteAllText(kb, "id: nato\n");
                break;
            case "truncated":
                File.WriteAllBytes(kb, File.ReadAllBytes(kb)[..1000]);
                break;
            default:
                File.Delete(kb);
                break;
        }

        var result = Cli.RunWith(dir.Path, null, env, "check", "--kb", "kb.fbkb", "article.md");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("kb.fbkb: error: cannot", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Fact]
    public void Kb_and_facts_together_are_a_usage_error()
    {
        using var dir = new TempDir();
        dir.Write("article.md", Article);
        dir.Write("facts/acme.yaml", Acme);
        var result = Cli.RunWith(dir.Path, null, CacheIn(dir), "check", "--kb", "kb.fbkb", "--facts", "facts", "article.md");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("--kb replaces", result.Stderr);
    }

    private static Dictionary<string, string?> CacheIn(TempDir dir) => new() { ["FACTBASE_CACHE_DIR"] = Path.Combine(dir.Path, "cache") };
}
