using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace FactBase.Package.Tests;

/// <summary>The outcome of one <c>dotnet</c> command.</summary>
public sealed record DotnetResult(string Command, int ExitCode, string Output, TimeSpan Elapsed)
{
    public override string ToString() => $"{Command} exited {ExitCode} after {Elapsed.TotalSeconds:0.0} s:\n{Output}";
}

/// <summary>Runs the <c>dotnet</c> CLI as a user would, isolated from the test host's MSBuild environment.</summary>
public static class Dotnet
{
    public static string RepositoryRoot { get; } = Metadata("RepositoryRoot");

    /// <summary>The configuration the repository's projects were built in (and so are packed in).</summary>
    public static string Configuration { get; } = Metadata("Configuration");

    /// <summary>Runs <c>dotnet ARGS</c> in <paramref name="workingDirectory"/>.</summary>
    /// <param name="environment">Variables to set (a null value removes one).</param>
    public static DotnetResult Run(string workingDirectory, IReadOnlyDictionary<string, string?> environment, TimeSpan timeout, params string[] args)
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        var start = new ProcessStartInfo(host is { Length: > 0 } && File.Exists(host) ? host : "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The test host's MSBuild settings must not leak into the child build.
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        start.Environment.Remove("MSBuildSDKsPath");
        start.Environment.Remove("MSBuildLoadMicrosoftTargetsReadOnly");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach (var (key, value) in environment)
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

        var command = "dotnet " + string.Join(' ', args);
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{command} did not finish in {timeout.TotalSeconds} s:\n{stdout.Result}{stderr.Result}");
        }

        process.WaitForExit();
        return new DotnetResult(command, process.ExitCode, stdout.Result + stderr.Result, watch.Elapsed);
    }

    private static string Metadata(string key)
        => typeof(Dotnet).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
