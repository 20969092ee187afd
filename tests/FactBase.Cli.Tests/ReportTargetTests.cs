using System.Text.Json;
using FactBase.Cli.Formatters;

namespace FactBase.Cli.Tests;

/// <summary><c>--report FORMAT[=FILE]</c>: every report from one check.</summary>
public sealed class ReportTargetTests
{
    private const string SeedPath = "seeds/000_d7d27435de85b353.txt";

    [Fact]
    public void OneCheckWritesEveryReport()
    {
        using var dir = new TempDir();
        dir.CopySeed("content/seed.txt");
        // Invalid UTF-8: its warning is printed once, so the file was read (and checked) once.
        dir.Write("content/latin1.txt", new byte[] { (byte)'d', (byte)'a', (byte)'t', (byte)'e', (byte)' ', (byte)'2', (byte)'0', (byte)'2', (byte)'5', (byte)'-', (byte)'0', (byte)'3', (byte)'-', (byte)'0', (byte)'7', (byte)'\n', (byte)'C', (byte)'a', (byte)'f', 0xE9, (byte)'\n' });
        var summary = Path.Combine(dir.Path, "summary.md");
        var result = Cli.RunWith(dir.Path, null, new Dictionary<string, string?> { ["GITHUB_STEP_SUMMARY"] = summary }, "check",
            "--report", "sarif=out/factbase.sarif", "--report", "github", "--report", "json=out/factbase.json", "--report", "markdown=out/summary.md", "--report", "html=out/report.html", "content");
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Single(result.Stderr.Split('\n'), l => l.Contains("content/latin1.txt: warning:", StringComparison.Ordinal));

        // stdout: the annotations only.
        var annotation = Assert.Single(result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("::error file=content/seed.txt,line=3,col=309,", annotation);
        Assert.Contains("| `content/seed.txt` | 3 | FB1006 entity-name |", File.ReadAllText(summary));

        using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir.Path, "out", "factbase.sarif")));
        var sarifResult = Assert.Single(sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
        Assert.Equal("FB1006", sarifResult.GetProperty("ruleId").GetString());
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir.Path, "out", "factbase.json")));
        Assert.Equal(2, json.RootElement.GetProperty("summary").GetProperty("files").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("findings").GetInt32());
        Assert.Equal(File.ReadAllText(summary), File.ReadAllText(Path.Combine(dir.Path, "out", "summary.md")));
        Assert.Matches("<mark id=\"m2-1\" class=\"claim m-misspelled\" [^>]*>NATA</mark>", File.ReadAllText(Path.Combine(dir.Path, "out", "report.html")));
    }

    [Fact]
    public void FormatAndOutputAreOneMoreReport()
    {
        using var dir = new TempDir();
        var result = Cli.Run(Cli.RepositoryRoot, "check", "--format", "json", "--report", $"github={Path.Combine(dir.Path, "a.txt")}", "-o", Path.Combine(dir.Path, "r.json"), SeedPath);
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(string.Empty, result.Stdout);
        Assert.StartsWith("::error ", File.ReadAllText(Path.Combine(dir.Path, "a.txt")));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir.Path, "r.json")));
        Assert.Equal(1, json.RootElement.GetProperty("version").GetInt32());

        // --report alone: no text report besides it; --report FORMAT=- is stdout.
        var only = Cli.Run(Cli.RepositoryRoot, "check", "--report", "msbuild=-", SeedPath);
        Assert.StartsWith($"{SeedPath}(3,309,3,313): error FB1006:", only.Stdout);
        Assert.DoesNotContain("file(s) checked", only.Stdout);
    }

    [Fact]
    public void ReportsThatCannotBeWrittenAreUsageErrors()
    {
        using var dir = new TempDir();
        var twoOnStdout = Cli.Run(Cli.RepositoryRoot, "check", "--report", "github", "--format", "json", SeedPath);
        Assert.Equal(2, twoOnStdout.ExitCode);
        Assert.Contains("only one report can go to stdout, and github and json would", twoOnStdout.Stderr);

        var unknown = Cli.Run(Cli.RepositoryRoot, "check", "--report", "pdf=x.pdf", SeedPath);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("--report 'pdf=x.pdf': 'pdf' is not a format", unknown.Stderr);

        var same = Path.Combine(dir.Path, "r.txt");
        var twice = Cli.Run(Cli.RepositoryRoot, "check", "--report", $"json={same}", "--report", $"sarif={same}", SeedPath);
        Assert.Equal(2, twice.ExitCode);
        Assert.Contains("two reports would write to", twice.Stderr);
        Assert.False(File.Exists(same));

        // A folder that cannot be made (a file is in the way): that report fails (exit 2), the others are still written.
        var good = Path.Combine(dir.Path, "good.sarif");
        dir.Write("a-file", "x");
        var partly = Cli.Run(Cli.RepositoryRoot, "check", "--report", $"json={Path.Combine(dir.Path, "a-file", "r.json")}", "--report", $"sarif={good}", SeedPath);
        Assert.Equal(2, partly.ExitCode);
        Assert.Contains("error: cannot write the json report", partly.Stderr);
        Assert.DoesNotContain("   at ", partly.Stderr);
        Assert.True(File.Exists(good));
    }

    [Fact]
    public void MarkdownCellsKeepArticleTextAsText()
    {
        Assert.Equal("a \\| b &lt;img src=x&gt; \\[l\\]\\(u\\) \\!x \\`c\\` &amp; d e", GithubFormatter.Cell("a | b <img src=x> [l](u) !x `c` & d\ne"));
    }
}
