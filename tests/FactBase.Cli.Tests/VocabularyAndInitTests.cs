using System.Text.Json;

namespace FactBase.Cli.Tests;

/// <summary>
/// The standard vocabulary stays with the CLI under <c>--no-builtin-facts</c> (and goes with
/// <c>--no-builtin-vocabulary</c>); <c>factbase init</c> sets up a content repository without overwriting anything.
/// </summary>
public sealed class VocabularyAndInitTests
{
    private const string Acme = """
        id: acme
        type: organization
        name: Acme Rocket Works
        aliases: [Acme]
        facts:
          founded: 1990-05-14
        ---
        id: road-runner
        type: person
        name: Road Runner
        facts:
          born: 1970-02-02
        """;

    [Fact]
    public void User_facts_without_vocabulary_and_without_built_in_facts_get_a_wrong_founding_year_flagged()
    {
        using var dir = new TempDir();
        dir.Write("facts/acme.yaml", Acme);
        var article = dir.Write("news.md", "---\ndate: 2025-01-10\n---\nAcme, founded in 1991, makes anvils. Road Runner, 54, runs it.\n");

        var result = Cli.Run(dir.Path, "check", "--no-builtin-facts", "--facts", "facts", "--format", "json", article);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        var finding = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("files")[0].GetProperty("findings").EnumerateArray().Single();
        Assert.Equal(("date", "1991", "1990", 4), (finding.GetProperty("rule").GetString(), finding.GetProperty("text").GetString(), finding.GetProperty("expected").GetString(), finding.GetProperty("line").GetInt32()));

        // Road Runner's age (born: a standard property) is checked too: 54 is right in January 2025.
        var supported = Cli.Run(dir.Path, "check", "--no-builtin-facts", "--facts", "facts", "--format", "json", "--include-supported", article);
        Assert.Contains(JsonDocument.Parse(supported.Stdout).RootElement.GetProperty("files")[0].GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "age" && f.GetProperty("verdict").GetString() == "supported");
    }

