using FactBase.Checking;
using FactBase.Checking.Rules;
using FactBase.Diagnostics;
using FactBase.Documents;
using FactBase.Examples;
using FactBase.Knowledge;
using FactBase.Loading;
using FactBase.Model;
using FactBase.Parsing;

namespace FactBase.Tests.Examples;

/// <summary><c>examples:</c> in fact files: parsed with their lines, and run against the knowledge base (FB0014).</summary>
public sealed class ExampleRunnerTests
{
    private const string Acme = """
        properties:
          founded: { kind: date, verbs: [founded], age: true, examples: { as-of: 2024-06-01, pass: ["Acme, founded in 1990, makes anvils."] } }
          ceo: { kind: office, titles: [CEO] }
        ---
        id: acme
        type: organization
        name: Acme
        facts:
          founded: 1990-05-14
          ceo:
            - { value: road-runner, from: 2012-01-01 }
            - { value: wile-coyote, from: 1990-05-14, to: 2012-01-01 }
        examples:
          as-of: 2024-06-01
          flag:
            - Acme, founded in 1991, makes anvils.
            - Acme CEO Wile Coyote spoke.
            - { text: "Acme CEO Road Runner spoke.", as-of: 2005-01-01 }
          pass:
            - Acme CEO Road Runner spoke.
            - { text: "Acme CEO Wile Coyote spoke.", as-of: 2005-01-01 }
        ---
        id: road-runner
        type: person
        name: Road Runner
        ---
        id: wile-coyote
        type: person
        name: Wile Coyote
        """;

    [Fact]
    public void Examples_of_entities_and_properties_are_read_with_their_line_date_and_expectation()
    {
        var file = FactFileParser.Parse("acme.yaml", Acme);

        Assert.Empty(file.Diagnostics);
        Assert.Equal(
            new[]
            {
                "founded pass 2024-06-01 (2,93) Acme, founded in 1990, makes anvils.",
                "acme flag 2024-06-01 (16,7) Acme, founded in 1991, makes anvils.",
                "acme flag 2024-06-01 (17,7) Acme CEO Wile Coyote spoke.",
                "acme flag 2005-01-01 (18,15) Acme CEO Road Runner spoke.",
                "acme pass 2024-06-01 (20,7) Acme CEO Road Runner spoke.",
                "acme pass 2005-01-01 (21,15) Acme CEO Wile Coyote spoke.",
            },
            file.Examples.Select(e => $"{e.Owner} {(e.MustFlag ? "flag" : "pass")} {e.AsOf} ({e.Location.Line},{e.Location.Column}) {e.Text}"));
    }

    [Fact]
    public void Examples_that_hold_give_no_diagnostic()
    {
        var (file, knowledgeBase) = Load(Acme);

        Assert.Empty(ExampleRunner.Run(file.Examples, knowledgeBase, new FactDate(2024, 6, 1)));
    }

