using BenchmarkDotNet.Running;
using FactBase.Benchmarks;
using FactBase.Benchmarks.Workloads;

// dotnet run -c Release --project tests/FactBase.Benchmarks -- --quick [--sizes 1000,10000] [--no-snapshot] [--baseline-cli OTHER/FactBase.Cli.dll] [--no-cli] [--no-100mb] [--no-generator]
//   generates the workloads (once, outside the repository) and prints the table of docs/performance.md.
// dotnet run -c Release --project tests/FactBase.Benchmarks -- --targets [--baseline-cli OTHER/FactBase.Cli.dll] [--no-cli-build]
//   only the CLI rows with targets in issue 18 (one article: built-in KB, 10k and 100k KB; 20 MB with the 10k KB).
// dotnet run -c Release --project tests/FactBase.Benchmarks -- --snapshot [--snapshot-sizes 10000,100000,1000000]
//   only the compiled-snapshot table: build from YAML against snapshot load, memory, checker core.
// dotnet run -c Release --project tests/FactBase.Benchmarks -- --generator [--sizes 1000,10000] [--compile-up-to N]
//   only the "Generator" table: the source generator's full run, one-file fact edit and C# edit (GetTimingInfo).
// dotnet run -c Release --project tests/FactBase.Benchmarks -- --generator-stages SIZE [PASSES] | --generator-profile SIZE [SECONDS]
//   a generator run split into stages; or one-file edits in a loop, for a profiler.
// dotnet run -c Release --project tests/FactBase.Benchmarks -- --startup SIZE [PASSES]
//   where the start of a one-article check with a warm snapshot goes, step by step.
// dotnet run -c Release --project tests/FactBase.Benchmarks -- --check-snapshot FILE [PASSES]
//   the checker core (5 MB corpus, one thread) against a snapshot compiled by 'factbase compile' of the same build.
// dotnet run -c Release --project tests/FactBase.Benchmarks -- --generate
//   only generates the workloads.
// dotnet run -c Release --project tests/FactBase.Benchmarks -- --profile SIZE [SECONDS]
//   checks the 5 MB corpus in a loop, for a profiler (dotnet-trace collect -- ...).
// dotnet run -c Release --project tests/FactBase.Benchmarks -- --export SIZE DIR
//   writes names.txt (one name a line, for grep -F -f) and prh.yml (for textlint + prh) for a knowledge base.
// dotnet run -c Release --project tests/FactBase.Benchmarks -- [BenchmarkDotNet arguments, e.g. --filter '*']
//   the full BenchmarkDotNet run (MemoryDiagnoser), one benchmark class or all.
if (args.Contains("--quick"))
{
    return QuickRun.Run(args);
}

if (args.Contains("--targets"))
{
    // Only the CLI rows issue 18 sets targets for: dotnet run -c Release --project tests/FactBase.Benchmarks -- --targets [--baseline-cli OTHER/FactBase.Cli.dll]
    Cli.Run(args, Console.Error);
    return 0;
}

if (args.Contains("--snapshot"))
{
    SnapshotRun.Run(args, Console.Error);
    return 0;
}

if (args.Contains("--generator"))
{
    QuickRun.Generator(args, Console.Error);
    return 0;
}

if (args.Length >= 2 && args[0] == "--generator-stages")
{
    // Where a generator run spends its time: dotnet run -c Release --project tests/FactBase.Benchmarks -- --generator-stages 10000 [passes]
    return FactBase.Benchmarks.Generator.GeneratorStages.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5);
}

if (args.Length >= 2 && args[0] == "--generator-profile")
{
    // One-file edits in a loop, for a profiler: dotnet-trace collect -- dotnet FactBase.Benchmarks.dll --generator-profile 10000 [seconds]
    var run = FactBase.Benchmarks.Generator.GeneratorRun.Load(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), Console.Error);
    run.FullRun(out var driver);
    var until = DateTime.UtcNow.AddSeconds(args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20);
    while (DateTime.UtcNow < until)
    {
        Console.Error.WriteLine($"one-file edit: {run.FactEditRun(ref driver)}");
    }

    return 0;
}

if (args.Length >= 2 && args[0] == "--profile")
{
    // A steady loop for a profiler: dotnet-trace collect -- dotnet FactBase.Benchmarks.dll --profile 10000 [seconds]
    return QuickRun.Profile(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20);
}

if (args.Length >= 2 && args[0] == "--passes")
{
    // A fixed number of Check passes, for instruction counts: perf stat -e instructions:u dotnet FactBase.Benchmarks.dll --passes 10000 [passes]
    // [articles] (the first articles of the corpus only: a callgrind run of the whole 5 MB takes too long)
    return QuickRun.Passes(
        int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture),
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20,
        args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : int.MaxValue);
}

if (args.Length >= 2 && args[0] == "--stages")
{
    // Where the time goes, stage by stage: dotnet run -c Release --project tests/FactBase.Benchmarks -- --stages 10000 [passes]
    return StageProfile.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3);
}

if (args.Length >= 2 && args[0] == "--check-snapshot")
{
    // The checker core against a snapshot compiled by this build's CLI: dotnet run -c Release --project tests/FactBase.Benchmarks -- --check-snapshot FILE [passes]
    return CompiledCheckRun.Run(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3, Console.Error);
}

if (args.Length >= 2 && args[0] == "--startup")
{
    // Where the start of a one-article check with a warm snapshot goes: dotnet run -c Release --project tests/FactBase.Benchmarks -- --startup 100000 [passes]
    return StartupProfile.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 4);
}

if (args.Contains("--generate"))
{
    foreach (var size in QuickRun.Sizes(args))
    {
        WorkloadStore.KnowledgeBase(size, Console.Out);
        WorkloadStore.Corpus(size, 5, Console.Out);
    }

    WorkloadStore.Corpus(10_000, 20, Console.Out);
    WorkloadStore.Corpus(10_000, 100, Console.Out);
    return 0;
}

if (args.Length == 3 && args[0] == "--export")
{
    ExternalTools.Export(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args[2]);
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(QuickRun).Assembly).Run(args);
return 0;
