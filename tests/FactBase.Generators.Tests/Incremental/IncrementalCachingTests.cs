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
        TrackingNames.EmitEntity, TrackingNames.EmitSources,
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
        Assert.Contains("new global::FactBase.Model.FactDate(1949, 4, 5)", result.GeneratedSources.Single(s => s.HintName == TypedFactsWriter.HintName).SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_one_entity_re_emits_only_that_entity_and_the_output_equals_a_full_run()
    {
        var people = new InMemoryAdditionalText(
            "/repo/facts/people.yaml",
            "id: ann-lee\ntype: person\nname: Ann Lee\nfacts:\n  born: 1950-01-01\n---\nid: bob-ray\ntype: person\nname: Bob Ray\nfacts:\n  born: 1960-01-01\n");
        var driver = GeneratorRunner.CreateDriver(new[] { Nato, people, Vocabulary });
        var compilation = Compilations.Create();
        driver = driver.RunGenerators(compilation);

        var edited = new InMemoryAdditionalText(people.Path, people.GetText()!.ToString().Replace("1960-01-01", "1961-01-01", StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(people, edited).RunGenerators(compilation);

        var result = driver.GetRunResult().Results.Single();
        var emitted = result.TrackedSteps[TrackingNames.EmitEntity].SelectMany(step => step.Outputs).ToList();
        Assert.Equal(3, emitted.Count);
        var modified = Assert.Single(emitted, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains("Bob Ray", ((EntityText)modified.Value).Data, StringComparison.Ordinal);
        Assert.Equal(2, emitted.Count(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));

        // The joined output is what a fresh driver writes for the edited files.
        var fresh = GeneratorRunner.CreateDriver(new[] { Nato, edited, Vocabulary }).RunGenerators(compilation).GetRunResult().Results.Single();
        Assert.Equal(
            fresh.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())),
            result.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())));
        Assert.Contains("new global::FactBase.Model.FactDate(1961, 1, 1)", result.GeneratedSources.Single(s => s.HintName == TypedFactsWriter.HintName).SourceText.ToString(), StringComparison.Ordinal);
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
