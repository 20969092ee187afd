using System.Diagnostics;
using System.Globalization;
using System.Text;
using FactBase.Benchmarks.Workloads;
using FactBase.Checking;
using FactBase.Documents;
using FactBase.Snapshots;

namespace FactBase.Benchmarks;

/// <summary>
/// The checker core against a knowledge base compiled by <c>factbase compile</c> (a million entities takes minutes to
/// compile, so it is compiled once and measured many times): load the snapshot, then check the 10k KB's 5 MB corpus
/// (which every larger synthetic KB contains) on one thread, CPU time of the thread, best of the passes.
/// </summary>
/// <remarks>The snapshot must come from the CLI of the same build as this program (its FactBase.dll): the identity in its
/// header is taken as it is, so a snapshot of another build would be misread, not refused.</remarks>
internal static class CompiledCheckRun
{
    private const double MiB = 1024 * 1024;

    public static int Run(string path, int passes, TextWriter log)
    {
        var (corpus, _) = WorkloadStore.Corpus(10_000, 5, log);
        var texts = WorkloadStore.Articles(corpus).Select(p => (Path: p, Text: File.ReadAllText(p))).ToArray();
        var mb = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t.Text)) / MiB;
        var documents = texts.Select(t => DocumentReader.Read(t.Text, DocumentReader.FormatOf(t.Path))).ToArray();
        var identity = new byte[SnapshotHeader.HashSize];
        using (var file = File.OpenRead(path))
        {
            file.ReadExactly(new byte[16]);
            file.ReadExactly(identity);
        }

        // As the CLI reads it: the checksum verified on the first read of the file as it is, recorded by its stamp, and
        // not again while the file is unchanged.
        var records = new StampRecords(Path.Combine(WorkloadStore.Root, "check-snapshot-stamps"));
        var verified = QuickRun.Best(1, () => KnowledgeBaseSnapshot.Read(path, identity, null, records), out _);
        var before = QuickRun.Retained();
        var wall = Stopwatch.StartNew();
        var load = QuickRun.Best(1, () => KnowledgeBaseSnapshot.Read(path, identity, null, records), out var build);
        var loadWall = wall.Elapsed.TotalMilliseconds;
        var index = QuickRun.Best(1, () => new FactChecker(build.KnowledgeBase), out var checker);
        var retained = QuickRun.Retained() - before;
        var first = QuickRun.CheckAll(checker, documents, passes: 1);
        var check = QuickRun.CheckAll(checker, documents, passes);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {build.KnowledgeBase.Entities.Count:N0} entities | first read (JIT, checksum unless recorded) {QuickRun.Ms(verified)} ms CPU | load {QuickRun.Ms(load)} ms CPU ({loadWall:N0} wall) | new FactChecker {QuickRun.Ms(index)} ms | retained {retained / MiB:F0} MB | first pass {first.MBps(mb, cpu: true):F1} MB/s | best of {passes} {check.MBps(mb, cpu: true):F1} MB/s (CPU, one thread) | peak {Process.GetCurrentProcess().PeakWorkingSet64 / MiB:F0} MB |"));
        GC.KeepAlive(checker);
        return 0;
    }
}
