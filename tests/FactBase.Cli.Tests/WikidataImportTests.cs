using System.Text.Json;
using FactBase.Cli.Tests.Importing.Wikidata;

namespace FactBase.Cli.Tests;

/// <summary>
/// <c>factbase import wikidata</c> end to end, as a user runs it on the real Wikidata fixtures: the fact files it
/// writes pass <c>lint</c> and catch a wrong birth year and a wrong office holder in an article.
/// </summary>
public sealed class WikidataImportTests
{
    // The UK's prime ministers are statements of the UK item itself (P6); the persons are not in the fixtures, so the
    // mapping names them, as docs/import.md shows.
    private static readonly string Mapping = Importing.Wikidata.Fixtures.DefaultWithItemsText(
        "Q192: { id: david-cameron, type: person, name: David Cameron }",
        "Q264766: { id: theresa-may, type: person, name: Theresa May }");

    [Fact]
    public void Imported_fixtures_pass_lint_and_catch_a_wrong_birth_year_and_a_wrong_office_holder()
    {
        using var dir = new TempDir();
        var import = Import(dir);
        Assert.Equal(0, import.ExitCode);
        Assert.Contains("imported 19 entities", import.Stdout);
        Assert.Contains("into wikidata: 19 written, 0 unchanged, 0 removed", import.Stdout);
        Assert.Empty(import.Stderr);

        var lint = Cli.Run(dir.Path, "lint", "wikidata");
        Assert.True(lint.ExitCode == 0, lint.ToString());
        Assert.Contains(": 0 errors, ", lint.Stdout);

        var alone = Cli.Run(dir.Path, "lint", "wikidata", "--no-builtin-facts");
        Assert.True(alone.ExitCode == 0, alone.ToString());

        // With only the import (and the standard vocabulary), the facts come from Wikidata alone.
        dir.Write("news.md", """
            ---
            date: 2025-03-07
            ---
            Douglas Adams, born in 1953, wrote radio comedy before his novels.

            In 2015, British Prime Minister Theresa May visited Paris.

            In 2012, British Prime Minister David Cameron spoke in London.
            """);
        var check = Cli.Run(dir.Path, "check", "--no-config", "--no-builtin-facts", "--facts", Path.Combine(Cli.RepositoryRoot, "facts", "vocabulary.yaml"), "--facts", "wikidata", "--format", "json", "--include-supported", "news.md");
        Assert.Equal(1, check.ExitCode);
        var findings = JsonDocument.Parse(check.Stdout).RootElement.GetProperty("files")[0].GetProperty("findings").EnumerateArray().ToList();

        var born = findings.Single(f => f.GetProperty("rule").GetString() == "date");
        Assert.Equal(("contradicted", "1953", "douglas-adams", "1952"), (born.GetProperty("verdict").GetString(), born.GetProperty("text").GetString(), born.GetProperty("entity").GetString(), born.GetProperty("suggestion").GetString()));
        Assert.Contains("https://www.wikidata.org/wiki/Q42", born.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));

