using System.Diagnostics;
using System.Globalization;
using System.Text;
using FactBase.Benchmarks.Generator;
using FactBase.Benchmarks.Workloads;
using FactBase.Checking;
using FactBase.Documents;
using FactBase.Knowledge;
using FactBase.Loading;
using FactBase.Model;
using FactBase.Parsing;

namespace FactBase.Benchmarks;

/// <summary>
/// The quick run: Stopwatch measurements of every number in docs/performance.md, in a few minutes,
/// printed as Markdown tables. Single-threaded except the CLI (which checks files in parallel).
/// </summary>
internal static class QuickRun
{
    private const double MiB = 1024 * 1024;

    public static IReadOnlyList<int> Sizes(string[] args)
    {
        var at = Array.IndexOf(args, "--sizes");
        return at >= 0 && at + 1 < args.Length
            ? args[at + 1].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray()
            : new[] { 1_000, 10_000, 100_000 };
    }

    public static int Run(string[] args)
    {
        var sizes = Sizes(args);
        var log = Console.Error;
        log.WriteLine($"workloads: {WorkloadStore.Root} (set FACTBASE_BENCH_DIR to move them)");
        log.WriteLine($"runtime: .NET {Environment.Version}, {Environment.ProcessorCount} cores, server GC: {System.Runtime.GCSettings.IsServerGC}, thread CPU clock: {ThreadClock.IsCpuTime}");

        var rows = new List<string[]>();
        var scaling = new List<string[]>();
        foreach (var size in sizes)
        {
            var kbDirectory = WorkloadStore.KnowledgeBase(size, log);
            var (corpusDirectory, manifest) = WorkloadStore.Corpus(size, 5, log);
            log.WriteLine($"[{size:N0}] loading ...");

            // KB loading: parse + build, best of a few runs; then the memory it keeps.
            var files = Directory.EnumerateFiles(kbDirectory, "*.yaml").Order(StringComparer.Ordinal).Select(p => (Path: p, Text: File.ReadAllText(p))).ToList();
            var yamlBytes = files.Sum(f => (long)Encoding.UTF8.GetByteCount(f.Text));
            var runs = size >= 100_000 ? 2 : 3;
            var parse = Best(runs, () => files.Select(f => FactFileParser.Parse(f.Path, f.Text)).ToList(), out var parsed);
            var build = Best(runs, () => KnowledgeBaseBuilder.Build(parsed), out _);
            var load = Best(runs, () => FactLoader.Load(new[] { kbDirectory }), out _);
            parsed = null!;

            var before = Retained();
            var result = FactLoader.Load(new[] { kbDirectory });
            var kbMemory = Retained() - before;
            if (result.HasErrors)
            {
                throw new InvalidOperationException("the synthetic knowledge base has errors: " + result.Diagnostics.First(d => d.Severity == Diagnostics.FactDiagnosticSeverity.Error));
            }

            var kb = result.KnowledgeBase;
            result = null!;
            var kbOnly = Retained();
            var index = Best(runs, () => new FactChecker(kb), out _);
            var checkerBefore = Retained();
            var checker = new FactChecker(kb);
            var indexMemory = Retained() - checkerBefore;
            _ = kbOnly;

            // Checker core: Check over already-read documents; and Read + Check; single thread.
            log.WriteLine($"[{size:N0}] checking the 5 MB corpus ...");
            var texts = WorkloadStore.Articles(corpusDirectory).Select(p => (Path: p, Text: File.ReadAllText(p))).ToArray();
            var bytes = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t.Text));
            var documents = texts.Select(t => DocumentReader.Read(t.Text, DocumentReader.FormatOf(t.Path))).ToArray();
            var check = CheckAll(checker, documents, passes: 5);
            var readCheck = ReadAndCheckAll(checker, texts, passes: 2);
            var mb = bytes / MiB;

            // The same text (the corpus about the first 1,000 entities, which every knowledge base contains) at every size:
            // only the size of the name index changes, so this isolates the cost of the number of names.
            var (sharedDirectory, _) = WorkloadStore.Corpus(1_000, 5, log);
            var shared = WorkloadStore.Articles(sharedDirectory).Select(p => DocumentReader.Read(File.ReadAllText(p), DocumentReader.FormatOf(p))).ToArray();
            var sharedMb = WorkloadStore.Articles(sharedDirectory).Sum(p => new FileInfo(p).Length) / MiB;
            var sharedCheck = CheckAll(checker, shared, passes: 3);

