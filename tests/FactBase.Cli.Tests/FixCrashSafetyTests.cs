using System.Diagnostics;
using System.Text;

namespace FactBase.Cli.Tests;

/// <summary>
/// <c>--fix</c> killed at any moment leaves each file either as it was or fully fixed, never half-written:
/// it writes a temporary file and renames it over the original.
/// </summary>
public sealed class FixCrashSafetyTests
{
    private readonly Xunit.Abstractions.ITestOutputHelper _output;

    public FixCrashSafetyTests(Xunit.Abstractions.ITestOutputHelper output) => _output = output;

    [Fact]
    public void Killing_fix_mid_run_never_leaves_a_partial_file()
    {
        using var dir = new TempDir();

        // A large article (a few MB: the seed paragraph many times) so the run takes long enough to be interrupted.
        var seed = File.ReadAllText(Cli.SeedPath).Replace("\r\n", "\n");
        var body = string.Concat(Enumerable.Repeat(seed.Substring(seed.IndexOf('\n') + 1) + "\n", 800));
        var original = Encoding.UTF8.GetBytes("date 2025-03-07\n" + body);

        // The fully fixed bytes, from an uninterrupted run on a copy.
        var reference = dir.Write("reference.txt", original);
        var done = Cli.Run(dir.Path, "check", "--fix", "reference.txt");
        Assert.True(done.ExitCode is 0 or 1, done.ToString());
        var fixedBytes = File.ReadAllBytes(reference);
        Assert.NotEqual(original, fixedBytes);

        var outcomes = new List<string>();
        foreach (var delay in new[] { 50, 150, 300, 500, 800, 1200, 1800, 2500 })
        {
            var path = dir.Write($"article-{delay}.txt", original);
            var start = new ProcessStartInfo("dotnet") { WorkingDirectory = dir.Path, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(Cli.DllPath);
            foreach (var arg in new[] { "check", "--fix", Path.GetFileName(path) })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            process.StandardOutput.ReadToEndAsync();
            process.StandardError.ReadToEndAsync();
            var exited = process.WaitForExit(delay);
            if (!exited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }

            var after = File.ReadAllBytes(path);
            var state = after.AsSpan().SequenceEqual(original) ? "original" : after.AsSpan().SequenceEqual(fixedBytes) ? "fixed" : "PARTIAL";
            outcomes.Add($"{delay} ms: {(exited ? "finished" : "killed")}, {state}");
            Assert.True(state != "PARTIAL", string.Join("; ", outcomes));
        }

        _output.WriteLine(string.Join(Environment.NewLine, outcomes));

        // Whatever the timing, only the two whole states were ever seen.
        Assert.All(outcomes, o => Assert.DoesNotContain("PARTIAL", o));
    }
}
