namespace FactBase.Cli.Tests;

/// <summary>Exit codes, exactly as the brief fixes them: 0 no errors, 1 findings at error severity, 2 usage/I/O/fact-file errors.</summary>
public sealed class ExitCodeTests
{
    [Fact]
    public void Clean_file_exits_zero()
    {
        using var dir = new TempDir();
        dir.Write("clean.md", "---\ndate: 2025-03-07\n---\n# Alliance\n\nNATO was founded in 1949. Mark Rutte leads NATO.\n");
        var result = Cli.Run(dir.Path, "check", "clean.md");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("0 finding(s)", result.Stdout);
    }

    [Fact]
    public void Seed_exits_one_and_reports_Nata()
    {
        var result = Cli.Run(Cli.RepositoryRoot, "check", "seeds/");
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("seeds/000_d7d27435de85b353.txt:3:309: error [entity-name] 'NATA'", result.Stdout);
    }

    [Fact]
    public void Missing_file_exits_two()
    {
        using var dir = new TempDir();
        var result = Cli.Run(dir.Path, "check", "no-such-article.md");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("no-such-article.md: error: no such file or folder", result.Stderr);
    }

    [Fact]
    public void Broken_fact_file_exits_two_with_located_diagnostic()
    {
        using var dir = new TempDir();
        dir.Write("facts/broken.yaml", "id: acme\ntype: organization\nname: Acme\nfacts:\n  founded: 1949-13-45\n");
        dir.CopySeed("seed.txt");
        var result = Cli.Run(dir.Path, "check", "--facts", "facts", "seed.txt");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Matches(@"broken\.yaml\(\d+,\d+\): error FB0\d{3}: ", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr); // never a stack trace
    }

    [Fact]
    public void Bad_option_values_exit_two()
    {
        using var dir = new TempDir();
        dir.CopySeed("seed.txt");
        Assert.Equal(2, Cli.Run(dir.Path, "check", "--as-of", "2025-02-30", "seed.txt").ExitCode);
        Assert.Equal(2, Cli.Run(dir.Path, "check", "--format", "yaml", "seed.txt").ExitCode);
        Assert.Equal(2, Cli.Run(dir.Path, "check", "--severity", "nonsense=error", "seed.txt").ExitCode);
        Assert.Equal(2, Cli.Run(dir.Path, "check", "--shard", "0/2", "seed.txt").ExitCode);
        Assert.Equal(2, Cli.Run(dir.Path, "check").ExitCode); // no PATH and no config
    }

    [Fact]
    public void Severity_option_decides_what_fails()
    {
        using var dir = new TempDir();
        dir.CopySeed("seed.txt");

        var warning = Cli.Run(dir.Path, "check", "--severity", "entity-name=warning", "seed.txt");
        Assert.True(warning.ExitCode == 0, warning.ToString());
        Assert.Contains("warning [entity-name]", warning.Stdout);

        var off = Cli.Run(dir.Path, "check", "--severity", "FB1006=off", "--format", "json", "seed.txt");
        Assert.True(off.ExitCode == 0, off.ToString());
        Assert.Contains("\"findings\": []", off.Stdout);

        var error = Cli.Run(dir.Path, "check", "--severity", "entity-name=error", "seed.txt");
        Assert.Equal(1, error.ExitCode);
    }

    [Fact]
    public void Lint_still_validates_fact_files()
    {
        var result = Cli.Run(Cli.RepositoryRoot, "lint", "facts");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(": 0 errors, ", result.Stdout);
    }
}
