using System.Reflection;
using FactBase.Checking;
using FactBase.Checking.Findings;
using FactBase.Diagnostics;
using FactBase.Documents;
using FactBase.Knowledge;
using FactBase.Loading;
using FactBase.Model;
using FactBase.Snapshots;

namespace FactBase.Tests.Snapshots;

/// <summary>A snapshot gives back exactly the build it was made from: every field of the model, and every finding.</summary>
public sealed class SnapshotRoundTripTests
{
    private static readonly byte[] Identity = SnapshotKey.Identity(typeof(SnapshotRoundTripTests).Assembly);

    [Fact]
    public void Every_field_of_every_model_type_survives_a_round_trip()
    {
        // Filled by reflection: a field added to the model is filled too, and fails here until the codecs write it.
        var filler = new ModelFiller();
        var entity = filler.Fill<Entity>();
        var property = filler.Fill<PropertyDefinition>();
        var diagnostic = filler.Fill<FactDiagnostic>();
        var build = new KnowledgeBaseBuildResult(
            KnowledgeBase.Create(new[] { entity }, new[] { property }),
            EquatableArray.Create(diagnostic),
            EquatableArray.Create(entity),
            EquatableArray.Create(property));

        var read = RoundTrip(build);

        Assert.Equal(entity, Assert.Single(read.Entities));
        Assert.Equal(property, Assert.Single(read.Properties));
        Assert.Equal(diagnostic, Assert.Single(read.Diagnostics));
        Assert.Equal(entity, read.KnowledgeBase[entity.Id]);
    }

    [Fact]
    public void The_filler_reaches_every_model_type_the_snapshot_holds()
    {
        // Guards the test above: each record type reachable from the snapshot's roots is one the filler builds.
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>(new[] { typeof(Entity), typeof(PropertyDefinition), typeof(FactDiagnostic) });
        while (pending.Count > 0)
        {
            var type = pending.Pop();
            if (!seen.Add(type) || !type.IsClass || type == typeof(string))
            {
                continue;
            }

            var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
            foreach (var parameter in constructor.GetParameters())
            {
                var t = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
                pending.Push(t.IsGenericType ? t.GetGenericArguments()[0] : t);
            }
        }

        var filler = new ModelFiller();
        foreach (var type in seen)
        {
            Assert.NotNull(filler.Fill(type));
        }

        Assert.Contains(typeof(TimelineEntry), seen);
        Assert.Contains(typeof(SourceReference), seen);
    }

    [Fact]
    public void The_starter_knowledge_base_round_trips_with_its_diagnostics()
    {
        var build = FactLoader.Load(new[] { Path.Combine(AppContext.BaseDirectory, "facts") });
        var read = RoundTrip(build);

        Assert.Equal(build.Entities, read.Entities);
        Assert.Equal(build.Properties, read.Properties);
        Assert.Equal(build.Diagnostics, read.Diagnostics);
        Assert.Equal(build.KnowledgeBase.Entities, read.KnowledgeBase.Entities);
        Assert.Equal(build.KnowledgeBase.Properties, read.KnowledgeBase.Properties);
        foreach (var entity in build.Entities)
        {
            Assert.Equal(build.KnowledgeBase.GetTermsOf(entity.Id).Count, read.KnowledgeBase.GetTermsOf(entity.Id).Count);
        }
    }

    [Theory]
    [InlineData("facts")]
    [InlineData("Fixtures/facts")]
    public void Findings_on_the_evaluation_sets_are_the_same_from_yaml_and_from_the_snapshot(string facts)
    {
        var build = FactLoader.Load(new[] { Path.Combine(AppContext.BaseDirectory, facts) });
        var fromYaml = new FactChecker(build.KnowledgeBase);
        var fromSnapshot = new FactChecker(RoundTrip(build).KnowledgeBase);
        var options = new CheckOptions { IncludeSupported = true };
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Eval"), "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(files);
        var findings = 0;
        foreach (var file in files)
        {
            var document = DocumentReader.Read(File.ReadAllText(file), DocumentReader.FormatOf(file));
            var asOf = document.Date ?? new FactDate(2025, 6, 1);
            var expected = fromYaml.Check(document, asOf, options).Findings.Select(Describe).ToList();
            var actual = fromSnapshot.Check(document, asOf, options).Findings.Select(Describe).ToList();
            Assert.Equal(expected, actual);
            findings += expected.Count;
        }

        if (facts == "facts")
        {
            Assert.True(findings > 100, $"only {findings} findings: the comparison would prove little");
        }
    }

    private static string Describe(Finding f)
        => $"{f.Rule} {f.Verdict} {f.Severity} {f.Span.Start}+{f.Span.Length} {f.Line}:{f.Column}-{f.EndLine}:{f.EndColumn} {f.Text} | {f.Message} | {f.Expected} | {f.Suggestion} | {f.Entity} | {f.Property} | {string.Join(",", f.Sources)} | {f.FactLocation}";

    private static KnowledgeBaseBuildResult RoundTrip(KnowledgeBaseBuildResult build)
        => KnowledgeBaseSnapshot.Deserialize(KnowledgeBaseSnapshot.Serialize(build, Identity, new byte[32]), Identity, new byte[32]);
}
