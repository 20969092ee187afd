using System.Text.Json;
using FactBase.Checking;
using FactBase.Checking.Findings;
using FactBase.Cli.Fixing;
using FactBase.Documents;
using FactBase.Model;

namespace FactBase.Cli.Tests;

/// <summary><c>--fix</c> changes only a claim's own value, never the person, and what it writes checks clean.</summary>
public sealed class FixRecheckTests
{
    /// <summary>One wrong claim of every rule and verdict the starter facts can produce.</summary>
    private static readonly string EveryRule = string.Join("\n",
        "---",
        "date: 2025-03-07",
        "---",
        "British Prime Minister Boris Johnson said the lockdown would end.",
        "",
        "NATO Secretary General Boris Johnson opened the summit.",
        "",
        "The 74-year-old NATA met in Washington.",
        "",
        "NATO was founded in 1948.",
        "",
        "Finland joined NATO in 2022.",
        "",
        "Finland, a member of NATO since 2022, hosted the meeting.",
        "",
        "Ukraine, a NATO member, asked for help.",
        "",
        "The United Kingdom left the European Union; the UK, an EU member, objected.",
        "",
        "NATO has 30 members.",
        "",
        "NATO has 31 members.",
        "",
        "Estonia became NATO's 30th member.",
        "",
        "Donald Trump, 80, spoke on Monday.",
        "");

    [Fact]
    public void Every_rule_and_verdict_through_fix_rechecks_clean_and_never_replaces_a_person()
    {
        using var dir = new TempDir();
        var path = dir.Write("every-rule.md", EveryRule);
        var before = Findings(Cli.Run(dir.Path, "check", "--format", "json", "every-rule.md"));
        var kinds = before.Select(f => (f.Rule, f.Verdict)).ToHashSet();
        foreach (var expected in new[]
        {
            ("role", "outdated"), ("role", "contradicted"), ("age", "contradicted"), ("entity-name", "misspelled"),
            ("date", "contradicted"), ("membership", "contradicted"), ("membership", "outdated"),
            ("count", "contradicted"), ("count", "outdated"),
        })
        {
            Assert.Contains(expected, kinds);
        }

        var dryRun = Cli.Run(dir.Path, "check", "--fix", "--dry-run", "every-rule.md");
        Assert.Equal(EveryRule, File.ReadAllText(path));
        var fix = Cli.Run(dir.Path, "check", "--fix", "every-rule.md");
        var after = Findings(Cli.Run(dir.Path, "check", "--format", "json", "every-rule.md"));
        var text = File.ReadAllText(path);

        // What the fixed file still has was there before: the fix raised nothing new.
        foreach (var finding in after)
        {
            Assert.Contains(finding, before);
        }

        // Values were fixed; people were not swapped.
        Assert.Contains("The 75-year-old NATO met", text);
        Assert.Contains("NATO was founded in 1949.", text);
        Assert.Contains("NATO has 32 members.", text);
        Assert.Contains("Donald Trump, 78, spoke", text);
        Assert.Contains("British Prime Minister Boris Johnson said", text);
        Assert.Contains("NATO Secretary General Boris Johnson opened", text);
        Assert.DoesNotContain("Starmer", text);
        Assert.DoesNotContain("Rutte", text);
        Assert.All(before.Where(f => f.Rule == "role"), f => Assert.Contains(f, after));

        // The dry run exits as the real run leaves the file: role errors remain, so 1.
        Assert.Equal(1, dryRun.ExitCode);
        Assert.Equal(dryRun.ExitCode, fix.ExitCode);
        Assert.Equal(1, Cli.Run(dir.Path, "check", "every-rule.md").ExitCode);
    }

    [Theory]
    [InlineData("British Prime Minister Boris Johnson said the lockdown would end.", "Keir Starmer")]
    [InlineData("In November 2024, US President Donald Trump, 78, won the election.", "Joe Biden")]
    public void A_role_finding_is_never_fixed_by_swapping_the_person(string sentence, string holder)
    {
        using var dir = new TempDir();
        var article = $"---\ndate: 2025-03-07\n---\n{sentence}\n";
        var path = dir.Write("role.md", article);

        var dryRun = Cli.Run(dir.Path, "check", "--fix", "--dry-run", "role.md");
        Assert.Equal(1, dryRun.ExitCode);
        Assert.DoesNotContain(holder, dryRun.Stdout.Split('\n').Where(l => l.StartsWith('+')));

        var fix = Cli.Run(dir.Path, "check", "--fix", "role.md");
        Assert.Equal(1, fix.ExitCode);
        Assert.Equal(article, File.ReadAllText(path));
        Assert.Contains(holder, fix.Stdout); // still offered in the message, for the editor to decide
    }

    [Fact]
    public void A_fix_that_raises_a_new_finding_is_undone_and_the_others_kept()
    {
        var text = "---\ndate: 2025-03-07\n---\nNATO has 30 members. NATO was founded in 1948.\n";
        var document = DocumentReader.Read(text, DocumentFormat.Markdown);
        var checker = new FactChecker(BuiltInFacts.KnowledgeBase);
        var asOf = FactDate.Parse("2025-03-07");
        var before = checker.Check(document, asOf).Findings;
        var count = Assert.Single(before, f => f.Rule == "count");
        var founded = Assert.Single(before, f => f.Rule == "date");

        // A wrong replacement (31 is not NATO's count either) must not reach the file; the right one does.
        var bad = new FixEdit(count, count.Span.Start, count.Span.Length, "31");
        var good = new FixEdit(founded, founded.Span.Start, founded.Span.Length, "1949");
        var outcome = FixVerifier.Verify(document, DocumentFormat.Markdown, before, new[] { bad, good }, d => checker.Check(d, asOf));

        Assert.Same(good, Assert.Single(outcome.Applied));
        var refused = Assert.Single(outcome.Refused);
        Assert.Same(bad, refused.Edit);
        Assert.Equal("count", refused.Raised.Rule);
        Assert.Equal("31", refused.Raised.Text);
        Assert.Contains("NATO was founded in 1949.", outcome.Fixed!.Original);
        Assert.Contains("NATO has 30 members.", outcome.Fixed.Original);
    }

    private static List<(string Rule, string Verdict, int Line, string Text)> Findings(CliResult result)
    {
        using var json = JsonDocument.Parse(result.Stdout);
        return json.RootElement.GetProperty("files")[0].GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("rule").GetString()!, f.GetProperty("verdict").GetString()!, f.GetProperty("line").GetInt32(), f.GetProperty("text").GetString()!))
            .ToList();
    }
}
