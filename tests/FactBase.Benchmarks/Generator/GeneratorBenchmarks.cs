using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.CodeAnalysis;

namespace FactBase.Benchmarks.Generator;

/// <summary>
/// The source generator over the synthetic knowledge base (see <see cref="GeneratorRun"/>): a full run with a new
/// driver, a one-file fact edit and an unrelated C# edit on a driver that has run before. Targets (docs/performance.md):
/// full run ≤ 2 s at 10k entities, one-file edit ≤ 100 ms.
/// <c>--filter '*GeneratorBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
// 10 warm-ups: the edit calls most of the generator once per run, so with fewer it is measured on tier-0 JIT code.
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 10, iterationCount: 9)]
public class GeneratorBenchmarks
{
    private GeneratorRun _run = null!;
    private GeneratorDriver _driver = null!;

    [Params(1_000, 10_000)]
    public int Entities { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _run = GeneratorRun.Load(Entities, Console.Out);
        var check = _run.Verify();
        Console.WriteLine($"// {_run.FactFiles} fact files, {_run.YamlBytes / 1048576.0:F1} MB of YAML; generated {check.Sources} files, {check.Chars / 1048576.0:F1} M chars");
        _run.FullRun(out _driver);
    }

    /// <summary>A new driver (nothing cached): read, parse every file, build, emit.</summary>
    [Benchmark(Description = "full run")]
    public GeneratorDriver FullRun()
    {
        _run.FullRun(out var driver);
        return driver;
    }

    /// <summary>One founded year changed in one fact file: that file re-parsed, the knowledge base rebuilt and re-emitted.</summary>
    [Benchmark(Description = "one-file edit")]
    public GeneratorDriver OneFileEdit()
    {
        _run.FactEditRun(ref _driver);
        return _driver;
    }

    /// <summary>One C# file changed, no fact file: every step cached.</summary>
    [Benchmark(Description = "C# edit")]
    public GeneratorDriver CSharpEdit()
    {
        _run.CSharpEditRun(ref _driver);
        return _driver;
    }
}
