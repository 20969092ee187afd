using System.Text.Json;

namespace FactBase.Cli.Tests;

/// <summary>Pull-request mode: <c>--changed-since REV</c> and <c>--diff FILE</c> report only added or changed lines.</summary>
public sealed class ChangedLinesTests
{
    private const string Dated = "---\ndate: 2025-03-07\n---\n";

    [Fact]
    public void ChangedSinceReportsOnlyAddedOrChangedLinesAndFollowsRenames()
    {
        using var repo = History(out var @base);

        var result = Cli.RunWith(repo.Path, null, GitRepo.Environment(), "check", "--format", "json", "--changed-since", @base, "content");
        Assert.True(result.ExitCode == 1, result.ToString());
        var files = Findings(result);
        // a.md: the inserted date (line 5) and the changed count (line 7); not the old NATA that moved to line 6.
        Assert.Equal(new[] { (5, "1948"), (7, "30") }, files["content/a.md"]);
        // The renamed file (with a space and a non-ASCII letter in its names): its added line only.
        Assert.Equal(new[] { (5, "1948") }, files["content/renamed é.md"]);
        // The untouched file is not checked at all; the deleted one is skipped.
        Assert.Equal(2, files.Count);

        // Without the option, the old misspelling is there too, and the renamed file's.
        var all = Findings(Cli.Run(repo.Path, "check", "--format", "json", "content"));
        Assert.Equal(new[] { (5, "1948"), (6, "NATA"), (7, "30") }, all["content/a.md"]);
        Assert.Equal(new[] { (4, "NATA"), (5, "1948") }, all["content/renamed é.md"]);

        // Every other format reports the same findings (here: the text report, and the exit code).
        var text = Cli.RunWith(repo.Path, null, GitRepo.Environment(), "check", "--changed-since", @base, "content/a.md", "content/b.md");
        Assert.Equal(1, text.ExitCode);
        Assert.Contains("content/a.md:5:18: error [date]", text.Stdout);
        Assert.DoesNotContain("NATA", text.Stdout);
        Assert.Contains("1 file(s) checked", text.Stdout);
    }

    [Fact]
    public void PathsAreMappedFromASubfolderOfTheRepository()
    {
        using var repo = History(out var @base);
        var content = Path.Combine(repo.Path, "content");
        var result = Cli.RunWith(content, null, GitRepo.Environment(), "check", "--format", "json", "--changed-since", @base, ".");
        Assert.True(result.ExitCode == 1, result.ToString());
        var files = Findings(result);
        Assert.Equal(new[] { (5, "1948"), (7, "30") }, files["./a.md"]);
        Assert.Equal(new[] { (5, "1948") }, files["./renamed é.md"]);
    }

    [Fact]
    public void TheExitCodeCountsOnlyReportedFindings()
    {
        using var repo = History(out _);
        // b.md has a misspelling on line 5; only its clean line 4 changes, and is not committed yet: the working tree counts.
        repo.Write("content/b.md", Dated + "NATO leaders met on Friday.\nMembers of the 75-year-old NATA agreed.\n");
        var result = Cli.RunWith(repo.Path, null, GitRepo.Environment(), "check", "--changed-since", "HEAD", "content");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("1 file(s) checked, ", result.Stdout);
        Assert.Contains(" 0 finding(s)", result.Stdout);

        // Without the option, the same file fails.
        Assert.Equal(1, Cli.RunWith(repo.Path, null, GitRepo.Environment(), "check", "content/b.md").ExitCode);
    }

    [Fact]
    public void DiffFromAFileOrStdinGivesTheSameAsGit()
    {
        using var repo = History(out var @base);
        var diff = repo.Git("diff", @base);
        File.WriteAllText(Path.Combine(repo.Path, "pr.diff"), diff);

        var fromGit = Findings(Cli.RunWith(repo.Path, null, GitRepo.Environment(), "check", "--format", "json", "--changed-since", @base, "content"));
        var fromFile = Cli.Run(repo.Path, "check", "--format", "json", "--diff", "pr.diff", "content");
        Assert.True(fromFile.ExitCode == 1, fromFile.ToString());
        Assert.Equal(fromGit, Findings(fromFile));
        var fromStdin = Cli.RunWith(repo.Path, diff, null, "check", "--format", "json", "--diff", "-", "content");
        Assert.Equal(fromGit, Findings(fromStdin));
    }

