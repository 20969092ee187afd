using FactBase.Generators.Tests.Infrastructure;

namespace FactBase.Generators.Tests.Generation;

/// <summary>The generated C# for the fixture fact set, compared with <c>Baselines/*.verified.cs</c>.</summary>
public sealed class BaselineTests
{
    [Fact]
    public void Fixture_facts_generate_the_baseline_code()
    {
        var outcome = FixtureFacts.Run();

        Assert.Equal(
            new[] { TypedFactsWriter.HintName, KnowledgeBaseDataWriter.HintName }.Order(StringComparer.Ordinal),
            outcome.Sources.Keys.Order(StringComparer.Ordinal));
        Baseline.VerifyAll(outcome.Sources.Select(s => ("Fixture." + Path.GetFileNameWithoutExtension(s.Key), FixtureFacts.Scrub(s.Value))));
    }

    [Fact]
    public void Namespace_and_public_visibility_generate_the_baseline_code()
    {
        var outcome = GeneratorRunner.Run(
            new[] { ("/project/facts/acme.yaml", "id: acme\ntype: organization\nname: Acme & Sons <Ltd>\nfacts:\n  founded: 1901\n") },
            new Dictionary<string, string>
            {
                ["build_property.FactBaseNamespace"] = "Contoso.Knowledge",
                ["build_property.FactBaseVisibility"] = "public",
                ["build_property.FactBasePathRoot"] = "/project",
            });

        Assert.Empty(outcome.CompilationErrors);
        Baseline.VerifyAll(outcome.Sources.Select(s => ("PublicNamespaced." + Path.GetFileNameWithoutExtension(s.Key), FixtureFacts.Scrub(s.Value))));
    }
}
