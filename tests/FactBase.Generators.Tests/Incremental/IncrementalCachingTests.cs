using System.Collections;
using System.Reflection;
using FactBase.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FactBase.Generators.Tests.Incremental;

/// <summary>
/// The generator's steps are cached: C# edits re-run nothing, and editing one fact file re-parses
/// only that file. (Step tracking is on: <c>trackIncrementalGeneratorSteps: true</c>.)
/// </summary>
public sealed class IncrementalCachingTests
{
    private static readonly string[] AllTrackingNames =
    {
        TrackingNames.Options, TrackingNames.ReadFactFile, TrackingNames.ParseFactFile, TrackingNames.BuildKnowledgeBase,
    };

    private static readonly InMemoryAdditionalText Nato = new("/repo/facts/nato.yaml", "id: nato\ntype: organization\nname: NATO\nfacts:\n  founded: 1949-04-04\n");
    private static readonly InMemoryAdditionalText Vocabulary = new("/repo/facts/vocabulary.yaml", "properties:\n  founded: { kind: date }\n");

    [Fact]
    public void Unrelated_csharp_edit_leaves_every_output_cached_or_unchanged()
    {
        var driver = GeneratorRunner.CreateDriver(new[] { Nato, Vocabulary });
        var compilation = Compilations.Create("public class A { }");
        driver = driver.RunGenerators(compilation);

        var edited = compilation
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText("public class B { }", GeneratorRunner.ParseOptions))
            .ReplaceSyntaxTree(compilation.SyntaxTrees.First(), CSharpSyntaxTree.ParseText("public class A { public int X; }", GeneratorRunner.ParseOptions));
        driver = driver.RunGenerators(edited);

        var result = driver.GetRunResult().Results.Single();
        Assert.All(AllTrackingNames, name => Assert.True(result.TrackedSteps.ContainsKey(name), $"step {name} was not tracked"));
        var outputs = result.TrackedSteps.Values.SelectMany(steps => steps).SelectMany(step => step.Outputs)
            .Concat(result.TrackedOutputSteps.SelectMany(pair => pair.Value).SelectMany(step => step.Outputs))
            .ToList();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, output => Assert.True(
            output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
            $"{output.Value} was {output.Reason}"));
    }

    [Fact]
    public void Editing_one_of_two_fact_files_reparses_only_that_file()
    {
        var driver = GeneratorRunner.CreateDriver(new[] { Nato, Vocabulary });
        var compilation = Compilations.Create();
        driver = driver.RunGenerators(compilation);

        var edited = new InMemoryAdditionalText(Nato.Path, Nato.GetText()!.ToString().Replace("1949-04-04", "1949-04-05", StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(Nato, edited).RunGenerators(compilation);

        var result = driver.GetRunResult().Results.Single();
        var parse = result.TrackedSteps[TrackingNames.ParseFactFile].SelectMany(step => step.Outputs).ToList();
        Assert.Equal(2, parse.Count);
        var modified = Assert.Single(parse, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal(Nato.Path, ((ParsedFactFile)modified.Value).FullPath);
        var cached = Assert.Single(parse, o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
        Assert.Equal(Vocabulary.Path, ((ParsedFactFile)cached.Value).FullPath);

        var build = result.TrackedSteps[TrackingNames.BuildKnowledgeBase].SelectMany(step => step.Outputs).Single();
        Assert.Equal(IncrementalStepRunReason.Modified, build.Reason);
        Assert.Contains("new global::FactBase.Model.FactDate(1949, 4, 5)", result.GeneratedSources.Single(s => s.HintName == KnowledgeBaseEmitter.FactsHintName).SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Saving_a_fact_file_without_changes_regenerates_nothing()
    {
        var driver = GeneratorRunner.CreateDriver(new[] { Nato, Vocabulary });
        var compilation = Compilations.Create();
        driver = driver.RunGenerators(compilation);

        var same = new InMemoryAdditionalText(Nato.Path, Nato.GetText()!.ToString());
        driver = driver.ReplaceAdditionalText(Nato, same).RunGenerators(compilation);

        var result = driver.GetRunResult().Results.Single();
        var parse = result.TrackedSteps[TrackingNames.ParseFactFile].SelectMany(step => step.Outputs).ToList();
        Assert.All(parse, o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
        var build = result.TrackedSteps[TrackingNames.BuildKnowledgeBase].SelectMany(step => step.Outputs).Single();
        Assert.True(build.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, build.Reason.ToString());
    }

    [Fact]
    public void Changing_the_namespace_re_emits_without_reparsing()
    {
        var driver = GeneratorRunner.CreateDriver(new[] { Nato, Vocabulary });
        var compilation = Compilations.Create();
        driver = driver.RunGenerators(compilation);

        driver = driver.WithUpdatedAnalyzerConfigOptions(new TestOptionsProvider(new Dictionary<string, string> { ["build_property.FactBaseNamespace"] = "My.Facts" }))
            .RunGenerators(compilation);

        var result = driver.GetRunResult().Results.Single();
        Assert.All(result.TrackedSteps[TrackingNames.ParseFactFile].SelectMany(step => step.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
        Assert.Equal(IncrementalStepRunReason.Modified, result.TrackedSteps[TrackingNames.BuildKnowledgeBase].Single().Outputs.Single().Reason);
        Assert.Contains("namespace My.Facts", result.GeneratedSources[0].SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Pipeline_models_hold_no_roslyn_symbols_syntax_or_compilations()
    {
        var driver = GeneratorRunner.CreateDriver(new[] { Nato, Vocabulary });
        driver = driver.RunGenerators(Compilations.Create("public class A { }"));

        var result = driver.GetRunResult().Results.Single();
        // The generator's own steps (Roslyn's input steps, such as its parse options, are tracked too but are not ours).
        foreach (var output in AllTrackingNames.SelectMany(name => result.TrackedSteps[name]).SelectMany(step => step.Outputs))
        {
            AssertNoBannedTypes(output.Value, new HashSet<object>(ReferenceEqualityComparer.Instance), path: output.Value.GetType().Name);
        }
    }

    private static void AssertNoBannedTypes(object? value, HashSet<object> visited, string path)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !visited.Add(value))
        {
            return;
        }

        Assert.False(value is Compilation or ISymbol or SyntaxNode or SyntaxTree or Location or SemanticModel, $"{path} holds a {value.GetType().Name}, which is not cacheable");
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