            rows.Add(new[]
            {
                size.ToString("N0", CultureInfo.InvariantCulture),
                $"{yamlBytes / MiB:F1}",
                Ms(load), Ms(parse), Ms(build),
                $"{kbMemory / MiB:F0}", $"{indexMemory / MiB:F0}",
                Ms(index),
                $"{check.MBps(mb, cpu: true):F1}", $"{check.MBps(mb, cpu: false):F1}",
                $"{check.Allocated / mb / MiB:F1}",
                $"{readCheck.MBps(mb, cpu: true):F1}",
                $"{readCheck.Allocated / mb / MiB:F1}",
                $"{sharedCheck.MBps(sharedMb, cpu: true):F1}",
                $"{check.Findings:N0} / {manifest.TotalErrors:N0}",
            });
            log.WriteLine($"[{size:N0}] done: {string.Join(" | ", rows[^1])} (same-text findings {sharedCheck.Findings:N0})");
            GC.KeepAlive(kb);
            GC.KeepAlive(checker);
        }

        Print("Knowledge-base size", new[]
        {
            "entities", "YAML MB", "load CPU ms (parse+build)", "parse CPU ms", "build CPU ms", "KB MB retained", "checker index MB", "new FactChecker CPU ms",
            "Check MB/s (CPU)", "Check MB/s (wall)", "Check alloc MB/MB", "Read+Check MB/s (CPU)", "Read+Check alloc MB/MB", "same text Check MB/s (CPU)", "findings / planted errors",
        }, rows);

        if (!args.Contains("--no-generator"))
        {
            Generator(args, log);
        }

        if (!args.Contains("--no-100mb"))
        {
            TextScaling(args, log, scaling);
            Print("Text size (10,000-entity KB, Read + Check, single thread)", new[] { "text", "documents", "CPU s", "MB/s (CPU)", "MB/s (wall)", "alloc MB/MB" }, scaling);
        }

        if (!args.Contains("--no-snapshot"))
        {
            SnapshotRun.Run(args, log);
        }

        if (!args.Contains("--no-cli"))
        {
            Cli.Run(args, log);
        }

        return 0;
    }

    /// <summary>
    /// The "Generator" table at 1k and 10k entities (of <c>--sizes</c>; 100k only when asked for, it takes minutes).
    /// <c>--compile-up-to N</c>: also compile the generated code up to N entities (default 1,000).
    /// </summary>
    public static void Generator(string[] args, TextWriter log)
    {
        var at = Array.IndexOf(args, "--sizes");
        var sizes = at >= 0 ? Sizes(args) : new[] { 1_000, 10_000 };
        var compile = Array.IndexOf(args, "--compile-up-to");
        var compileUpTo = compile >= 0 && compile + 1 < args.Length ? int.Parse(args[compile + 1], CultureInfo.InvariantCulture) : 1_000;
        Print(GeneratorTable.Title, GeneratorTable.Header, GeneratorTable.Measure(sizes, log, compileUpTo));
    }

    public static int Profile(int size, int seconds)
    {
        var checker = new FactChecker(FactLoader.Load(new[] { WorkloadStore.KnowledgeBase(size, Console.Error) }).KnowledgeBase);
        var (directory, _) = WorkloadStore.Corpus(size, 5, Console.Error);
        var texts = WorkloadStore.Articles(directory).Select(p => (Path: p, Text: File.ReadAllText(p))).ToArray();
        var bytes = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t.Text));
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed.TotalSeconds < seconds)
        {
            var gcs = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
            var pass = ReadAndCheckAll(checker, texts, passes: 1);
            Console.Error.WriteLine($"{pass.MBps(bytes / MiB, cpu: true):F1} MB/s CPU, {pass.MBps(bytes / MiB, cpu: false):F1} MB/s wall, {pass.Allocated / (bytes / MiB) / MiB:F1} MB allocated per MB, "
                + $"GCs gen0/1/2 {GC.CollectionCount(0) - gcs.Item1}/{GC.CollectionCount(1) - gcs.Item2}/{GC.CollectionCount(2) - gcs.Item3}, pause {(GC.GetTotalPauseDuration() - gcs.Item4).TotalMilliseconds:F0} ms");
        }

        return 0;
    }

    /// <summary>Exactly <paramref name="passes"/> passes of <c>FactChecker.Check</c> over the 5 MB corpus, already read, with no
    /// warm-up: a fixed amount of work, so <c>perf stat -e instructions:u</c> of a run with N passes minus one with 1 pass
    /// counts the instructions of N - 1 passes whatever else runs on the machine. With <c>FACTBASE_PASSES_GATE</c> set
    /// (callgrind), the first pass runs before the gate, so one run counts N - 1 passes without the compiler.</summary>
    public static int Passes(int size, int passes, int articles = int.MaxValue)
    {
        var checker = new FactChecker(FactLoader.Load(new[] { WorkloadStore.KnowledgeBase(size, Console.Error) }).KnowledgeBase);
        var (directory, _) = WorkloadStore.Corpus(size, 5, Console.Error);
        var texts = WorkloadStore.Articles(directory).Take(articles).Select(p => (Path: p, Text: File.ReadAllText(p))).ToArray();
        var bytes = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t.Text));
        var documents = texts.Select(t => DocumentReader.Read(t.Text, DocumentReader.FormatOf(t.Path))).ToArray();
        var options = new CheckOptions();
        var asOf = new FactDate(2025, 3, 7);
        var gate = Environment.GetEnvironmentVariable("FACTBASE_PASSES_GATE") is { Length: > 0 } g ? g : null;
        for (var p = 0; p < passes; p++)
        {
            if (gate is not null && p == Math.Min(1, passes - 1))
            {
                // For callgrind started with --instr-atstart=no: the knowledge base's load and the first pass (which compiles
                // every method the checker calls) run uninstrumented; the caller turns instrumentation on (callgrind_control
                // -i on), then creates the gate file, so the counts are those of passes 2..N alone (of the one pass when N = 1).
                Console.Error.WriteLine("passes: ready");
                while (!File.Exists(gate))
                {
                    Thread.Sleep(100);
                }
            }

            var pass = Measure(1, () =>
            {
                var findings = 0;
                foreach (var document in documents)
                {
                    findings += checker.Check(document, document.Date ?? asOf, options).Findings.Count;
                }

                return findings;
            });
            Console.Error.WriteLine($"{pass.MBps(bytes / MiB, cpu: true):F1} MB/s CPU, {pass.Allocated / (bytes / MiB) / MiB:F1} MB allocated per MB");
        }

        return 0;
    }

    private static void TextScaling(string[] args, TextWriter log, List<string[]> rows)
    {
        var size = 10_000;
        var checker = new FactChecker(FactLoader.Load(new[] { WorkloadStore.KnowledgeBase(size, log) }).KnowledgeBase);
        var (directory, _) = WorkloadStore.Corpus(size, 100, log);
        var all = WorkloadStore.Articles(directory);

        // Many articles: 1, 10 and 100 MB prefixes of the 100 MB corpus.
        foreach (var megabytes in new[] { 1, 10, 100 })
        {
            var paths = new List<string>();
            long total = 0;
            foreach (var p in all)
            {
                if (total >= megabytes * MiB)
                {
                    break;
                }

                paths.Add(p);
                total += new FileInfo(p).Length;
            }

            log.WriteLine($"[text] {megabytes} MB in {paths.Count:N0} articles ...");
            var texts = paths.Select(p => (Path: p, Text: File.ReadAllText(p))).ToArray();
            var pass = ReadAndCheckAll(checker, texts, passes: megabytes >= 100 ? 1 : 2);
            rows.Add(new[] { $"{total / MiB:F0} MB", paths.Count.ToString("N0", CultureInfo.InvariantCulture), $"{pass.Cpu:F2}", $"{pass.MBps(total / MiB, cpu: true):F1}", $"{pass.MBps(total / MiB, cpu: false):F1}", $"{pass.Allocated / (total / MiB) / MiB:F1}" });
        }

        // One long document: the same prose concatenated into a single plain-text article of 1, 4 and 16 MB.
        var bodies = new StringBuilder();
        var date = "date 2025-03-07\n";
        var index = 0;
        foreach (var megabytes in new[] { 1, 4, 16 })
        {
            while (bodies.Length < megabytes * MiB)
            {
                var text = File.ReadAllText(all[index++]);
                var start = text.IndexOf("\n\n", StringComparison.Ordinal);
                bodies.Append(text, start + 2, text.Length - start - 2);
            }

            var one = new[] { (Path: "long.txt", Text: date + bodies) };
            log.WriteLine($"[text] one document of {megabytes} MB ...");
            var pass = ReadAndCheckAll(checker, one, passes: 2);
            var mb = Encoding.UTF8.GetByteCount(one[0].Text) / MiB;
            rows.Add(new[] { $"1 document of {mb:F0} MB", "1", $"{pass.Cpu:F2}", $"{pass.MBps(mb, cpu: true):F1}", $"{pass.MBps(mb, cpu: false):F1}", $"{pass.Allocated / mb / MiB:F1}" });
        }
    }

    /// <summary>One measured pass: wall seconds, CPU seconds of the checking thread, bytes allocated, findings.</summary>
    internal readonly record struct Pass(double Wall, double Cpu, long Allocated, int Findings)
    {
        public double MBps(double megabytes, bool cpu) => megabytes / (cpu ? Cpu : Wall);
    }

    internal static Pass CheckAll(FactChecker checker, Document[] documents, int passes)
    {
        var options = new CheckOptions();
        var asOf = new FactDate(2025, 3, 7);
        WarmUp(() =>
        {
            foreach (var d in documents)
            {
                checker.Check(d, d.Date ?? asOf, options);
            }
        });

        return Measure(passes, () =>
        {
            var findings = 0;
            foreach (var document in documents)
            {
                findings += checker.Check(document, document.Date ?? asOf, options).Findings.Count;
            }

            return findings;
        });
    }

    internal static Pass ReadAndCheckAll(FactChecker checker, (string Path, string Text)[] texts, int passes)
    {
        var options = new CheckOptions();
        var asOf = new FactDate(2025, 3, 7);
        var warmUp = texts.Take(Math.Max(300, texts.Length / 10)).ToArray();
        WarmUp(() =>
        {
            foreach (var (path, text) in warmUp)
            {
                var d = DocumentReader.Read(text, DocumentReader.FormatOf(path));
                checker.Check(d, d.Date ?? asOf, options);
            }
        });

        return Measure(passes, () =>
        {
            var findings = 0;
            foreach (var (path, text) in texts)
            {
                var document = DocumentReader.Read(text, DocumentReader.FormatOf(path));
                findings += checker.Check(document, document.Date ?? asOf, options).Findings.Count;
            }

            return findings;
        });
    }

    /// <summary>
    /// Runs <paramref name="pass"/> until a second has passed (at least once), so that the passes measured after it run
    /// the final code: tiered compilation waits for 100 ms without new methods before it counts calls, and dynamic PGO
    /// then runs an instrumented tier before the final one. A shorter warm-up (part of one pass) leaves some of that to
    /// the measured passes, and the 10k row then varies by a fifth from run to run.
    /// </summary>
    private static void WarmUp(Action pass)
    {
        var stopwatch = Stopwatch.StartNew();
        do
        {
            pass();
        }
        while (stopwatch.Elapsed < TimeSpan.FromSeconds(1));
    }

    /// <summary>The best of <paramref name="passes"/> runs, by wall time and by CPU time separately.</summary>
    private static Pass Measure(int passes, Func<int> pass)
    {
        var wall = double.MaxValue;
        var cpu = double.MaxValue;
        long allocated = 0;
        var findings = 0;
        for (var i = 0; i < passes; i++)
        {
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var cpuBefore = ThreadClock.Now();
            var stopwatch = Stopwatch.StartNew();
            findings = pass();
            stopwatch.Stop();
            cpu = Math.Min(cpu, ThreadClock.Now() - cpuBefore);
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            wall = Math.Min(wall, stopwatch.Elapsed.TotalSeconds);
        }

        return new Pass(wall, cpu, allocated, findings);
    }

    /// <summary>The best of <paramref name="runs"/> runs, in CPU time of this thread (single-threaded work; see <see cref="ThreadClock"/>).</summary>
    internal static TimeSpan Best<T>(int runs, Func<T> action, out T last)
    {
        var best = double.MaxValue;
        last = default!;
        for (var i = 0; i < runs; i++)
        {
            var before = ThreadClock.Now();
            last = action();
            best = Math.Min(best, ThreadClock.Now() - before);
        }

        return TimeSpan.FromSeconds(best);
    }

    internal static long Retained()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    internal static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("N0", CultureInfo.InvariantCulture);

    internal static void Print(string title, string[] header, List<string[]> rows)
    {
        Console.WriteLine();
        Console.WriteLine($"### {title}");
        Console.WriteLine();
        Console.WriteLine("| " + string.Join(" | ", header) + " |");
        Console.WriteLine("|" + string.Join("|", header.Select(_ => "---:")) + "|");
        foreach (var row in rows)
        {
            Console.WriteLine("| " + string.Join(" | ", row) + " |");
        }
    }
}
