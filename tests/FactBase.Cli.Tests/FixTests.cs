using System.Text;
using FactBase.Cli.Fixing;
using FactBase.Cli.Inputs;
using FactBase.Documents;

namespace FactBase.Cli.Tests;

/// <summary><c>--fix</c> and <c>--fix --dry-run</c>.</summary>
public sealed class FixTests
{
    private static readonly byte[] Bom = { 0xEF, 0xBB, 0xBF };

    [Fact]
    public void Fix_changes_exactly_Nata_to_Nato_keeping_CRLF_and_BOM()
    {
        using var dir = new TempDir();
        var text = File.ReadAllText(Cli.SeedPath).Replace("\r\n", "\n").Replace("\n", "\r\n");
        var original = Bom.Concat(Encoding.UTF8.GetBytes(text)).ToArray();
        var path = dir.Write("crlf-bom.txt", original);

        var result = Cli.Run(dir.Path, "check", "--fix", "crlf-bom.txt");
        Assert.True(result.ExitCode == 0, result.ToString()); // the only error was fixed
        Assert.Contains("fixed 1 finding(s) in 1 file(s)", result.Stderr);

        var after = File.ReadAllBytes(path);
        var expected = Bom.Concat(Encoding.UTF8.GetBytes(text.Replace("NATA", "NATO"))).ToArray();
        Assert.Equal(expected, after);
        Assert.Equal(original.Length, after.Length);
        var differing = Enumerable.Range(0, after.Length).Where(i => after[i] != original[i]).ToList();
        Assert.Equal((byte)'A', original[Assert.Single(differing)]);
        Assert.True(after.AsSpan(0, 3).SequenceEqual(Bom));
        Assert.Equal(text.Split("\r\n").Length, Encoding.UTF8.GetString(after, 3, after.Length - 3).Split("\r\n").Length);
        Assert.Empty(Directory.GetFiles(dir.Path, "*.tmp", SearchOption.AllDirectories)); // no temp file left behind

        var again = Cli.Run(dir.Path, "check", "crlf-bom.txt");
        Assert.True(again.ExitCode == 0, again.ToString());
    }

    [Fact]
    public void Dry_run_prints_a_unified_diff_and_writes_nothing()
    {
        using var dir = new TempDir();
        var path = dir.CopySeed("seed.txt");
        var before = File.ReadAllBytes(path);
        var result = Cli.Run(dir.Path, "check", "--fix", "--dry-run", "seed.txt");
        Assert.Equal(before, File.ReadAllBytes(path));
        var lines = result.Stdout.Split('\n');
        Assert.Equal("--- a/seed.txt", lines[0]);
        Assert.Equal("+++ b/seed.txt", lines[1]);
        Assert.Matches(@"^@@ -1,\d+ \+1,\d+ @@$", lines[2]);
        var removed = Assert.Single(lines, l => l.StartsWith('-') && !l.StartsWith("---"));
        var added = Assert.Single(lines, l => l.StartsWith('+') && !l.StartsWith("+++"));
        Assert.Contains("75-year-old NATA to", removed);
        Assert.Equal(removed.Substring(1).Replace("NATA", "NATO"), added.Substring(1));
        Assert.Contains("would fix 1 finding(s)", result.Stderr);
    }

    [Fact]
    public void Fix_applies_only_unambiguous_prose_edits()
    {
        using var dir = new TempDir();
        var path = dir.Write("mixed.md", string.Join("\n",
            "---",
            "date: 2025-03-07",
            "---",
            "Finland, a member of NATO since 1952, met. NATO has 30 members. NATO was founded in 1948.",
            "",
            "NATO Secretary General Jens Stoltenberg spoke. The 74-year-old NATO met.",
            "",
            "```",
            "The NATA has 30 members.",
            "```",
            ""));
        var result = Cli.Run(dir.Path, "check", "--fix", "mixed.md");
        var after = File.ReadAllText(path);

        // Number for number; the person named in an office is never swapped for its holder:
        Assert.Contains("NATO has 32 members.", after);
        Assert.Contains("founded in 1949.", after);
        Assert.Contains("NATO Secretary General Jens Stoltenberg spoke.", after);

        // A wrong "since" date and a wrong age: the findings point at the value itself, so it is what changes.
        Assert.Contains("Finland, a member of NATO since 2023, met.", after);
        Assert.Contains("The 75-year-old NATO met.", after);

        // Code is never prose:
        Assert.Contains("The NATA has 30 members.", after);
        Assert.Equal(1, result.ExitCode); // the role error is left for the editor
    }

    [Fact]
    public void Fix_refuses_a_file_that_changed_since_it_was_read()
    {
        using var dir = new TempDir();
        var path = dir.CopySeed("seed.txt");
        var source = SourceFile.Read(path, keepBytes: true);
        var document = DocumentReader.Read(source.Text, DocumentFormat.PlainText);
        var start = source.Text.IndexOf("NATA", StringComparison.Ordinal);
        var finding = new FactBase.Checking.Findings.Finding("entity-name", FactBase.Checking.Findings.Verdict.Misspelled, FactBase.Checking.Findings.Severity.Error, new FactBase.Text.TextSpan(start, 4), 3, 309, 3, 313, "NATA", "m", "NATO", "NATO", "nato", null, Array.Empty<string>(), null);
        var edits = FixPlanner.Plan(document, new[] { finding });
        Assert.Single(edits);

        File.AppendAllText(path, "An editor saved this line meanwhile.\n");
        var problem = FileFixer.Write(path, source, edits);
        Assert.Contains("changed since it was read", problem);
        Assert.EndsWith("An editor saved this line meanwhile.\n", File.ReadAllText(path));
        Assert.Contains("NATA", File.ReadAllText(path));
    }
}
