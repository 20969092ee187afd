using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace FactBase.Cli.Tests;

/// <summary>Runs the built CLI as a process: <c>dotnet FactBase.Cli.dll ARGS</c>.</summary>
internal static class Cli
{
    public static string RepositoryRoot { get; } = Metadata("RepositoryRoot");

    public static string Configuration { get; } = Metadata("Configuration");

    public static string DllPath { get; } = Metadata("FactBaseCliPath");

    public static string SeedPath => Path.Combine(RepositoryRoot, "seeds", "000_d7d27435de85b353.txt");

    public static CliResult Run(string workingDirectory, params string[] args) => RunWith(workingDirectory, null, null, args);

    public static CliResult RunWith(string workingDirectory, string? stdin, IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        Assert.True(File.Exists(DllPath), $"The CLI was not built at {DllPath}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(DllPath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Execute(start, stdin, environment, TimeSpan.FromSeconds(60));
    }

    /// <summary>Runs any program (dotnet pack, the installed tool).</summary>
    public static CliResult Execute(ProcessStartInfo start, string? stdin, IReadOnlyDictionary<string, string?>? environment, TimeSpan timeout)
    {
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;

        // The CLI must not pick up the GitHub Actions environment of whoever runs the tests.
        start.Environment.Remove("GITHUB_STEP_SUMMARY");
        start.Environment.Remove("GITHUB_WORKSPACE");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(key);
            }
            else
            {
                start.Environment[key] = value;
            }
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{start.FileName} {string.Join(' ', start.ArgumentList)} did not finish in {timeout.TotalSeconds} s");
        }

        process.WaitForExit();
        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string Metadata(string key)
        => typeof(Cli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
           ?? throw new InvalidOperationException($"No {key} metadata");
}

/// <summary>What a CLI run did.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}

/// <summary>A temporary folder, deleted after the test.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "factbase-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string relativePath, string text) => Write(relativePath, Encoding.UTF8.GetBytes(text));

    public string Write(string relativePath, byte[] bytes)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public string CopySeed(string relativePath) => Write(relativePath, File.ReadAllBytes(Cli.SeedPath));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
