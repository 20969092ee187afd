using System.Text.Json;

namespace FactBase.Cli.Tests;

/// <summary>Folders, globs, stdin, shards and the config file.</summary>
public sealed class InputTests
{
    [Fact]
    public void Shards_partition_the_files()
    {
        using var dir = new TempDir();
        for (var i = 0; i < 24; i++)
        {
            dir.Write($"content/{(char)('a' + (i % 3))}/article-{i:D2}.md", $"---\ndate: 2025-03-07\n---\nArticle {i} about NATO.\n");
        }

        var all = Paths(Cli.Run(dir.Path, "check", "--format", "jsonl", "content"));
        Assert.Equal(24, all.Count);

        var shards = Enumerable.Range(1, 3).Select(k => Paths(Cli.Run(dir.Path, "check", "--format", "jsonl", "--shard", $"{k}/3", "content"))).ToList();
        Assert.Equal(all.OrderBy(p => p, StringComparer.Ordinal), shards.SelectMany(s => s).OrderBy(p => p, StringComparer.Ordinal)); // union = all, no duplicates
        Assert.All(shards, s => Assert.NotEmpty(s));
        for (var a = 0; a < shards.Count; a++)
        {
            for (var b = a + 1; b < shards.Count; b++)
            {
                Assert.Empty(shards[a].Intersect(shards[b]));
            }
        }

        // Stable: the same split from a glob, and when the shard is computed again.
        Assert.Equal(shards[1], Paths(Cli.Run(dir.Path, "check", "--format", "jsonl", "--shard", "2/3", "content")));
        Assert.Equal(shards[1].OrderBy(p => p, StringComparer.Ordinal), Paths(Cli.Run(dir.Path, "check", "--format", "jsonl", "--shard", "2/3", "content/**/*.md")).OrderBy(p => p, StringComparer.Ordinal));
    }

    [Fact]
    public void Globs_are_expanded_by_the_tool()
    {
        using var dir = new TempDir();
        dir.CopySeed("content/news/a.md");
        dir.Write("content/news/b.txt", "date 2025-03-07\nNATO.\n");
        dir.Write("content/img/c.png", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0 });
        var result = Cli.Run(dir.Path, "check", "--format", "jsonl", "content/**/*.md");
        Assert.Equal(new[] { "content/news/a.md" }, Paths(result));
        Assert.Equal(1, result.ExitCode);

        var everything = Cli.Run(dir.Path, "check", "--format", "jsonl", "content/**");
        Assert.Equal(new[] { "content/news/a.md", "content/news/b.txt" }, Paths(everything)); // articles only, not images

        var none = Cli.Run(dir.Path, "check", "content/**/*.html");
        Assert.Equal(2, none.ExitCode);
        Assert.Contains("no files match", none.Stderr);
    }

    [Fact]
    public void Stdin_is_read_with_dash()
    {
        using var dir = new TempDir();
        var result = Cli.RunWith(dir.Path, File.ReadAllText(Cli.SeedPath), null, "check", "--format", "json", "-");
        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var file = json.RootElement.GetProperty("files")[0];
        Assert.Equal("-", file.GetProperty("path").GetString());
        Assert.Equal("NATA", file.GetProperty("findings")[0].GetProperty("text").GetString());
    }

    [Fact]
    public void Config_gives_include_exclude_severities_facts_and_as_of()
    {
        using var dir = new TempDir();
        dir.CopySeed("content/a.md");
        dir.CopySeed("content/drafts/b.md");
        dir.Write("content/c.md", "Acme Widgets was founded in 1990.\n");
        dir.Write("myfacts/acme.yaml", "id: acme\ntype: organization\nname: Acme Widgets\nfacts:\n  founded: 1991\n");
        dir.Write(".factbase.yaml", """
            # checked by `factbase check` with no PATH
            include: ["content/**/*.md"]
            exclude: ["content/drafts/**"]
            facts: [myfacts]
            as-of: 2024-06-01
            severity:
              entity-name: warning
            """);
        Directory.CreateDirectory(Path.Combine(dir.Path, "sub"));

        // Found by walking up from the working directory; paths stay relative to it.
        var result = Cli.Run(Path.Combine(dir.Path, "sub"), "check", "--format", "json");
        Assert.True(result.ExitCode == 1, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var files = json.RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(new[] { "../content/a.md", "../content/c.md" }, files.Select(f => f.GetProperty("path").GetString()));
        Assert.Equal("warning", files[0].GetProperty("findings")[0].GetProperty("severity").GetString());
        Assert.Equal("config", files[1].GetProperty("asOfSource").GetString());
        Assert.Equal("2024-06-01", files[1].GetProperty("asOf").GetString());
        var acme = Assert.Single(files[1].GetProperty("findings").EnumerateArray());
        Assert.Equal("date", acme.GetProperty("rule").GetString());
        Assert.Equal("acme", acme.GetProperty("entity").GetString());

        // The command line wins over the config.
        var strict = Cli.Run(dir.Path, "check", "--severity", "entity-name=error", "--severity", "date=off", "content/a.md", "content/c.md");
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("error [entity-name]", strict.Stdout);
        Assert.DoesNotContain("[date]", strict.Stdout);
    }

    [Fact]
    public void Bad_config_is_a_located_error_and_exits_two()
    {
        using var dir = new TempDir();
        dir.CopySeed("a.md");
        dir.Write(".factbase.yaml", "include: [\"*.md\"]\nseverity:\n  entity-name: loud\n");
        var result = Cli.Run(dir.Path, "check", "a.md");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(".factbase.yaml(3,16): error: severity 'loud' of entity-name is not error, warning or off", result.Stderr);

        dir.Write(".factbase.yaml", "includes: []\n");
        var unknown = Cli.Run(dir.Path, "check", "a.md");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains(".factbase.yaml(1,1): error: unknown setting 'includes'", unknown.Stderr);

        dir.Write(".factbase.yaml", "include: [\n");
        var malformed = Cli.Run(dir.Path, "check", "a.md");
        Assert.Equal(2, malformed.ExitCode);
        Assert.Matches(@"\.factbase\.yaml\(\d+,\d+\): error: malformed YAML", malformed.Stderr);

        Assert.Equal(1, Cli.Run(dir.Path, "check", "--no-config", "a.md").ExitCode);
    }

    private static List<string> Paths(CliResult result)
        => result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line =>
            {
                using var json = JsonDocument.Parse(line);
                return json.RootElement.GetProperty("path").GetString()!;
            })
            .ToList();
}
