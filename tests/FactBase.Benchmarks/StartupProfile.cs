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
/// snapshot: key the fact files, read the snapshot, build the checker, check one article. Each step's CPU time of this
/// thread, first run (cold, JIT included) and best of the later runs.
/// </summary>
internal static class StartupProfile
{
    public static int Run(int size, int passes)
    {
        var folder = WorkloadStore.KnowledgeBase(size, Console.Error);
        var identity = SnapshotKey.Identity();
        var path = Path.Combine(WorkloadStore.Root, $"startup-{size}{KnowledgeBaseSnapshot.Extension}");
        if (!File.Exists(path))
        {
            var build = FactLoader.Load(new[] { folder }, KnowledgeBase.Empty, Math.Max(size, FactBaseLimits.MaxEntities));
            KnowledgeBaseSnapshot.Write(path, build, identity, new byte[32]);
        }

        var seed = File.ReadAllText(Path.Combine(Cli.RepositoryRoot(), "seeds", "000_d7d27435de85b353.txt"));
        var steps = new List<(string Name, List<double> Times)>();
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

            byte[] bytes = null!;
            KnowledgeBaseBuildResult result = null!;
            VocabularyIndex vocabulary = null!;
            NameIndex names = null!;
            FactChecker checker = null!;
            Time("key (hash the fact files)", () => SnapshotKey.Compute(new[] { folder }, "x"));
            Time("read the file", () => bytes = File.ReadAllBytes(path));
            Time("  of which: header and checksum", () => SnapshotHeader.Read(bytes));
            SnapshotReader reader = null!;
            FactBase.Model.EquatableArray<FactBase.Model.Entity> entities = default;
            FactBase.Model.EquatableArray<FactBase.Model.PropertyDefinition> properties = default;
            Time("  of which: string table", () => reader = new SnapshotReader(bytes, SnapshotHeader.Size));
            Time("  of which: entities and vocabulary", () =>
            {
                entities = reader.ReadArray(FactBase.Snapshots.Codecs.EntityCodec.Read);
                properties = reader.ReadArray(FactBase.Snapshots.Codecs.PropertyDefinitionCodec.Read);
            });
            KnowledgeBase created = null!;
            FactBase.Checking.Mentions.NameIndexData data = null!;
            Time("  of which: KnowledgeBase.Create", () => created = KnowledgeBase.Create(entities, properties));
            Time("  of which: diagnostics and name index blocks", () =>
            {
                reader.ReadArray(FactBase.Snapshots.Codecs.FactDiagnosticCodec.Read);
                reader.ReadBool();
                data = FactBase.Snapshots.Codecs.NameIndexCodec.Read(reader);
            });
            Time("  of which: NameIndex.FromData", () => NameIndex.FromData(created, data));
            Time("decode + KnowledgeBase.Create + name index", () => result = KnowledgeBaseSnapshot.Deserialize(bytes, identity, null));
            Time("VocabularyIndex", () => vocabulary = new VocabularyIndex(result.KnowledgeBase));
            Time("NameIndex", () => names = new NameIndex(result.KnowledgeBase));
            Time("ReferenceNounIndex", () => _ = new ReferenceNounIndex(result.KnowledgeBase));
            Time("ClaimVerifier", () => _ = new FactBase.Checking.Rules.ClaimVerifier(result.KnowledgeBase));
            Time("new FactChecker (all)", () => checker = new FactChecker(result.KnowledgeBase));
            Time("check one article", () => checker.Check(DocumentReader.Read(seed, DocumentFormat.PlainText), new FactDate(2025, 3, 7)));
            GC.KeepAlive(vocabulary);
            GC.KeepAlive(names);
        }

        Console.WriteLine($"| step ({size:N0} entities, CPU ms) | first | best of {passes - 1} |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var (name, times) in steps)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {times[0]:F1} | {times.Skip(1).DefaultIfEmpty(times[0]).Min():F1} |"));
        }

        return 0;
    }
}