    [Fact]
    public void A_flag_sentence_without_finding_and_a_pass_sentence_with_one_are_FB0014_at_their_lines()
    {
        // The facts are right; the examples are wrong about them.
        var wrong = Acme
            .Replace("- Acme, founded in 1991, makes anvils.", "- Acme, founded in 1990, makes anvils.", StringComparison.Ordinal)
            .Replace("- Acme CEO Road Runner spoke.\n", "- Acme CEO Wile Coyote spoke in Acme's yard.\n", StringComparison.Ordinal);
        var (file, knowledgeBase) = Load(wrong);

        var failures = ExampleRunner.Run(file.Examples, knowledgeBase, new FactDate(2024, 6, 1));

        Assert.Equal(2, failures.Count);
        Assert.All(failures, f => Assert.Equal((FactDiagnosticIds.ExampleFailed, FactDiagnosticSeverity.Error), (f.Id, f.Severity)));
        Assert.Equal(
            "acme.yaml(16,7): error FB0014: example of 'acme' should be flagged, but the checker finds nothing wrong as of 2024-06-01: \"Acme, founded in 1990, makes anvils.\"",
            failures[0].ToString());
        Assert.StartsWith("acme.yaml(20,7): error FB0014: example of 'acme' should pass, but as of 2024-06-01 the checker reports [role] ", failures[1].ToString(), StringComparison.Ordinal);
        Assert.Contains("Road Runner", failures[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_example_without_as_of_is_checked_as_of_the_day_given()
    {
        var (file, knowledgeBase) = Load(Acme.Replace("examples:\n  as-of: 2024-06-01\n", "examples:\n", StringComparison.Ordinal));

        // In 2005 Wile Coyote was CEO: the sentences about "now" flip.
        var failures = ExampleRunner.Run(file.Examples, knowledgeBase, new FactDate(2005, 1, 1));

        Assert.Equal(new[] { 16, 19 }, failures.Select(f => f.Location.Line));
    }

    [Theory]
    [InlineData("examples: [NATO was founded in 1948.]", "FB0004", "'examples' must be a mapping")]
    [InlineData("examples: { flag: NATO was founded in 1948. }", "FB0004", "'flag' must be a list of sentences")]
    [InlineData("examples: { fail: [NATO was founded in 1948.] }", "FB0002", "unknown key 'fail' in examples")]
    [InlineData("examples: { as-of: 2025-03, flag: [x] }", "FB0005", "'as-of' of an example must be a day")]
    [InlineData("examples: { flag: [{ txt: x }] }", "FB0002", "unknown key 'txt' in an example")]
    public void Malformed_examples_are_located_diagnostics(string yaml, string id, string message)
    {
        var file = FactFileParser.Parse("x.yaml", "id: x\ntype: other\nname: X\n" + yaml + "\n");

        Assert.Contains(file.Diagnostics, d => d.Id == id && d.Message.Contains(message, StringComparison.Ordinal) && d.Location.Line == 4);
        Assert.Single(file.Entities);
    }

    [Fact]
    public void The_starter_facts_examples_hold_and_cover_every_property_kind()
    {
        var files = FactLoader.Read(new[] { Path.Combine(AppContext.BaseDirectory, "facts") }).ToList();
        var result = KnowledgeBaseBuilder.Build(files);
        var examples = files.SelectMany(f => f.Examples).ToList();

        Assert.Empty(ExampleRunner.Run(examples, result.KnowledgeBase, FactDate.FromDateTime(DateTime.Today)));

        // What the flag sentences are flagged for: a rule for each kind of property (date, members, count, office).
        var checker = new FactChecker(result.KnowledgeBase);
        var rules = examples.Where(e => e.MustFlag)
            .SelectMany(e => checker.Check(DocumentReader.Read(e.Text, DocumentFormat.Markdown), e.AsOf!.Value).Findings)
            .Select(f => (f.Rule, Kind: f.Property is { } p ? result.KnowledgeBase.FindProperty(p)?.Kind : null))
            .ToHashSet();
        foreach (var kind in new[] { PropertyKind.Date, PropertyKind.Members, PropertyKind.Count, PropertyKind.Office })
        {
            Assert.Contains(rules, r => r.Kind == kind);
        }

        Assert.Superset(new HashSet<string> { RuleCatalog.Age.Name, RuleCatalog.Date.Name, RuleCatalog.Role.Name, RuleCatalog.Membership.Name, RuleCatalog.Count.Name }, rules.Select(r => r.Rule).ToHashSet());
        Assert.All(examples, e => Assert.NotNull(e.AsOf));
    }

    [Fact]
    public void The_schema_id_is_the_address_made_from_RepositoryUrl()
    {
        var schema = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "facts", "factbase.schema.json"))).RootElement;

        Assert.NotNull(ProjectLinks.Schema);
        Assert.Equal(ProjectLinks.Schema, schema.GetProperty("$id").GetString());
        Assert.Equal(ProjectLinks.Repository + "/blob/HEAD/docs/rules.md#date", RuleCatalog.Date.HelpUri);
    }

    private static (FactFile File, KnowledgeBase KnowledgeBase) Load(string text)
    {
        var file = FactFileParser.Parse("acme.yaml", text);
        var result = KnowledgeBaseBuilder.Build(new[] { file });
        Assert.False(result.HasErrors, string.Join(Environment.NewLine, result.Diagnostics));
        return (file, result.KnowledgeBase);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FactBase.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("no FactBase.sln above " + AppContext.BaseDirectory);
    }
}
