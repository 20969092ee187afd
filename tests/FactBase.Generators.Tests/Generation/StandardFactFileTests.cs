using FactBase.Checking.Rules;
using FactBase.Checking;
using FactBase.Diagnostics;
using FactBase.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FactBase.Generators.Tests.Generation;

/// <summary>
/// Fact files the package brings (<c>FactBaseKind=Standard</c>: the standard vocabulary, the starter facts) lie under the
/// project's own: the project may use them without declaring anything, and what it defines again replaces them.
/// </summary>
public sealed class StandardFactFileTests
{
    private const string KindKey = "build_metadata.AdditionalFiles.FactBaseKind";
    private const string DisplayKey = "build_metadata.AdditionalFiles.FactBaseDisplayPath";
    private const string Vocabulary = "/nuget/factbase/1.0.0/facts/vocabulary.yaml";
    private const string Starter = "/nuget/factbase/1.0.0/facts/organizations/guild.yaml";
    private const string Own = "/project/facts/acme.yaml";
    private const string Article = "/project/content/news.md";

    private const string StandardVocabulary = """
        properties:
          founded: { kind: date, verbs: [founded], age: true }
          born:    { kind: date, verbs: [born], age: true }
          members: { kind: members, nouns: [member], verbs: [joined] }
        """;

    private const string Acme = """
        id: acme
        type: organization
        name: Acme Rocket Works
        aliases: [Acme]
        facts:
          founded: 1990-05-14
        """;

    [Fact]
    public void Own_facts_use_the_standard_vocabulary_without_declaring_it_and_package_files_keep_their_display_path()
    {
        var outcome = Run(new[] { (Vocabulary, StandardVocabulary), (Own, Acme) }, "Acme, founded in 1991, makes anvils.");

        Assert.Null(outcome.Exception);
        Assert.Empty(outcome.CompilationErrors);
        var finding = Assert.Single(outcome.Diagnostics, d => d.Id == RuleCatalog.Date.Code);
        Assert.Equal(4, finding.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Id is FactDiagnosticIds.UnknownProperty or FactDiagnosticIds.DuplicateId);
        var knowledgeBase = string.Concat(outcome.Sources.Values);
        Assert.Contains("\"FactBase/facts/vocabulary.yaml\"", knowledgeBase, StringComparison.Ordinal);
        Assert.DoesNotContain("/nuget/", knowledgeBase, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_standard_file_the_same_facts_are_undeclared()
    {
        var outcome = Run(new[] { (Own, Acme) }, "Acme, founded in 1991, makes anvils.");

        Assert.Contains(outcome.Diagnostics, d => d.Id == FactDiagnosticIds.UnknownProperty);
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Id == RuleCatalog.Date.Code);
    }

    [Fact]
    public void A_property_or_entity_the_project_defines_again_replaces_the_packages_one()
    {
        const string Guild = """
            id: guild
            type: organization
            name: Guild of Anvil Makers
            facts:
              founded: 1975-03-01
            ---
            id: acme
            type: organization
            name: Acme Old Name
            """;
        var ownVocabulary = ("/project/facts/vocabulary.yaml", "properties:\n  founded: { kind: date, verbs: [incorporated] }\n");

        var outcome = Run(new[] { (Vocabulary, StandardVocabulary), (Starter, Guild), (Own, Acme), ownVocabulary }, "Acme, founded in 1991, makes anvils. Acme was incorporated in 1991.");

        Assert.Null(outcome.Exception);
        Assert.Empty(outcome.CompilationErrors);
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Id.StartsWith("FB0", StringComparison.Ordinal));
        // The project's 'founded' (verb: incorporated) is the one checked; the project's acme is the one compiled.
        var finding = Assert.Single(outcome.Diagnostics, d => d.Id == RuleCatalog.Date.Code);
        Assert.Equal(62, finding.Location.GetLineSpan().StartLinePosition.Character);
        var sources = string.Concat(outcome.Sources.Values);
        Assert.Contains("Acme Rocket Works", sources, StringComparison.Ordinal);
        Assert.DoesNotContain("Acme Old Name", sources, StringComparison.Ordinal);
        Assert.Contains("Guild of Anvil Makers", sources, StringComparison.Ordinal);
    }

    private static GeneratorOutcome Run(IEnumerable<(string Path, string Text)> facts, string article)
    {
        var files = facts.ToList();
        var metadata = files.Where(f => f.Path.StartsWith("/nuget/", StringComparison.Ordinal)).ToDictionary(
            f => f.Path,
            f => (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { [KindKey] = "Standard", [DisplayKey] = "FactBase/facts/" + f.Path.Split("/facts/")[1] });
        metadata[Article] = new Dictionary<string, string> { [KindKey] = "Article" };
        var texts = files.Append((Path: Article, Text: "---\ndate: 2024-06-01\n---\n" + article + "\n")).Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text));
        var options = new TestOptionsProvider(new Dictionary<string, string> { ["build_property.FactBasePathRoot"] = "/project" }, metadata);
        return GeneratorRunner.Run(GeneratorRunner.CreateDriver(texts, options), Compilations.Create());
    }
}
