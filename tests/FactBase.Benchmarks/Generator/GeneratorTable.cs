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
    public static readonly string Title = "Generator (CSharpGeneratorDriver in-process, single thread; ms = GetTimingInfo generator time / thread CPU, best of N)";

    public static readonly string[] Header =
    {
        "entities", "fact files", "YAML MB", "first run in process ms", "full run ms", "one-file edit ms", "C# edit ms", "generated MB (UTF-16 chars)", "generated code compiles",
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

        var check = run.Verify(compile);
        log.WriteLine($"[generator {size:N0}] verified: {check.Sources} sources, {check.Chars / 1048576.0:F1} M chars (SHA-256 {check.Hash}), {check.EntityClasses:N0} entity classes, edit re-parsed 1 of {check.ParsedFiles} files, C# edit re-ran nothing"
            + (check.CompileErrors >= 0 ? $", generated code compiles with 0 errors ({check.CompileTime.TotalSeconds:F1} s)" : string.Empty));

        var fullRuns = size >= 100_000 ? 1 : 3;
        GeneratorTiming? full = null;
        GeneratorDriver? driver = null;
        for (var i = 0; i < fullRuns; i++)
        {
            var t = run.FullRun(out var d);
            full = GeneratorTiming.Best(full, t);
            driver = d;
            log.WriteLine($"[generator {size:N0}] full run: {t}");
        }

        var d2 = driver!;
        GeneratorTiming? edit = null;
        for (var i = 0; i < 5; i++)
        {
            var t = run.FactEditRun(ref d2);
            edit = GeneratorTiming.Best(edit, t);
            log.WriteLine($"[generator {size:N0}] one-file edit: {t}");
        }

        GeneratorTiming? code = null;
        for (var i = 0; i < 5; i++)
        {
            var t = run.CSharpEditRun(ref d2);
            code = GeneratorTiming.Best(code, t);
            log.WriteLine($"[generator {size:N0}] C# edit: {t}");
        }

        return new[]
        {
            size.ToString("N0", CultureInfo.InvariantCulture),
            run.FactFiles.ToString(CultureInfo.InvariantCulture),
            $"{run.YamlBytes / 1048576.0:F1}",
            Ms(first),
            Ms(full!.Value),
            Ms(edit!.Value),
            Ms(code!.Value, "F2"),
            $"{check.Chars / 1048576.0:F1}",
            check.CompileErrors >= 0 ? $"yes, 0 errors ({check.CompileTime.TotalSeconds:F0} s)" : "not checked",
        };
    }

    private static string Ms(GeneratorTiming t, string format = "F0")
        => $"{t.Generator.TotalMilliseconds.ToString(format, CultureInfo.InvariantCulture)} / {t.Cpu.TotalMilliseconds.ToString(format, CultureInfo.InvariantCulture)}";
}
