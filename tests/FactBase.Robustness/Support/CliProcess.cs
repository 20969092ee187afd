using System.Diagnostics;
using System.Text;

namespace FactBase.Robustness.Support;

/// <summary>Runs the real <c>factbase</c> CLI (FactBase.Cli.dll, copied next to the tests) as a process.</summary>
internal static class CliProcess
{
    public sealed record Result(int ExitCode, string StdOut, string StdErr)
    {
        public override string ToString() => $"exit {ExitCode}{Environment.NewLine}stdout:{Environment.NewLine}{StdOut}{Environment.NewLine}stderr:{Environment.NewLine}{StdErr}";
    }

    /// <summary>Runs <c>factbase ARGS</c> in <paramref name="workingDirectory"/>, feeding <paramref name="stdin"/>; fails after <paramref name="timeoutSeconds"/>.</summary>
    public static Result Run(string workingDirectory, byte[]? stdin, int timeoutSeconds, params string[] args)
        => RunDll(Path.Combine(AppContext.BaseDirectory, "FactBase.Cli.dll"), workingDirectory, stdin, timeoutSeconds, args);

    /// <summary>Runs a copy of the CLI at <paramref name="cliDll"/>.</summary>
    public static Result RunDll(string cliDll, string workingDirectory, byte[]? stdin, int timeoutSeconds, params string[] args)
    {
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
        start.ArgumentList.Add(cliDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_COLOR"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            if (stdin is not null)
            {
                process.StandardInput.BaseStream.Write(stdin);
            }

            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The CLI may exit before reading its input.
        }

        if (!process.WaitForExit(TimeSpan.FromSeconds(timeoutSeconds)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"factbase {string.Join(' ', args)}: still running after {timeoutSeconds} s (a hang)");
        }

        process.WaitForExit();
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    public static Result Run(string workingDirectory, params string[] args) => Run(workingDirectory, null, 60, args);

    /// <summary>No .NET stack trace ("   at Namespace.Type.Method(...)") and no unhandled-exception banner reached the user.</summary>
    public static void AssertNoStackTrace(Result result)
    {
        Assert.DoesNotMatch(@"(?m)^\s+at [\w.<>`]+[.(]", result.StdErr);
        Assert.DoesNotContain("   at ", result.StdErr);
        Assert.DoesNotContain("Unhandled exception", result.StdErr);
        Assert.DoesNotContain("   at ", result.StdOut);
    }
}

/// <summary>A temporary folder, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = Directory.CreateTempSubdirectory("factbase-robust-").FullName;
    }

    public string Path { get; }

    public string Write(string relative, string text) => Write(relative, Encoding.UTF8.GetBytes(text));

    public string Write(string relative, byte[] bytes)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

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
