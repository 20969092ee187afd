using System.Diagnostics;
using System.Globalization;
using FactBase.Benchmarks.Workloads;

namespace FactBase.Benchmarks;

/// <summary>
/// Wall time of the built CLI as a user runs it: start-up on one article, and end to end on many files.
/// Reported, never asserted. Uses src/FactBase.Cli/bin/Release/net10.0 (built first unless --no-cli-build).
/// </summary>
internal static class Cli
{
    private const double MiB = 1024 * 1024;

    public static void Run(string[] args, TextWriter log)
    {
        var root = RepositoryRoot();
        var output = Path.Combine(root, "src", "FactBase.Cli", "bin", "Release", "net10.0");
        if (!args.Contains("--no-cli-build"))
        {
            log.WriteLine("building the CLI (Release) ...");
            Exec("dotnet", $"build -c Release \"{Path.Combine(root, "src", "FactBase.Cli")}\" -nologo -v q", root, out _);
        }

        var dll = Path.Combine(output, "FactBase.Cli.dll");
        var host = Path.Combine(output, "FactBase.Cli");
        if (!File.Exists(dll))
        {
            log.WriteLine($"no CLI at {dll}: skipped");
            return;
        }

        var seed = Path.Combine(root, "seeds", "000_d7d27435de85b353.txt");
        var baseline = Option(args, "--baseline-cli");
        var cache = Path.Combine(WorkloadStore.Root, "snapshot-cache");
        var rows = new List<string[]>();
        foreach (var (label, file, prefix) in new[] { ("dotnet FactBase.Cli.dll", "dotnet", $"\"{dll}\" "), ("apphost FactBase.Cli", host, string.Empty) })
        {
            if (!File.Exists(file) && file != "dotnet")
            {
                continue;
            }

            rows.Add(Row($"`{label} check` one article (built-in facts, cold process)", file, prefix, $"check --format json \"{seed}\"", baseline, root, cache, runs: 10, mb: 0));
        }

        foreach (var kbSize in new[] { 10_000, 100_000 })
        {
            var kb = WorkloadStore.KnowledgeBase(kbSize, log);
            log.WriteLine($"[cli] one article, {kbSize:N0}-entity KB ...");
            rows.Add(Row($"`check --facts <{kbSize / 1000}k KB>` one article (snapshot warm)", "dotnet", $"\"{dll}\" ", $"check --no-builtin-facts --facts \"{kb}\" --format json \"{seed}\"", baseline, root, cache, runs: kbSize >= 100_000 ? 3 : 5, mb: 0));
        }

        // --targets: only the rows issue 18 sets targets for (with --baseline-cli, before and after side by side).
        var corpora = args.Contains("--targets") ? new[] { (10_000, 20) } : new[] { (10_000, 5), (10_000, 20), (100_000, 5), (10_000, 100) };
        foreach (var (kbSize, megabytes) in corpora)
        {
            if (megabytes == 100 && args.Contains("--no-100mb"))
            {
                continue;
            }

            var kb = WorkloadStore.KnowledgeBase(kbSize, log);
            var (corpus, manifest) = WorkloadStore.Corpus(kbSize, megabytes, log);
            log.WriteLine($"[cli] {manifest.Articles:N0} files, {kbSize:N0}-entity KB ...");
            rows.Add(Row(
                $"`check --facts <{kbSize / 1000}k KB>` {manifest.Articles:N0} files, {manifest.Bytes / MiB:F0} MB (snapshot warm)",
                "dotnet", $"\"{dll}\" ", $"check --no-builtin-facts --facts \"{kb}\" --format json \"{corpus}\"", baseline, root, cache, runs: megabytes >= 20 ? 1 : 2, mb: manifest.Bytes / MiB));
        }

        var header = baseline is null
            ? new[] { "command", "median s", "min s", "MB/s" }
            : new[] { "command", "baseline median s", "median s", "baseline MB/s", "MB/s", "baseline / this (wall)" };
        QuickRun.Print($"CLI wall time (process start to exit, {Environment.ProcessorCount} cores, files checked in parallel{(baseline is null ? string.Empty : $"; baseline {baseline}, runs alternated")})", header, rows);
    }

    /// <summary>
    /// One command timed as a whole process: a first run not counted (it fills the snapshot cache and the OS file cache),
    /// then <paramref name="runs"/> runs, alternating with the baseline CLI when one is given (the same arguments).
    /// </summary>
    private static string[] Row(string label, string file, string prefix, string arguments, string? baseline, string root, string cache, int runs, double mb)
    {
        Time(file, prefix + arguments, root, cache);
        if (baseline is not null)
        {
            Time("dotnet", $"\"{baseline}\" " + arguments, root, cache);
        }

        var times = new List<double>();
        var baselineTimes = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            if (baseline is not null)
            {
                baselineTimes.Add(Time("dotnet", $"\"{baseline}\" " + arguments, root, cache));
            }

            times.Add(Time(file, prefix + arguments, root, cache));
        }

        times.Sort();
        baselineTimes.Sort();
        var median = times[times.Count / 2];
        var rate = mb > 0 ? $"{mb / median:F1}" : "-";
        if (baseline is null)
        {
            return new[] { label, $"{median:F3}", $"{times[0]:F3}", rate };
        }

        var baselineMedian = baselineTimes[baselineTimes.Count / 2];
        return new[] { label, $"{baselineMedian:F3}", $"{median:F3}", mb > 0 ? $"{mb / baselineMedian:F1}" : "-", rate, $"{baselineMedian / median:F2}x" };
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static double Time(string file, string arguments, string directory, string? cache = null)
    {
        var stopwatch = Stopwatch.StartNew();
        var code = Exec(file, arguments, directory, out var error, cache);
        stopwatch.Stop();
        if (code is not (0 or 1))
        {
            throw new InvalidOperationException($"{file} {arguments} exited {code}: {error}");
        }

        return stopwatch.Elapsed.TotalSeconds;
    }

    private static int Exec(string file, string arguments, string directory, out string error, string? cache = null)
    {
        var info = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (cache is not null)
        {
            // The snapshot cache of these runs stays with the workloads, out of the user's own cache.
            info.Environment["FACTBASE_CACHE_DIR"] = cache;
        }

        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var buffer = new char[81920];
        while (process.StandardOutput.Read(buffer, 0, buffer.Length) > 0)
        {
        }

        process.WaitForExit();
        error = stderr.Result;
        return process.ExitCode;
    }

    internal static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "FactBase.sln")))
            {
                return directory.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