        var roles = findings.Where(f => f.GetProperty("rule").GetString() == "role").ToList();
        var may = roles.Single(f => f.GetProperty("verdict").GetString() != "supported");
        Assert.Equal(("contradicted", "David Cameron"), (may.GetProperty("verdict").GetString(), may.GetProperty("expected").GetString()));
        Assert.Contains("Theresa May was not Prime Minister of the United Kingdom in 2015", may.GetProperty("message").GetString());
        Assert.Contains(roles, f => f.GetProperty("verdict").GetString() == "supported" && f.GetProperty("line").GetInt32() == 8);
    }

    [Fact]
    public void With_the_built_in_facts_the_import_adds_what_they_lack_and_lint_says_where_they_differ()
    {
        using var dir = new TempDir();
        Assert.Equal(0, Import(dir).ExitCode);

        // George Washington is not in the built-in facts; his presidency fills years the hand-written US timeline leaves open.
        dir.Write("history.md", """
            ---
            date: 2025-03-07
            ---
            US President George Washington met reporters on Monday.

            In 1790, US President George Washington signed the bill.

            Douglas Adams, born in 1953, wrote radio comedy.
            """);
        var check = Cli.Run(dir.Path, "check", "--no-config", "--facts", "wikidata", "--include-supported", "history.md");
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("history.md:4:14: error [role] George Washington is no longer President of the United States; Donald Trump has been since", check.Stdout);
        Assert.Contains("history.md:6:23: supported [role] George Washington was President of the United States in 1790", check.Stdout);
        Assert.Contains("history.md:8:24: error [date] Douglas Adams was born on 11 March 1952, not in 1953", check.Stdout);

        var lint = Cli.Run(dir.Path, "lint", "wikidata");
        Assert.Equal(0, lint.ExitCode);
        // The starter's NATO dates its founding members from the treaty's entry into force; Wikidata from its signing.
        Assert.Contains("facts/organizations/nato.yaml(", lint.Stdout);
        Assert.Contains("warning FB0015: 'members' of 'nato': 'united-kingdom' is a member from 1949-08-24 here, but from 1949-04-04 in the imported file wikidata/organizations/nato.yaml(", lint.Stdout);
        Assert.Contains("note: the imported 'vladimir-putin-q19300851' (wikidata/people/vladimir-putin-q19300851.yaml(2,1)) is left out: 'Vladimir Putin' names the hand-written 'vladimir-putin'", lint.Stdout);
    }

    [Fact]
    public void A_rerun_changes_nothing_and_a_smaller_import_removes_only_its_own_files()
    {
        using var dir = new TempDir();
        Assert.Equal(0, Import(dir).ExitCode);
        var before = Snapshot(dir.Path);

        var again = Import(dir);
        Assert.Contains("19 unchanged, 0 removed", again.Stdout);
        Assert.Equal(before, Snapshot(dir.Path));

        dir.Write("wikidata/notes/by-hand.yaml", "id: by-hand\ntype: other\nname: By Hand\n");
        var smaller = Cli.Run(dir.Path, "import", "wikidata", "--mapping", "mapping.yaml", "--retrieved", "2026-05-01", Importing.Wikidata.Fixtures.PathOf(Importing.Wikidata.Fixtures.Adams));
        Assert.Equal(0, smaller.ExitCode);
        Assert.Contains("1 unchanged, 18 removed", smaller.Stdout);
        Assert.Contains("note: 1 fact file(s) in wikidata were not written by the import and are left alone", smaller.Stdout);
        Assert.True(File.Exists(Path.Combine(dir.Path, "wikidata", "notes", "by-hand.yaml")));
        Assert.Equal(new[] { "by-hand.yaml", "douglas-adams.yaml" }, Directory.GetFiles(Path.Combine(dir.Path, "wikidata"), "*.yaml", SearchOption.AllDirectories).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void Bad_inputs_and_a_folder_the_import_does_not_own_are_errors_without_a_stack_trace()
    {
        using var dir = new TempDir();
        dir.Write("facts/mine.yaml", "id: mine\ntype: other\nname: Mine\n");
        dir.Write("broken.json", "[\n{\"id\":\"Q1\",\n]\n");

        var owned = Cli.Run(dir.Path, "import", "wikidata", "--out", "facts", Importing.Wikidata.Fixtures.PathOf(Importing.Wikidata.Fixtures.Adams));
        Assert.Equal(2, owned.ExitCode);
        Assert.Contains("facts: error: the folder is not empty and has no factbase-import.json", owned.Stderr);

        var broken = Cli.Run(dir.Path, "import", "wikidata", "broken.json");
        Assert.Equal(2, broken.ExitCode);
        Assert.Contains("broken.json:2: error: invalid JSON", broken.Stderr);

        Assert.Contains("missing.json: error: no such file", Cli.Run(dir.Path, "import", "wikidata", "missing.json").Stderr);
        Assert.Contains("--retrieved 'May 1' is not a date", Cli.Run(dir.Path, "import", "wikidata", "--retrieved", "May 1", "broken.json").Stderr);
        dir.Write("bad-mapping.yaml", "types:\n  Q5: human\n");
        Assert.Contains("bad-mapping.yaml(2,7): error: type 'human'", Cli.Run(dir.Path, "import", "wikidata", "--mapping", "bad-mapping.yaml", "broken.json").Stderr);
        foreach (var result in new[] { owned, broken })
        {
            Assert.DoesNotContain("   at ", result.Stderr);
        }

        Assert.False(Directory.Exists(Path.Combine(dir.Path, "wikidata")));
    }

    [Fact]
    public void The_built_in_mapping_is_printed_to_be_copied()
    {
        using var dir = new TempDir();
        var printed = Cli.Run(dir.Path, "import", "wikidata", "--print-mapping");
        Assert.Equal(0, printed.ExitCode);
        Assert.Contains("Q14211: { of: Q145, office: prime_minister }", printed.Stdout);
    }

    private static CliResult Import(TempDir dir)
    {
        dir.Write("mapping.yaml", Mapping);
        var args = new List<string> { "import", "wikidata", "--mapping", "mapping.yaml", "--retrieved", "2026-05-01" };
        args.AddRange(Importing.Wikidata.Fixtures.All);
        return Cli.Run(dir.Path, args.ToArray());
    }

    private static Dictionary<string, string> Snapshot(string root)
        => Directory.GetFiles(Path.Combine(root, "wikidata"), "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), f => File.ReadAllText(f) + "|" + File.GetLastWriteTimeUtc(f).Ticks);
}
