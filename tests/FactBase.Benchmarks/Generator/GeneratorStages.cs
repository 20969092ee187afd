using System.Globalization;
using FactBase.Benchmarks.Workloads;
using FactBase.Generators;
using FactBase.Knowledge;
using FactBase.Model;
using FactBase.Parsing;

namespace FactBase.Benchmarks.Generator;

/// <summary>
/// Where a generator run spends its time, stage by stage, with the generator's own steps called directly (thread CPU
/// time, best of a few passes): parsing one 1,000-entity file (what a one-file edit re-parses), building the knowledge
/// base, planning the C# (frame and per-entity inputs), emitting every entity, joining the files.
/// <c>--generator-stages SIZE</c>.
/// </summary>
internal static class GeneratorStages
{
    public static int Run(int size, int passes)
    {
        var directory = WorkloadStore.KnowledgeBase(size, Console.Error);
        var files = Directory.EnumerateFiles(directory, "*.yaml").Order(StringComparer.Ordinal).Select(p => (Path: p, Text: File.ReadAllText(p))).ToList();
        var options = GeneratorOptions.Default with { PathRoot = directory };
        var rows = new List<string[]>();
        var last = files.Last(f => Path.GetFileName(f.Path).StartsWith("entities-", StringComparison.Ordinal));

        var parsed = files.Select(f => new ParsedFactFile(f.Path, f.Text, FactFileParser.Parse(GeneratorOptions.MakeRelative(f.Path, directory), f.Text))).ToList();
        KnowledgeBaseBuildResult result = null!;
        IReadOnlyList<EntityClass> classes = null!;
        IReadOnlyList<GeneratedSource> sources = null!;

        Add("parse one entity file (1,000 entities)", () => FactFileParser.Parse(GeneratorOptions.MakeRelative(last.Path, directory), last.Text));
        Add("order + KnowledgeBaseBuilder.Build", () => result = KnowledgeBaseBuilder.Build(parsed.OrderBy(f => f.File.Path, StringComparer.Ordinal).Select(f => f.File)));
        Add("FactsClassPlanner.Plan", () => classes = FactsClassPlanner.Plan(result, new List<Diagnostics.FactDiagnostic>()));
        (EmissionFrame Frame, EquatableArray<EntityEmitInput> Entities) plan = default;
        EntityText[] texts = null!;
        Add("FactsSourceEmitter.Plan (frame + one input per entity)", () => plan = FactsSourceEmitter.Plan(result, classes, options, files.Count));
        var previous = FactsSourceEmitter.Plan(result, classes, options, files.Count);
        Add("per-entity inputs compared with the previous run's (what caches the entity step)", () => plan.Entities.Equals(previous.Entities));
        Add("EmitEntity for every entity (full run only; an edit re-emits the changed ones)", () => texts = plan.Entities.Select(FactsSourceEmitter.EmitEntity).ToArray());
        Add("Assemble: join into the two files", () => sources = FactsSourceEmitter.Assemble(plan.Frame!, texts));
        Console.Error.WriteLine($"generated: {sources.Sum(s => (long)s.Text.Length) / 1048576.0:F1} M chars");

        QuickRun.Print($"Generator stages, {size:N0} entities (thread CPU ms, best of {passes})", new[] { "stage", "CPU ms", "allocated MB", "gen0/1/2 GCs" }, rows);
        return 0;

        void Add(string stage, Func<object> action)
        {
            var best = double.MaxValue;
            long allocated = 0;
            var gcs = string.Empty;
            for (var i = 0; i < passes; i++)
            {
                var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
                var bytes = GC.GetAllocatedBytesForCurrentThread();
                var before = ThreadClock.Now();
                GC.KeepAlive(action());
                best = Math.Min(best, ThreadClock.Now() - before);
                allocated = GC.GetAllocatedBytesForCurrentThread() - bytes;
                gcs = $"{GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2}";
            }

            rows.Add(new[] { stage, (best * 1000).ToString("F1", CultureInfo.InvariantCulture), (allocated / 1048576.0).ToString("F1", CultureInfo.InvariantCulture), gcs });
        }
    }
}
