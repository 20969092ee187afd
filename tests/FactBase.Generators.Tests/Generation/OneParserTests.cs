using FactBase.Diagnostics;
using FactBase.Generators.Tests.Infrastructure;
using FactBase.Knowledge;
using FactBase.Loading;
using FactBase.Model;
using Microsoft.CodeAnalysis;

namespace FactBase.Generators.Tests.Generation;

/// <summary>
/// One parser: the knowledge base the generated code builds (no YAML at run time) equals the one
/// the run-time loader reads from the same files, entity for entity, and both report the same problems.
/// </summary>
public sealed class OneParserTests
{
    public static TheoryData<string> FactFolders()
    {
        var data = new TheoryData<string> { "fixture" };
        if (Directory.Exists(TestPaths.RepositoryFacts))
        {
            data.Add("repository");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FactFolders))]
    public void Generated_knowledge_base_equals_the_loaded_one(string which)
    {
        var folder = which == "fixture" ? TestPaths.FixtureFacts : TestPaths.RepositoryFacts;
        var loaded = FactLoader.Load(new[] { folder });

        // No FactBasePathRoot: the generated locations keep the paths as given, as the loader does.
        var outcome = GeneratorRunner.Run(TestPaths.ReadFactFiles(folder));
        using var assembly = CompiledAssembly.Load(outcome.OutputCompilation);
        var generated = (KnowledgeBase)assembly.GetStatic("Facts", "KnowledgeBase")!;

        Assert.NotEmpty(loaded.Entities);
        Assert.True(loaded.Entities == generated.Entities.ToEquatableArray(), FirstDifference(loaded.Entities, generated.Entities));
        Assert.True(loaded.Properties == generated.Properties.ToEquatableArray(), "the vocabularies differ");

        var expected = loaded.Diagnostics.Select(d => $"{d.Location} {d.Id} {d.Message}").Order(StringComparer.Ordinal);
        var actual = outcome.Diagnostics.Select(d => $"{Where(d)} {d.Id} {d.GetMessage()}").Order(StringComparer.Ordinal);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Generated_knowledge_base_answers_like_the_loaded_one()
    {
        var loaded = FactLoader.Load(new[] { TestPaths.FixtureFacts }).KnowledgeBase;
        var outcome = GeneratorRunner.Run(TestPaths.ReadFactFiles(TestPaths.FixtureFacts));
        using var assembly = CompiledAssembly.Load(outcome.OutputCompilation);
        var generated = (KnowledgeBase)assembly.GetStatic("Facts", "KnowledgeBase")!;

        var date = new FactDate(2025, 3, 7);
        Assert.Equal(loaded.GetEntityTimeline("nato", "secretary_general").At(date), generated.GetEntityTimeline("nato", "secretary_general").At(date));
        Assert.Equal(loaded.GetNumberTimeline("nato", "member_count").At(date), generated.GetNumberTimeline("nato", "member_count").At(date));
        Assert.Equal(loaded.GetTermsOf("mark-rutte").Select(t => t.Organization.Id), generated.GetTermsOf("mark-rutte").Select(t => t.Organization.Id));
    }

    [Fact]
    public void Generated_knowledge_base_carries_other_accepted_dates_notes_and_period_sources()
    {
        var files = new[]
        {
            ("facts/vocabulary.yaml", "properties:\n  chartered: { kind: date, verbs: [chartered] }\n  ceo: { kind: office, titles: [CEO] }\n"),
            ("facts/acme.yaml", """
                id: acme
                type: organization
                name: Acme
                facts:
                  chartered: { value: 1990-09-01, also: [1990-03-01, 1990-04], note: "the \"signature\"" }
                  ceo:
                    - value: jane-doe
                      from: 2010-04-10
                      also_from: 2010-03-01
                      to: 2020-01-01
                      also_to: [2019-12-01]
                      note: her appointment
                      source: { url: "https://example.org/ceo", retrieved: 2025-01-02 }
                ---
                id: jane-doe
                type: person
                name: Jane Doe
                """),
        };
        var loaded = FactLoader.LoadText(files);
        var outcome = GeneratorRunner.Run(files);
        using var assembly = CompiledAssembly.Load(outcome.OutputCompilation);
        var generated = (KnowledgeBase)assembly.GetStatic("Facts", "KnowledgeBase")!;

        Assert.Empty(loaded.Diagnostics);
        var acme = generated["acme"];
        Assert.Equal(loaded.KnowledgeBase["acme"], acme);
        Assert.Equal(2, acme.GetFact("chartered")!.AlsoDates.Count);
        Assert.Equal("the \"signature\"", acme.GetFact("chartered")!.Note);
        var term = Assert.Single(acme.GetFact("ceo")!.Timeline);
        Assert.Equal(new FactDate(2010, 3, 1), Assert.Single(term.AlsoFrom));
        Assert.Equal(new FactDate(2019, 12, 1), Assert.Single(term.AlsoTo));
        Assert.Equal(new FactDate(2025, 1, 2), term.SourceRetrieved);
    }

    private static string Where(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return new SourceLocation(span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1).ToString();
    }

    private static string FirstDifference(IReadOnlyList<Entity> expected, IReadOnlyList<Entity> actual)
    {
        if (expected.Count != actual.Count)
        {
            return $"{expected.Count} entities loaded, {actual.Count} generated";
        }

        var index = Enumerable.Range(0, expected.Count).FirstOrDefault(i => !expected[i].Equals(actual[i]));
        return $"entity {index} differs:\n  loaded:    {Describe(expected[index])}\n  generated: {Describe(actual[index])}";
    }

    private static string Describe(Entity e)
        => $"{e.Id} {e.Type} {e.Name} [{string.Join(",", e.Aliases)}] [{string.Join(",", e.Adjectives)}] sources={e.Sources.Count} facts={string.Join(";", e.Facts.Select(f => $"{f.Property}={f.Value ?? f.Timeline.Count.ToString()}@{f.Location}"))} @{e.Location}";
}