    [Fact]
    public void Without_the_standard_vocabulary_undeclared_properties_are_warned_about_and_not_checked()
    {
        using var dir = new TempDir();
        dir.Write("facts/acme.yaml", Acme);
        var article = dir.Write("news.md", "---\ndate: 2025-01-10\n---\nAcme, founded in 1991, makes anvils.\n");

        var result = Cli.Run(dir.Path, "check", "--no-builtin-facts", "--no-builtin-vocabulary", "--facts", "facts", article);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("acme.yaml(6,12): warning FB0011: property 'founded' of 'acme' is not declared in any 'properties:' vocabulary", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("0 finding(s)", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_users_property_definition_replaces_the_standard_one_of_that_name()
    {
        using var dir = new TempDir();
        dir.Write("facts/acme.yaml", Acme);
        dir.Write("facts/vocabulary.yaml", "properties:\n  founded: { kind: date, verbs: [incorporated] }\n");
        var article = dir.Write("news.md", "---\ndate: 2025-01-10\n---\nAcme, founded in 1991, makes anvils. Acme was incorporated in 1991.\n");

        foreach (var builtIn in new[] { Array.Empty<string>(), new[] { "--no-builtin-facts" } })
        {
            var result = Cli.Run(dir.Path, new[] { "check", "--facts", "facts", "--format", "json" }.Concat(builtIn).Append(article).ToArray());

            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.DoesNotContain("FB0006", result.Stderr, StringComparison.Ordinal);
            var finding = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("files")[0].GetProperty("findings").EnumerateArray().Single();
            Assert.Equal(63, finding.GetProperty("column").GetInt32());
        }

        var lint = Cli.Run(dir.Path, "lint", "--no-builtin-facts", "facts");
        Assert.True(lint.ExitCode == 0, lint.ToString());
    }

    [Fact]
    public void Lint_reports_a_failing_example_as_FB0014_at_its_line()
    {
        using var dir = new TempDir();
        dir.Write("facts/acme.yaml", Acme + """

            examples:
              as-of: 2025-01-10
              flag:
                - Road Runner, 54, runs Acme.
              pass:
                - Road Runner, 54, runs Acme.
            """);

        var result = Cli.Run(dir.Path, "lint", "--no-builtin-facts", "facts");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("acme.yaml(16,7): error FB0014: example of 'road-runner' should be flagged, but the checker finds nothing wrong as of 2025-01-10: \"Road Runner, 54, runs Acme.\"", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("1/2 examples as expected: 1 error, 0 warnings", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_writes_the_config_facts_schema_and_workflow_that_lint_and_check_accept_and_never_overwrites()
    {
        using var dir = new TempDir();

        var init = Cli.Run(dir.Path, "init");

        Assert.True(init.ExitCode == 0, init.ToString());
        foreach (var file in new[] { ".factbase.yaml", "facts/vocabulary.yaml", "facts/factbase.schema.json", ".github/workflows/factbase.yml" })
        {
            Assert.True(File.Exists(Path.Combine(dir.Path, file)), file);
            Assert.Contains($"wrote   {Path.Combine(".", file)}", init.Stdout, StringComparison.Ordinal);
        }

        Assert.Equal(File.ReadAllText(Path.Combine(Cli.RepositoryRoot, "facts", "factbase.schema.json")), File.ReadAllText(Path.Combine(dir.Path, "facts", "factbase.schema.json")));
        var vocabulary = File.ReadAllText(Path.Combine(dir.Path, "facts", "vocabulary.yaml"));
        Assert.StartsWith("# yaml-language-server: $schema=factbase.schema.json\n", vocabulary, StringComparison.Ordinal);
        Assert.Contains("founded, born, died, independence", vocabulary, StringComparison.Ordinal);
        var workflow = File.ReadAllText(Path.Combine(dir.Path, ".github", "workflows", "factbase.yml"));
        Assert.Contains("run: dotnet tool install --global FactBase.Tool --version 0.1.0", workflow, StringComparison.Ordinal);
        Assert.Contains("run: factbase check --format github", workflow, StringComparison.Ordinal);

        // What init wrote works as it is: the config is read, the facts lint clean, the articles are checked.
        dir.Write("facts/acme.yaml", Acme);
        dir.Write("content/news.md", "---\ndate: 2025-01-10\n---\nAcme, founded in 1991, makes anvils.\n");
        Assert.Equal(0, Cli.Run(dir.Path, "lint", "facts").ExitCode);
        var check = Cli.Run(dir.Path, "check", "--format", "github");
        Assert.True(check.ExitCode == 1, check.ToString());
        Assert.Contains("::error file=content/news.md,line=4,col=18", check.Stdout, StringComparison.Ordinal);

        // Run again: every file exists and is kept as it is, including one the user edited.
        File.WriteAllText(Path.Combine(dir.Path, ".factbase.yaml"), "facts: [facts]\ninclude: [\"content/**/*.md\"]\n");
        var again = Cli.Run(dir.Path, "init");
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.DoesNotContain("wrote", again.Stdout, StringComparison.Ordinal);
        Assert.Equal(4, again.Stdout.Split('\n').Count(l => l.StartsWith("kept ", StringComparison.Ordinal) && l.EndsWith("(it exists; not overwritten)", StringComparison.Ordinal)));
        Assert.Equal("facts: [facts]\ninclude: [\"content/**/*.md\"]\n", File.ReadAllText(Path.Combine(dir.Path, ".factbase.yaml")));
    }

    [Fact]
    public void Init_with_a_tool_manifest_writes_a_workflow_that_restores_the_pinned_tool()
    {
        using var dir = new TempDir();
        dir.Write(".config/dotnet-tools.json", "{ \"version\": 1, \"isRoot\": true, \"tools\": {} }\n");

        var here = Cli.Run(dir.Path, "init", ".");
        var workflow = File.ReadAllText(Path.Combine(dir.Path, ".github", "workflows", "factbase.yml"));
        Assert.True(here.ExitCode == 0, here.ToString());
        Assert.Contains("run: dotnet tool restore", workflow, StringComparison.Ordinal);
        Assert.Contains("run: dotnet tool run factbase lint facts", workflow, StringComparison.Ordinal);
    }
}
