using System.Text.RegularExpressions;

namespace FactBase.Cli.Tests;

/// <summary>
/// What an editor sees, on the fixtures of <c>Fixtures/editor-note/</c> (their README says how to print them): the seed
/// and an article with a finding of every rule, each with its message, evidence line and source; lint on a folder with
/// one mistake of each kind; a config with several mistakes.
/// </summary>
public sealed class EditorNoteTests
{
    private static readonly string Folder = Path.Combine(Cli.RepositoryRoot, "tests", "FactBase.Cli.Tests", "Fixtures", "editor-note");

    [Fact]
    public void The_article_has_one_finding_of_every_rule_each_with_its_evidence_and_source()
    {
        var result = Cli.Run(Folder, "check", "every-rule.md");
        Assert.True(result.ExitCode == 1, result.ToString());
        var findings = Findings(result.Stdout);
        Assert.Equal(new[] { "age", "date", "role", "membership", "count", "entity-name" }, findings.Select(f => f.Rule));
        foreach (var (_, message, block) in findings)
        {
            Assert.Matches(@"\n    note: checked against .+, built-in fact factbase:facts/[a-z/-]+\.yaml:\d+\n", block);
            Assert.Matches(@"\n    note: source: https://", block);
            Assert.DoesNotMatch(@"\d{4}-\d\d-\d\d", message); // dates read as editors write them by default
        }

        Assert.Contains("[role] Boris Johnson is no longer Prime Minister of the United Kingdom; Keir Starmer has been since 5 July 2024", result.Stdout);
        Assert.Contains("[count] NATO has 32 members on 7 March 2025, not 30", result.Stdout);
        Assert.Contains("[age] NATO is 75 on 7 March 2025 (founded on 4 April 1949), not 74", result.Stdout);
        Assert.Contains("\n    The 74-year-old NATO met on Friday. The alliance, founded in...\n", result.Stdout); // cut between words
    }

    [Fact]
    public void Sarif_marks_built_in_facts_as_built_in_never_as_a_path_of_the_repository()
    {
        var result = Cli.Run(Folder, "check", "--format", "sarif", "every-rule.md");
        using var sarif = System.Text.Json.JsonDocument.Parse(result.Stdout);
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(6, results.Count);
        foreach (var finding in results)
        {
            var related = finding.GetProperty("relatedLocations")[0];
            var artifact = related.GetProperty("physicalLocation").GetProperty("artifactLocation");
            Assert.StartsWith("factbase:facts/", artifact.GetProperty("uri").GetString());
            Assert.False(artifact.TryGetProperty("uriBaseId", out _));
            Assert.Contains("(source: https://", related.GetProperty("message").GetProperty("text").GetString());
        }
    }

    [Fact]
    public void The_same_article_with_iso_dates()
    {
        var result = Cli.Run(Folder, "check", "--date-style", "iso", "every-rule.md");
        Assert.Contains("[age] NATO is 75 on 2025-03-07 (founded on 1949-04-04), not 74", result.Stdout);
    }

    [Fact]
    public void The_seed_names_the_misspelling_once_with_its_evidence()
    {
        var result = Cli.Run(Cli.RepositoryRoot, "check", "seeds/");
        var finding = Assert.Single(Findings(result.Stdout));
        Assert.Equal("'NATA' looks like a misspelling of 'NATO'", finding.Message);
        Assert.Contains("note: checked against the name of nato, built-in fact factbase:facts/organizations/nato.yaml:2", finding.Block);
    }

    [Fact]
    public void Lint_explains_one_mistake_of_each_kind_in_file_and_line_order()
    {
        var result = Cli.Run(Folder, "lint", "lint");
        Assert.True(result.ExitCode == 2, result.ToString());
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        string[] expected =
        {
            "lint/indent.yaml(6,4): error FB0001: malformed YAML: this line is indented more than line 5, whose key already has a value",
            "lint/mistakes.yaml(3,37): warning FB0017: 'director' is listed twice in the titles of 'director'",
            "lint/mistakes.yaml(8,1): error FB0002: unknown key 'adjectivs' in an entity; did you mean 'adjectives'?",
            "lint/mistakes.yaml(11,9): error FB0005: 'died' of 'ada-quill': 2020-11-31 does not exist: November has 30 days",
            "lint/mistakes.yaml(12,20): error FB0016: 'united-kingdom' in 'prime_minister' of 'ada-quill' is a country, but 'prime_minister' (kind: office) takes a person",
            "lint/mistakes.yaml(18,13): error FB0004: '1990' in the list of 'founded' is not a period: write a single value without brackets ('founded: 1990')",
            "lint/mistakes.yaml(20,13): error FB0016: 'ada-quill' in 'members' of 'orrin-museum' is a person, but 'members' (kind: members) takes a country or an organization",
            "lint/mistakes.yaml(20,47): error FB0007: 'frnace' in 'members' of 'orrin-museum' is not the id of any entity; did you mean 'france'?",
            "lint/mistakes.yaml(21,22): warning FB0011: property 'sekretary_general' of 'orrin-museum' is not declared",
            "lint/tab.yaml(5,1): error FB0001: malformed YAML: this line is indented with a tab; YAML indents with spaces only",
            "2 entities and 1 property of yours (+ ",
        };
        Assert.Equal(expected.Length, lines.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.StartsWith(expected[i], lines[i].Replace('\\', '/'));
        }

        // The number of built-in entities grows with the starter facts; the summary's shape and the user's counts do not.
        Assert.Matches(@"^2 entities and 1 property of yours \(\+ \d+ entities, 15 properties built in\), 0/0 examples as expected: 8 errors, 2 warnings", lines[^1]);

        Assert.DoesNotContain("While scanning", result.Stdout);
        Assert.DoesNotContain("While parsing", result.Stdout);
    }

    [Fact]
    public void Every_config_error_is_reported_at_once()
    {
        var result = Cli.Run(Path.Combine(Folder, "config"), "check", "../every-rule.md");
        Assert.True(result.ExitCode == 2, result.ToString());
        var errors = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => Regex.Replace(l.Trim(), @"^.*\.factbase\.yaml", ".factbase.yaml")).ToList();
        Assert.Equal(
            new[]
            {
                ".factbase.yaml(1,16): error: builtin-facts must be true or false, not 'maybe'",
                ".factbase.yaml(2,8): error: as-of '2025-13-01' is no day of the calendar: there are 12 months",
                ".factbase.yaml(4,9): error: severity 'loud' of role is not error, warning or off",
                ".factbase.yaml(5,3): error: unknown rule 'dates'; did you mean 'date'?",
                ".factbase.yaml(6,1): error: unknown setting 'max-entitys'; did you mean 'max-entities'?",
            },
            errors);
    }

    /// <summary>Each finding of text output: its rule, message, and its block (the finding's line and the lines under it).</summary>
    private static List<(string Rule, string Message, string Block)> Findings(string stdout)
    {
        var headers = Regex.Matches(stdout, @"^\S+:\d+:\d+: (?:error|warning) \[(?<rule>[a-z-]+)\] (?<message>.*)$", RegexOptions.Multiline);
        return headers.Select((m, i) =>
        {
            var end = i + 1 < headers.Count ? headers[i + 1].Index : stdout.Length;
            return (m.Groups["rule"].Value, m.Groups["message"].Value.TrimEnd('\r'), stdout[m.Index..end]);
        }).ToList();
    }
}
