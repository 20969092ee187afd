using System.Diagnostics;
using System.Globalization;
using System.Text;
using FactBase.Benchmarks.Workloads;
using FactBase.Checking;
using FactBase.Documents;
using FactBase.Knowledge;
using FactBase.Loading;
using FactBase.Snapshots;

namespace FactBase.Benchmarks;

/// <summary>
/// The compiled snapshot at each knowledge-base size: building from YAML against loading the snapshot (CPU time of this
/// thread, best of the runs), the memory the loaded KB and the checker's indexes keep, and the checker core on the 10k
/// KB's 5 MB corpus (which every larger KB contains). <c>--snapshot-sizes 10000,100000,1000000</c> chooses the sizes.
/// </summary>
internal static class SnapshotRun
{
    private const double MiB = 1024 * 1024;

    public static void Run(string[] args, TextWriter log)
    {
        var at = Array.IndexOf(args, "--snapshot-sizes");
        var sizes = at >= 0 && at + 1 < args.Length
            ? args[at + 1].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray()
            : new[] { 10_000, 100_000 };
        var identity = SnapshotKey.Identity();
        var key = new byte[32];
        var (corpus, _) = WorkloadStore.Corpus(10_000, 5, log);
        var texts = WorkloadStore.Articles(corpus).Select(p => (Path: p, Text: File.ReadAllText(p))).ToArray();
        var mb = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t.Text)) / MiB;
        var documents = texts.Select(t => DocumentReader.Read(t.Text, DocumentReader.FormatOf(t.Path))).ToArray();
        var rows = new List<string[]>();
        foreach (var size in sizes)
        {
            var folder = WorkloadStore.KnowledgeBase(size, log);
            log.WriteLine($"[snapshot {size:N0}] building from YAML ...");
            var runs = size >= 1_000_000 ? 1 : size >= 100_000 ? 2 : 3;
            var yaml = QuickRun.Best(runs, () => KnowledgeBaseBuilder.Build(FactLoader.Read(new[] { folder }), Math.Max(size, FactBaseLimits.MaxEntities)), out var build);
            if (build.HasErrors)
            {
                throw new InvalidOperationException("the synthetic knowledge base has errors: " + build.Diagnostics.First());
            }

            var path = Path.Combine(WorkloadStore.Root, $"kb-{size}{KnowledgeBaseSnapshot.Extension}");
            var write = QuickRun.Best(1, () => { KnowledgeBaseSnapshot.Write(path, build, identity, key); return 0; }, out _);
            var entities = build.Entities.Count;
            build = null!;

            log.WriteLine($"[snapshot {size:N0}] loading the snapshot ...");
            var before = QuickRun.Retained();
            var stopwatch = Stopwatch.StartNew();
            var load = QuickRun.Best(1, () => KnowledgeBaseSnapshot.Read(path, identity, key), out var loaded);
            var firstWall = stopwatch.Elapsed.TotalMilliseconds;
            var kb = loaded.KnowledgeBase;
            loaded = null!;
            var kbMemory = QuickRun.Retained() - before;
            var again = QuickRun.Best(runs, () => KnowledgeBaseSnapshot.Read(path, identity, key).Entities.Count, out _);
            var index = QuickRun.Best(1, () => new FactChecker(kb), out var checker);
            var indexMemory = QuickRun.Retained() - before - kbMemory;
            var check = QuickRun.CheckAll(checker, documents, passes: size >= 1_000_000 ? 3 : 5);
            rows.Add(new[]
            {
                entities.ToString("N0", CultureInfo.InvariantCulture),
                $"{new FileInfo(path).Length / MiB:F0}",
                QuickRun.Ms(yaml), QuickRun.Ms(write),
                $"{QuickRun.Ms(load)} ({firstWall:N0} wall)", QuickRun.Ms(again),
                $"{kbMemory / MiB:F0}", QuickRun.Ms(index), $"{indexMemory / MiB:F0}",
                $"{Process.GetCurrentProcess().PeakWorkingSet64 / MiB:F0}",
                $"{check.MBps(mb, cpu: true):F1}",
            });
            log.WriteLine($"[snapshot {size:N0}] {string.Join(" | ", rows[^1])}");
            GC.KeepAlive(checker);
            kb = null!;
            checker = null!;
            File.Delete(path);
        }

        QuickRun.Print("Compiled snapshot (single thread, CPU ms; Check on the 10k KB's 5 MB corpus)", new[]
        {
            "entities", "snapshot MB", "build from YAML ms", "write ms", "first load ms", "load ms (best)", "KB MB retained",
            "new FactChecker ms", "checker index MB", "process peak MB", "Check MB/s (CPU)",
        }, rows);
    }
}
