using System.Globalization;
using FactBase.Benchmarks.Workloads;
using FactBase.Checking;
using FactBase.Checking.Mentions;
using FactBase.Checking.Vocabulary;
using FactBase.Documents;
using FactBase.Knowledge;
using FactBase.Loading;
using FactBase.Model;
using FactBase.Snapshots;

namespace FactBase.Benchmarks;

/// <summary>
/// Where the start of a one-article check with a large user KB goes, step by step, as the CLI does it with a warm
/// snapshot: key the fact files, read the snapshot, build the checker, check one article (and how many entities it made). Each step's CPU time of this
/// thread, first run (cold, JIT included) and best of the later runs.
/// </summary>
internal static class StartupProfile
{
    public static int Run(int size, int passes)
    {
        var folder = WorkloadStore.KnowledgeBase(size, Console.Error);
        var identity = SnapshotKey.Identity();
        var path = Path.Combine(WorkloadStore.Root, $"startup-{size}-v{KnowledgeBaseSnapshot.FormatVersion}{KnowledgeBaseSnapshot.Extension}");
        if (!File.Exists(path) || !IsReadable(path, identity))
        {
            var build = FactLoader.Load(new[] { folder }, KnowledgeBase.Empty, Math.Max(size, FactBaseLimits.MaxEntities));
            KnowledgeBaseSnapshot.Write(path, build, identity, new byte[32]);
        }

        var seed = File.ReadAllText(Path.Combine(Cli.RepositoryRoot(), "seeds", "000_d7d27435de85b353.txt"));
        var steps = new List<(string Name, List<double> Times)>();
        var records = new StampRecords(Path.Combine(WorkloadStore.Root, "startup-stamps"));
        for (var pass = 0; pass < passes; pass++)
        {
            var step = 0;
            void Time(string name, Action action)
            {
                var start = ThreadClock.Now();
                action();
                var elapsed = ThreadClock.Now() - start;
                if (steps.Count <= step)
                {
                    steps.Add((name, new List<double>()));
                }

                steps[step++].Times.Add(elapsed * 1000);
            }

            KnowledgeBaseBuildResult result = null!;
            FactChecker checker = null!;
            Time("key (the fact files' content)", () => SnapshotKey.Compute(new[] { folder }, "x"));
            Time("key (the fact files' stamps, as recorded by the pass before)", () => SnapshotKey.Compute(new[] { folder }, "x", records));
            Time("checksum of the whole file (first read after a change)", () => SnapshotHeader.Read(File.ReadAllBytes(path)));
            Time("map and read the snapshot (verified before; tables, indexes; entities on demand)", () => result = KnowledgeBaseSnapshot.Read(path, identity, null, records));
            Time("new FactChecker (all)", () => checker = new FactChecker(result.KnowledgeBase));
            Time("PersonNames (on first use)", () => _ = PersonNames.Of(result.KnowledgeBase));
            Time("check one article", () => checker.Check(DocumentReader.Read(seed, DocumentFormat.PlainText), new FactDate(2025, 3, 7)));
            Time("entities made by the check", () => Console.Error.Write(string.Empty));
            steps[^1].Times[^1] = result.KnowledgeBase.Entities is SnapshotEntities made ? made.MadeCount : result.KnowledgeBase.Entities.Count;
        }

        Console.WriteLine($"| step ({size:N0} entities, CPU ms) | first | best of {passes - 1} |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var (name, times) in steps)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {times[0]:F1} | {times.Skip(1).DefaultIfEmpty(times[0]).Min():F1} |"));
        }

        return 0;
    }

    // Whether the snapshot was written by this build (a snapshot of another build is refused, so it is written again).
    private static bool IsReadable(string path, byte[] identity)
    {
        try
        {
            return KnowledgeBaseSnapshot.Read(path, identity, null) is not null;
        }
        catch (SnapshotException)
        {
            return false;
        }
    }
}