    [Fact]
    public void DiffWithoutGitPrefixesOrHistory()
    {
        using var dir = new TempDir();
        dir.Write("site/news.md", Dated + "Members of the 75-year-old NATA agreed.\nNATO, founded in 1948, met.\nNATO, with its 30 members, met.\n");
        // As `diff -u` writes it: no a/ b/ prefixes, a timestamp after a tab, CRLF line breaks, a context line.
        var diff = "--- site/news.md\t2025-03-06 10:00:00.000000000 +0100\r\n+++ site/news.md\t2025-03-07 10:00:00.000000000 +0100\r\n"
                   + "@@ -4,2 +4,2 @@\r\n Members of the 75-year-old NATA agreed.\r\n-NATO, founded in 1949, met.\r\n+NATO, founded in 1948, met.\r\n";
        dir.Write("change.diff", diff);
        var result = Cli.Run(dir.Path, "check", "--format", "json", "--diff", "change.diff", "site");
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(new[] { (5, "1948") }, Findings(result)["site/news.md"]);
    }

    [Fact]
    public void BadRevisionsDiffsAndCombinationsAreUsageErrors()
    {
        using var repo = History(out _);
        var badRevision = Cli.RunWith(repo.Path, null, GitRepo.Environment(), "check", "--changed-since", "no-such-branch", "content");
        Assert.Equal(2, badRevision.ExitCode);
        Assert.Contains("--changed-since: git diff no-such-branch failed", badRevision.Stderr);
        Assert.DoesNotContain("   at ", badRevision.Stderr);

        var option = Cli.RunWith(repo.Path, null, GitRepo.Environment(), "check", "--changed-since=--output=x", "content");
        Assert.Equal(2, option.ExitCode);
        Assert.Contains("is not a revision", option.Stderr);
        Assert.False(File.Exists(Path.Combine(repo.Path, "x")));

        using var notARepository = new TempDir();
        notARepository.CopySeed("a.md");
        var noGit = Cli.RunWith(notARepository.Path, null, GitRepo.Environment(), "check", "--changed-since", "HEAD", "a.md");
        Assert.Equal(2, noGit.ExitCode);
        Assert.Contains("--changed-since: git rev-parse --show-toplevel failed", noGit.Stderr);

        notARepository.Write("bad.diff", "--- a/a.md\n+++ b/a.md\n@@ nonsense @@\n+x\n");
        var badDiff = Cli.Run(notARepository.Path, "check", "--diff", "bad.diff", "a.md");
        Assert.Equal(2, badDiff.ExitCode);
        Assert.Contains("bad.diff: line 3: '@@ nonsense @@' is not a hunk header", badDiff.Stderr);

        var missing = Cli.Run(notARepository.Path, "check", "--diff", "missing.diff", "a.md");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("missing.diff: cannot read the diff", missing.Stderr);

        var both = Cli.RunWith(notARepository.Path, "x", null, "check", "--diff", "-", "-");
        Assert.Equal(2, both.ExitCode);
        Assert.Contains("both read stdin", both.Stderr);
    }

    /// <summary>
    /// Two commits: the base has a.md (a misspelling on line 5), b.md (the same), "old name.md" (a misspelling on
    /// line 4) and gone.md; the second inserts a wrong founding year into a.md, changes its count line, renames
    /// "old name.md" to "renamed é.md" adding a wrong year, and deletes gone.md.
    /// </summary>
    private static GitRepo History(out string @base)
    {
        var repo = new GitRepo();
        repo.Write("content/a.md", Dated + "NATO leaders met today.\nMembers of the 75-year-old NATA agreed.\nNATO has 32 members.\n");
        repo.Write("content/b.md", Dated + "NATO leaders met today.\nMembers of the 75-year-old NATA agreed.\n");
        repo.Write("content/old name.md", Dated + "Members of the 75-year-old NATA agreed.\nThe summit ended.\n");
        repo.Write("content/gone.md", Dated + "Members of the 75-year-old NATA agreed.\n");
        @base = repo.Commit("base");

        repo.Write("content/a.md", Dated + "NATO leaders met today.\nNATO, founded in 1948, met in Brussels.\nMembers of the 75-year-old NATA agreed.\nNATO, with its 30 members, met.\n");
        repo.Git("mv", "content/old name.md", "content/renamed é.md");
        repo.Write("content/renamed é.md", Dated + "Members of the 75-year-old NATA agreed.\nNATO, founded in 1948, met.\n");
        repo.Git("rm", "--quiet", "content/gone.md");
        repo.Commit("change");
        return repo;
    }

    /// <summary>The JSON report's findings as (line, text) by path.</summary>
    private static Dictionary<string, (int Line, string Text)[]> Findings(CliResult result)
    {
        using var json = JsonDocument.Parse(result.Stdout);
        return json.RootElement.GetProperty("files").EnumerateArray().ToDictionary(
            f => f.GetProperty("path").GetString()!,
            f => f.GetProperty("findings").EnumerateArray().Select(x => (x.GetProperty("line").GetInt32(), x.GetProperty("text").GetString()!)).ToArray());
    }
}
