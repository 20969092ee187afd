using System.Collections;
using System.Reflection;
using FactBase.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FactBase.Generators.Tests.Incremental;

/// <summary>
/// Articles are checked one by one and cached by value: editing one article re-checks only it, editing C# re-checks
/// nothing, editing a fact file re-checks every article.
/// </summary>
public sealed class ArticleCachingTests
{
    private static readonly InMemoryAdditionalText Nato = new("/repo/facts/nato.yaml", "id: nato\ntype: organization\nname: NATO\nfacts:\n  founded: 1949-04-04\n");
    private static readonly InMemoryAdditionalText Vocabulary = new("/repo/facts/vocabulary.yaml", "properties:\n  founded: { kind: date, verbs: [founded], age: true }\n");
    private static readonly InMemoryAdditionalText First = new("/repo/content/first.md", "---\ndate: 2025-03-07\n---\nNATO, founded in 1948, met.\n");
    private static readonly InMemoryAdditionalText Second = new("/repo/content/second.md", "---\ndate: 2025-03-07\n---\nThe 80-year-old NATO met.\n");

    private static GeneratorDriver Driver()
        => GeneratorRunner.CreateDriver(new AdditionalText[] { Nato, Vocabulary, First, Second }, ArticleRunner.Options(new[] { First.Path, Second.Path }));

    [Fact]
    public void Editing_one_of_two_articles_rechecks_only_that_article()
    {
        var compilation = Compilations.Create();
        var driver = Driver().RunGenerators(compilation);

        var edited = new InMemoryAdditionalText(First.Path, First.GetText()!.ToString().Replace("1948", "1947", StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(First, edited).RunGenerators(compilation);

        var result = driver.GetRunResult().Results.Single();
        var checks = result.TrackedSteps[TrackingNames.CheckArticle].SelectMany(step => step.Outputs).ToList();
        Assert.Equal(2, checks.Count);
        var modified = Assert.Single(checks, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains("not in 1947", Assert.Single((Model.EquatableArray<DiagnosticInfo>)modified.Value).Message, StringComparison.Ordinal);
        Assert.Single(checks, o => o.Reason == IncrementalStepRunReason.Cached);
        Assert.All(result.TrackedSteps[TrackingNames.ParseFactFile].SelectMany(step => step.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.All(result.TrackedSteps[TrackingNames.CheckerKnowledge].SelectMany(step => step.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
        Assert.Contains(result.Diagnostics, d => d.Id == "FB1002" && d.Location.GetLineSpan().Path == First.Path);
        Assert.Contains(result.Diagnostics, d => d.Id == "FB1001" && d.Location.GetLineSpan().Path == Second.Path);
    }

    [Fact]
    public void Editing_csharp_rechecks_no_article()
    {
        var compilation = Compilations.Create("public class A { }");
        var driver = Driver().RunGenerators(compilation);

        driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("public class B { }", GeneratorRunner.ParseOptions)));

        var result = driver.GetRunResult().Results.Single();
        foreach (var name in new[] { TrackingNames.ReadArticle, TrackingNames.CheckerKnowledge, TrackingNames.CheckArticle })
        {
            Assert.All(result.TrackedSteps[name].SelectMany(step => step.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {o.Reason}"));
        }
    }

    [Fact]
    public void Editing_a_fact_file_rechecks_every_article()
    {
        var compilation = Compilations.Create();
        var driver = Driver().RunGenerators(compilation);

        var edited = new InMemoryAdditionalText(Nato.Path, Nato.GetText()!.ToString().Replace("1949-04-04", "1948-04-04", StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(Nato, edited).RunGenerators(compilation);

        var result = driver.GetRunResult().Results.Single();
        var checks = result.TrackedSteps[TrackingNames.CheckArticle].SelectMany(step => step.Outputs).ToList();
        Assert.Equal(2, checks.Count);
        Assert.All(checks, o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "FB1002");
    }

    [Fact]
    public void Article_pipeline_models_hold_no_roslyn_symbols_syntax_or_compilations()
    {
        var driver = Driver().RunGenerators(Compilations.Create("public class A { }"));

        var result = driver.GetRunResult().Results.Single();
        foreach (var output in new[] { TrackingNames.ReadArticle, TrackingNames.ArticleOptions, TrackingNames.CheckerKnowledge, TrackingNames.CheckArticle }
                     .SelectMany(name => result.TrackedSteps[name]).SelectMany(step => step.Outputs))
        {
            AssertNoBannedTypes(output.Value, new HashSet<object>(ReferenceEqualityComparer.Instance), output.Value.GetType().Name);
        }
    }

    private static void AssertNoBannedTypes(object? value, HashSet<object> visited, string path)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || value is Pointer || !visited.Add(value))
        {
            return;
        }

        Assert.False(value is Compilation or ISymbol or SyntaxNode or SyntaxTree or Location or SemanticModel or AdditionalText, $"{path} holds a {value.GetType().Name}, which is not cacheable");
        if (value is IEnumerable items)
        {
            var i = 0;
            foreach (var item in items)
            {
                AssertNoBannedTypes(item, visited, $"{path}[{i++}]");
            }

            return;
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoBannedTypes(field.GetValue(value), visited, $"{path}.{field.Name}");
        }
    }
}
