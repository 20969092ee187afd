using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace FactBase.Cli.Tests;

/// <summary>The report on standard output is buffered (one write, not one per fragment): it must still arrive whole,
/// as the only thing on stdout, and without a byte-order mark.</summary>
public sealed class StandardOutputTests
{
    [Theory]
    [InlineData("jsonl")]
    [InlineData("json")]
    [InlineData("text")]
    public void The_report_arrives_whole_and_without_a_byte_order_mark(string format)
    {
        using var dir = new TempDir();
        for (var i = 0; i < 60; i++)
        {
            // 60 files, each with a finding ("1948" for NATO's founding year): a report of many fragments.
            dir.Write($"articles/a{i:D2}.md", $"---\ndate: 2025-03-07\n---\nArticle {i}: NATO, founded in 1948, met.\n");
        }

        var bytes = RawStdout(dir.Path, "check", "--format", format, "articles");
        Assert.NotEmpty(bytes);
        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "the report starts with a UTF-8 byte-order mark");
        var text = Encoding.UTF8.GetString(bytes);
        switch (format)
        {
            case "jsonl":
                var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
                Assert.Equal(60, lines.Length);
                Assert.All(lines, line => Assert.Equal(1, JsonDocument.Parse(line).RootElement.GetProperty("findings").GetArrayLength()));
                break;
            case "json":
                Assert.Equal(60, JsonDocument.Parse(text).RootElement.GetProperty("files").GetArrayLength());
                break;
            default:
                Assert.Equal(60, text.Split('\n').Count(l => l.Contains("1948", StringComparison.Ordinal) && l.Contains(": error", StringComparison.Ordinal)));
                break;
        }
    }

    private static byte[] RawStdout(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Cli.DllPath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        using var stdout = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(stdout); // the raw bytes: a reader would drop a byte-order mark
        Assert.True(process.WaitForExit(60_000), "the CLI did not finish in 60 s");
        Assert.Equal(1, process.ExitCode); // findings
        _ = stderr.Result;
        return stdout.ToArray();
    }
}
