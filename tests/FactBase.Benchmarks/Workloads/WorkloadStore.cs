using System.Diagnostics;
using System.Text.Json;

namespace FactBase.Benchmarks.Workloads;

/// <summary>
/// Where the generated workloads live: a folder outside the repository (the system temp folder by
/// default, or <c>FACTBASE_BENCH_DIR</c>), generated on first use and reused while the generator's
/// version and seeds are unchanged. Nothing generated is ever written into the repository.
/// </summary>
internal static class WorkloadStore
{
    /// <summary>Bump when the generator changes, so stale workloads are regenerated.</summary>
    private const int GeneratorVersion = 2;

    public const int KbSeed = 42;
    public const int CorpusSeed = 7;

    public static string Root { get; } = Environment.GetEnvironmentVariable("FACTBASE_BENCH_DIR")
        ?? Path.Combine(Path.GetTempPath(), "factbase-bench");

    /// <summary>The fact folder of a knowledge base of <paramref name="size"/> entities, generated if missing.</summary>
    public static string KnowledgeBase(int size, TextWriter? log = null)
    {
        var directory = Path.Combine(Root, $"v{GeneratorVersion}", $"kb-{size}");
        Ensure(directory, log, $"knowledge base of {size:N0} entities", () =>
        {
            var bytes = Kb(size).WriteYaml(directory);
            return new { entities = size, bytes };
        });
        return directory;
    }

    /// <summary>The article folder of a corpus of about <paramref name="megabytes"/> MB about the knowledge base of <paramref name="kbSize"/>, generated if missing.</summary>
    public static (string Directory, CorpusManifest Manifest) Corpus(int kbSize, int megabytes, TextWriter? log = null)
    {
        var directory = Path.Combine(Root, $"v{GeneratorVersion}", $"corpus-kb{kbSize}-{megabytes}mb");
        Ensure(directory, log, $"{megabytes} MB corpus about the {kbSize:N0}-entity knowledge base", () => SyntheticCorpus.Write(Kb(kbSize), Path.Combine(directory, "articles"), megabytes * 1024L * 1024L, CorpusSeed));
        var manifest = JsonSerializer.Deserialize<CorpusManifest>(File.ReadAllText(Path.Combine(directory, "manifest.json")))!;
        return (Path.Combine(directory, "articles"), manifest);
    }

    /// <summary>Every article file of a corpus folder, in a stable order.</summary>
    public static string[] Articles(string directory)
        => Directory.EnumerateFiles(directory, "*.*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();

    private static readonly Dictionary<int, SyntheticKnowledgeBase> Kbs = new();

    public static SyntheticKnowledgeBase Kb(int size)
    {
        lock (Kbs)
        {
            if (!Kbs.TryGetValue(size, out var kb))
            {
                Kbs[size] = kb = SyntheticKnowledgeBase.Create(size, KbSeed);
            }

            return kb;
        }
    }

    private static void Ensure(string directory, TextWriter? log, string what, Func<object> generate)
    {
        var manifest = Path.Combine(directory, "manifest.json");
        if (File.Exists(manifest))
        {
            return;
        }

        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        log?.Write($"generating the {what} in {directory} ... ");
        var stopwatch = Stopwatch.StartNew();
        var result = generate();
        File.WriteAllText(manifest, JsonSerializer.Serialize(result, result.GetType()));
        log?.WriteLine($"{stopwatch.Elapsed.TotalSeconds:F1} s");
    }
}
