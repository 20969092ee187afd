namespace FactBase.Cli.Tests;

/// <summary><c>--shard auto</c>: each worker of a Kubernetes Indexed Job takes its part from <c>JOB_COMPLETION_INDEX</c>.</summary>
public sealed class ShardAutoTests
{
    [Fact]
    public async Task FourWorkersTogetherReportWhatOneRunDoes()
    {
        using var dir = new TempDir();
        for (var i = 0; i < 40; i++)
        {
            var claim = (i % 4) switch
            {
                0 => "Members of the 75-year-old NATA agreed.",
                1 => "NATO, founded in 1948, met in Brussels.",
                2 => "NATO, with its 30 members, met.",
                _ => "NATO has 32 members.",
            };
            dir.Write($"archive/{2000 + (i % 7)}/story-{i:D3}.md", $"---\ndate: 2025-03-07\n---\nNATO leaders met today.\n{claim}\n");
        }

        var one = Lines(Cli.Run(dir.Path, "check", "--format", "jsonl", "archive"));
        Assert.Equal(40, one.Count);

        // Four processes at once, as the pods of an Indexed Job with completions: 4 run them; the count given either way.
        var workers = Enumerable.Range(0, 4).Select(index => Task.Run(() => Cli.RunWith(dir.Path, null,
            new Dictionary<string, string?> { ["JOB_COMPLETION_INDEX"] = index.ToString(), ["FACTBASE_SHARD_COUNT"] = index % 2 == 0 ? "4" : null },
            index % 2 == 0
                ? new[] { "check", "--shard", "auto", "--report", $"jsonl=out/part-{index}.jsonl", "archive" }
                : new[] { "check", "--shard", "auto", "--shard-count", "4", "--report", $"jsonl=out/part-{index}.jsonl", "archive" }))).ToArray();
        var results = await Task.WhenAll(workers);
        Assert.All(results, r => Assert.True(r.ExitCode == 1, r.ToString()));

        var parts = Enumerable.Range(0, 4).Select(k => File.ReadAllLines(Path.Combine(dir.Path, "out", $"part-{k}.jsonl")).ToList()).ToList();
        Assert.All(parts, p => Assert.NotEmpty(p));
        // Merged as the README does (cat out/part-*.jsonl): the same lines as one run, each once.
        Assert.Equal(one.Order(StringComparer.Ordinal), parts.SelectMany(p => p).Order(StringComparer.Ordinal));

        // The same parts as --shard K/N.
        for (var k = 0; k < 4; k++)
        {
            Assert.Equal(parts[k], Lines(Cli.Run(dir.Path, "check", "--format", "jsonl", "--shard", $"{k + 1}/4", "archive")));
        }
    }

    [Fact]
    public void MissingOrInconsistentValuesAreUsageErrors()
    {
        using var dir = new TempDir();
        dir.CopySeed("a.md");
        var noIndex = Cli.RunWith(dir.Path, null, new Dictionary<string, string?> { ["JOB_COMPLETION_INDEX"] = null }, "check", "--shard", "auto", "--shard-count", "4", "a.md");
        Assert.Equal(2, noIndex.ExitCode);
        Assert.Contains("--shard auto: JOB_COMPLETION_INDEX is not set", noIndex.Stderr);

        var noCount = Cli.RunWith(dir.Path, null, new Dictionary<string, string?> { ["JOB_COMPLETION_INDEX"] = "0", ["FACTBASE_SHARD_COUNT"] = null }, "check", "--shard", "auto", "a.md");
        Assert.Equal(2, noCount.ExitCode);
        Assert.Contains("Give --shard-count N (the Job's completions) or set FACTBASE_SHARD_COUNT", noCount.Stderr);

        var tooHigh = Cli.RunWith(dir.Path, null, new Dictionary<string, string?> { ["JOB_COMPLETION_INDEX"] = "4" }, "check", "--shard", "auto", "--shard-count", "4", "a.md");
        Assert.Equal(2, tooHigh.ExitCode);
        Assert.Contains("JOB_COMPLETION_INDEX=4 is not below the count 4", tooHigh.Stderr);

        var countWithExplicit = Cli.Run(dir.Path, "check", "--shard", "1/2", "--shard-count", "4", "a.md");
        Assert.Equal(2, countWithExplicit.ExitCode);
        Assert.Contains("--shard-count goes with --shard auto", countWithExplicit.Stderr);
    }

    private static List<string> Lines(CliResult result) => result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
}
