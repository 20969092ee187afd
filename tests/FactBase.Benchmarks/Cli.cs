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
        var rows = new List<string[]>();
        foreach (var (label, file, prefix) in new[] { ("dotnet FactBase.Cli.dll", "dotnet", $"\"{dll}\" "), ("apphost FactBase.Cli", host, string.Empty) })
        {
            if (!File.Exists(file) && file != "dotnet")
            {
                continue;
            }

            var times = Enumerable.Range(0, 12).Select(_ => Time(file, prefix + $"check --format json \"{seed}\"", root)).Skip(2).Order().ToList();
            rows.Add(new[] { $"`{label} check` one article (built-in facts)", $"{times[times.Count / 2]:F3}", $"{times[0]:F3}", "-", "-" });
        }

        foreach (var (kbSize, megabytes) in new[] { (10_000, 5), (100_000, 5), (10_000, 100) })
        {
            if (megabytes == 100 && args.Contains("--no-100mb"))
            {
                continue;
            }

            var kb = WorkloadStore.KnowledgeBase(kbSize, log);
            var (corpus, manifest) = WorkloadStore.Corpus(kbSize, megabytes, log);
            log.WriteLine($"[cli] {manifest.Articles:N0} files, {kbSize:N0}-entity KB ...");
            var arguments = $"\"{dll}\" check --no-builtin-facts --facts \"{kb}\" --format json \"{corpus}\"";
            var runs = megabytes >= 100 ? 1 : 2;
            var times = Enumerable.Range(0, runs).Select(_ => Time("dotnet", arguments, root)).Order().ToList();
            var loadOnly = Time("dotnet", $"\"{dll}\" check --no-builtin-facts --facts \"{kb}\" --format json \"{seed}\"", root);
            rows.Add(new[]
            {
                $"`check --facts <{kbSize / 1000}k KB>` {manifest.Articles:N0} files, {manifest.Bytes / MiB:F0} MB",
                $"{times[times.Count / 2]:F2}", $"{times[0]:F2}", $"{manifest.Bytes / MiB / times[0]:F1}", $"{loadOnly:F2}",
            });
        }

        QuickRun.Print($"CLI wall time (process start to exit, {Environment.ProcessorCount} cores, files checked in parallel)", new[] { "command", "median s", "min s", "MB/s", "same KB, one article s" }, rows);
    }

    private static double Time(string file, string arguments, string directory)
    {
        var stopwatch = Stopwatch.StartNew();
        var code = Exec(file, arguments, directory, out var error);
        stopwatch.Stop();
        if (code is not (0 or 1))
        {
            throw new InvalidOperationException($"{file} {arguments} exited {code}: {error}");
        }

        return stopwatch.Elapsed.TotalSeconds;
    }

    private static int Exec(string file, string arguments, string directory, out string error)
    {
        var info = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
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
