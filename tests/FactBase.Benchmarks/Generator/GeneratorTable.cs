using System.Globalization;
using Microsoft.CodeAnalysis;

namespace FactBase.Benchmarks.Generator;

/// <summary>
/// The "Generator" table of the quick run (and of <c>--generator</c>): per knowledge-base size, a full run with a new
/// driver, a one-file fact edit and an unrelated C# edit, each the best of a few runs, after <see cref="GeneratorRun.Verify"/>
/// has shown that the runs do real work.
/// </summary>
internal static class GeneratorTable
{
    public static readonly string Title = "Generator (CSharpGeneratorDriver in-process, single thread; ms = GetTimingInfo().ElapsedTime (the driver's whole run), best / median of N, CPU = this thread's CPU time of the best run)";

    public static readonly string[] Header =
    {
        "entities", "fact files", "YAML MB", "first run in process ms (cold JIT only for the first size)", "full run ms (new driver)", "one-file edit ms", "C# edit ms", "generated M chars", "generated code compiles",
    };

    /// <summary>Measures every size; <paramref name="compileUpTo"/>: compile the generated code for sizes up to this.</summary>
    public static List<string[]> Measure(IEnumerable<int> sizes, TextWriter log, int compileUpTo)
    {
        var rows = new List<string[]>();
        foreach (var size in sizes)
        {
            rows.Add(Measure(size, log, size <= compileUpTo));
        }

        return rows;
    }

    private static string[] Measure(int size, TextWriter log, bool compile)
    {
        var run = GeneratorRun.Load(size, log);
        log.WriteLine($"[generator {size:N0}] {run.FactFiles} fact files, {run.YamlBytes / 1048576.0:F1} MB; edit: founded -> {run.EditedDate} in {Path.GetFileName(run.EditedPath)}");

        var first = run.FullRun(out _);
        log.WriteLine($"[generator {size:N0}] first full run: {first}");

        var check = run.Verify();
        log.WriteLine($"[generator {size:N0}] verified: {check.Sources} sources, {check.Chars / 1048576.0:F1} M chars (SHA-256 {check.Hash}), {check.EntityClasses:N0} entity classes, edit re-parsed 1 of {check.ParsedFiles} files, C# edit re-ran nothing");

        // Warm-up, not measured: let tiered JIT settle (the first size measured would otherwise run partly unoptimized code).
        var warm = run.FullRun(out var warmDriver);
        for (var i = 0; i < 10; i++)
        {
            warm = run.FactEditRun(ref warmDriver);
        }

        log.WriteLine($"[generator {size:N0}] warmed up; last warm-up edit: {warm}");

        var full = new List<GeneratorTiming>();
        GeneratorDriver? driver = null;
        for (var i = 0; i < (size >= 100_000 ? 1 : 5); i++)
        {
            full.Add(run.FullRun(out driver));
            log.WriteLine($"[generator {size:N0}] full run: {full[^1]}");
        }

        var edit = new List<GeneratorTiming>();
        for (var i = 0; i < 9; i++)
        {
            edit.Add(run.FactEditRun(ref driver!));
            log.WriteLine($"[generator {size:N0}] one-file edit: {edit[^1]}");
        }

        var code = new List<GeneratorTiming>();
        for (var i = 0; i < 9; i++)
        {
            code.Add(run.CSharpEditRun(ref driver!));
            log.WriteLine($"[generator {size:N0}] C# edit: {code[^1]}");
        }

        // After the timings: compiling leaves a large heap that would slow the runs measured after it.
        var compiled = compile ? $"yes, 0 errors ({run.CompileCheck().TotalSeconds:F0} s)" : "not checked";
        log.WriteLine($"[generator {size:N0}] generated code compiles: {compiled}");

        return new[]
        {
            size.ToString("N0", CultureInfo.InvariantCulture),
            run.FactFiles.ToString(CultureInfo.InvariantCulture),
            $"{run.YamlBytes / 1048576.0:F1}",
            $"{Ms(first.Driver)} (CPU {Ms(first.Cpu)})",
            Ms(full),
            Ms(edit),
            Ms(code, "F2"),
            $"{check.Chars / 1048576.0:F1}",
            compiled,
        };
    }

    /// <summary>"best / median (CPU best)" of the driver's time (the generator's own time plus the driver's bookkeeping).</summary>
    private static string Ms(List<GeneratorTiming> runs, string format = "F0")
    {
        var sorted = runs.OrderBy(t => t.Driver).ToList();
        return $"{Ms(sorted[0].Driver, format)} / {Ms(sorted[sorted.Count / 2].Driver, format)} (CPU {Ms(sorted[0].Cpu, format)})";
    }

    private static string Ms(TimeSpan time, string format = "F0") => time.TotalMilliseconds.ToString(format, CultureInfo.InvariantCulture);
}
