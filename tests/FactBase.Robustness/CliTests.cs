using System.Diagnostics;
using System.Text;
using System.Text.Json;
using FactBase.Cli.Inputs;
using FactBase.Robustness.Support;

namespace FactBase.Robustness;

/// <summary>
/// The CLI on inputs it cannot or should not read: missing paths, broken links, binary files, a
/// named pipe, invalid UTF-8, oversized and endless input. Each is reported with its path and
/// skipped, every other file is still checked, the exit code is 2, and no stack trace reaches the user.
/// </summary>
/// <remarks>
/// Tests run as root, where chmod 000 does not stop reading: an unreadable file is emulated with a
/// symbolic link to nothing. Only reading is tested here; --fix belongs to the CLI's own tests.
/// </remarks>
public sealed class CliTests
{
    private const string Claim = "date 2025-03-07\nNATO, founded in 1948, met in Brussels.\n";

    [Fact]
    public void A_path_that_does_not_exist_is_exit_2_with_a_message_and_no_stack_trace()
    {
        using var dir = new TempFolder();
        dir.Write("good.md", Claim);

        var missing = CliProcess.Run(dir.Path, "check", "no-such-article.md");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("no-such-article.md: error: no such file or folder", missing.StdErr);
        CliProcess.AssertNoStackTrace(missing);

        // The other file is still checked and reported.
        var mixed = CliProcess.Run(dir.Path, "check", "--format", "json", "no-such-article.md", "good.md");
        Assert.Equal(2, mixed.ExitCode);
        Assert.Contains("no-such-article.md", mixed.StdErr);
        Assert.Single(Findings(mixed.StdOut, "good.md"));
        CliProcess.AssertNoStackTrace(mixed);

        foreach (var args in new[] { new[] { "lint", "no-such-folder" }, new[] { "check", "--facts", "no-such-folder", "good.md" } })
        {
            var result = CliProcess.Run(dir.Path, args);
            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains("no-such-folder", result.StdErr + result.StdOut);
            CliProcess.AssertNoStackTrace(result);
        }
    }

    [Theory]
    [InlineData("check")]
    [InlineData("check", "--as-of", "2025-02-30", "good.md")]
    [InlineData("check", "--as-of", "\u0000\uFFFF", "good.md")]
    [InlineData("check", "--format", "xml", "good.md")]
    [InlineData("check", "--no-such-option", "good.md")]
    [InlineData("check", "")]
    [InlineData("lint", "good.md/..", "extra")]
    public void Bad_arguments_are_exit_2_with_a_message_and_no_stack_trace(params string[] args)
    {
        using var dir = new TempFolder();
        dir.Write("good.md", Claim);
        var result = CliProcess.Run(dir.Path, args);
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.False(string.IsNullOrWhiteSpace(result.StdErr), result.ToString());
        CliProcess.AssertNoStackTrace(result);
    }

    /// <summary>
    /// An unexpected failure (here: a broken install missing one of its assemblies; the built-in facts are
    /// compiled into the tool, so they cannot go missing) is one line and exit 2, not System.CommandLine's
    /// stack trace and exit 1.
    /// </summary>
    [Fact]
    public void An_unexpected_failure_is_exit_2_without_a_stack_trace()
    {
        using var install = new TempFolder();
        foreach (var file in new[] { "FactBase.Cli.dll", "FactBase.Cli.deps.json", "FactBase.Cli.runtimeconfig.json", "FactBase.dll", "System.CommandLine.dll", "YamlDotNet.dll", "Markdig.dll" })
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, file), Path.Combine(install.Path, file));
        }

        // Left out on purpose: Microsoft.Extensions.FileSystemGlobbing.dll, needed once 'check' expands its inputs.
        using var dir = new TempFolder();
        dir.Write("good.md", Claim);
        var result = CliProcess.RunDll(Path.Combine(install.Path, "FactBase.Cli.dll"), dir.Path, null, 60, "check", "good.md");
        Assert.True(result.ExitCode == 2, result.ToString());
        var line = Assert.Single(result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("error: ", line);
        Assert.Contains("Microsoft.Extensions.FileSystemGlobbing", line);
        CliProcess.AssertNoStackTrace(result);
    }

    [Fact]
    public void Unreadable_binary_and_odd_files_are_reported_and_skipped_while_the_others_are_checked()
    {
        using var dir = new TempFolder();
        dir.Write("arts/good.md", Claim);
        dir.Write("arts/dir.md/inner.md", Claim); // a folder named like a file is searched, not read
        dir.Write("arts/binary.md", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52 });
        dir.Write("arts/latin1.md", Encoding.Latin1.GetBytes("date 2025-03-07\nNATO, founded in 1948, met at the caf\u00e9.\n"));
        dir.Write("arts/utf16.md", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Claim)).ToArray());
        File.CreateSymbolicLink(Path.Combine(dir.Path, "arts", "unreadable.md"), Path.Combine(dir.Path, "nowhere"));
        File.CreateSymbolicLink(Path.Combine(dir.Path, "arts", "loop"), Path.Combine(dir.Path, "arts"));
        MakeFifo(Path.Combine(dir.Path, "arts", "pipe.md"));

        var result = CliProcess.Run(dir.Path, "check", "--format", "json", "arts");

        Assert.True(result.ExitCode == 2, result.ToString());
        CliProcess.AssertNoStackTrace(result);
        Assert.Contains("arts/unreadable.md: error: cannot read", result.StdErr);
        Assert.Contains("arts/binary.md: error: binary file skipped", result.StdErr);
        Assert.Contains("arts/latin1.md: warning: invalid UTF-8", result.StdErr);

        // Every readable file is checked once (the link loop adds no copies), each claim found where it is.
        var files = JsonDocument.Parse(result.StdOut).RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()).ToList();
        Assert.Equal(new[] { "arts/dir.md/inner.md", "arts/good.md", "arts/latin1.md", "arts/pipe.md", "arts/utf16.md" }, files.Order(StringComparer.Ordinal));
        foreach (var path in new[] { "arts/dir.md/inner.md", "arts/good.md", "arts/latin1.md", "arts/utf16.md" })
        {
            var finding = Assert.Single(Findings(result.StdOut, path));
            Assert.Equal("1948", finding.GetProperty("text").GetString());
            Assert.Equal(2, finding.GetProperty("line").GetInt32());
            Assert.Equal(18, finding.GetProperty("column").GetInt32());
        }
    }

    [Fact]
    public void Invalid_utf8_and_binary_on_stdin_are_handled()
    {
        using var dir = new TempFolder();
        var latin1 = CliProcess.Run(dir.Path, Encoding.Latin1.GetBytes("date 2025-03-07\nNATO, founded in 1948, caf\u00e9 \u00ff\u00fe.\n"), 60, "check", "--format", "json", "-");
        Assert.True(latin1.ExitCode == 1, latin1.ToString());
        Assert.Contains("-: warning: invalid UTF-8", latin1.StdErr);
        Assert.Single(Findings(latin1.StdOut, "-"));

        var binary = CliProcess.Run(dir.Path, new byte[] { 0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0 }, 60, "check", "-");
        Assert.True(binary.ExitCode == 2, binary.ToString());
        Assert.Contains("-: error: binary file skipped", binary.StdErr);
        CliProcess.AssertNoStackTrace(binary);
    }

    [Fact]
    public void Articles_over_the_size_limit_are_skipped_with_a_clear_error()
    {
        using var dir = new TempFolder();
        dir.Write("good.md", Claim);
        dir.Write("big.md", Claim + new string('x', 4000));
        using (var huge = File.Create(Path.Combine(dir.Path, "huge.md")))
        {
            huge.SetLength(FactBaseLimits.DefaultMaxArticleBytes + 1); // sparse: costs no disk
        }

        var result = CliProcess.Run(dir.Path, "check", "--format", "json", "--max-file-size", "1K", "good.md", "big.md");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("big.md: error: file skipped: larger than the limit of 1024 bytes", result.StdErr);
        Assert.Single(Findings(result.StdOut, "good.md"));

        var byDefault = CliProcess.Run(dir.Path, "check", "good.md", "huge.md");
        Assert.True(byDefault.ExitCode == 2, byDefault.ToString());
        Assert.Contains($"huge.md: error: file skipped: larger than the limit of {FactBaseLimits.DefaultMaxArticleBytes} bytes", byDefault.StdErr);

        // An endless input (a device, a pipe) is cut at the limit instead of filling memory.
        var endless = CliProcess.Run(dir.Path, "check", "--max-file-size", "1M", "/dev/zero");
        Assert.True(endless.ExitCode == 2, endless.ToString());
        Assert.Contains("/dev/zero: error: file skipped: larger than the limit", endless.StdErr);

        var bad = CliProcess.Run(dir.Path, "check", "--max-file-size", "lots", "good.md");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--max-file-size 'lots'", bad.StdErr);
        CliProcess.AssertNoStackTrace(bad);
    }

    [Fact]
    public void Lint_answers_hostile_fact_files_quickly_with_limit_diagnostics()
    {
        using var dir = new TempFolder();
        dir.Write("facts/bomb.yaml", LimitsTests.BillionLaughs());
        dir.Write("facts/deep.yaml", "id: deep\ntype: other\nname: Deep\nfacts:\n  x: " + new string('[', 100_000) + "\n");
        dir.Write("facts/binary.yaml", new byte[] { 0, 1, 2, 3, 0xFF, 0xFE, 0 });
        File.CreateSymbolicLink(Path.Combine(dir.Path, "facts", "gone.yaml"), Path.Combine(dir.Path, "nowhere"));

        var watch = Stopwatch.StartNew();
        var result = CliProcess.Run(dir.Path, "lint", "facts");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"lint took {watch.Elapsed.TotalSeconds:F0} s");
        Assert.True(result.ExitCode == 2, result.ToString());
        CliProcess.AssertNoStackTrace(result);
        Assert.Matches(@"facts/bomb\.yaml\(\d+,\d+\): error FB0013: .*aliases expand", result.StdOut);
        Assert.Matches(@"facts/deep\.yaml\(\d+,\d+\): error FB0013: .*nesting deeper than 64", result.StdOut);
        Assert.Matches(@"facts/gone\.yaml\(1,1\): error FB0001: cannot read the file", result.StdOut);
        Assert.Contains("facts/binary.yaml(", result.StdOut);

        // The same files given to check with --facts: reported, exit 2, no trace.
        dir.Write("a.md", Claim);
        var check = CliProcess.Run(dir.Path, "check", "--facts", "facts", "a.md");
        Assert.True(check.ExitCode == 2, check.ToString());
        Assert.Contains("FB0013", check.StdErr);
        CliProcess.AssertNoStackTrace(check);
    }

    /// <summary>JSON paths are the paths as given; nothing absolute appears that the user did not pass (fact locations included).</summary>
    [Fact]
    public void Json_paths_are_as_given_and_leak_no_absolute_path()
    {
        using var dir = new TempFolder();
        dir.Write("articles/a.md", Claim);
        dir.Write("articles/sub/b.md", Claim);

        foreach (var given in new[] { "articles", "./articles", "articles/", "articles/sub/../a.md" })
        {
            var result = CliProcess.Run(dir.Path, "check", "--format", "json", given);
            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.DoesNotContain(dir.Path, result.StdOut);
            Assert.DoesNotContain(AppContext.BaseDirectory.TrimEnd('/'), result.StdOut);
            foreach (var file in JsonDocument.Parse(result.StdOut).RootElement.GetProperty("files").EnumerateArray())
            {
                Assert.StartsWith(given.TrimEnd('/'), file.GetProperty("path").GetString());
                foreach (var finding in file.GetProperty("findings").EnumerateArray())
                {
                    if (finding.TryGetProperty("fact", out var fact))
                    {
                        Assert.False(Path.IsPathRooted(fact.GetProperty("path").GetString()), fact.ToString());
                    }
                }
            }
        }

        // An absolute path is kept as given.
        var absolute = Path.Combine(dir.Path, "articles", "a.md");
        var abs = CliProcess.Run(dir.Path, "check", "--format", "json", absolute);
        Assert.Equal(absolute, JsonDocument.Parse(abs.StdOut).RootElement.GetProperty("files")[0].GetProperty("path").GetString());
    }

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'h', (byte)'i' }, "hi", false)]
    [InlineData(new byte[] { 0xFF, 0xFE, (byte)'h', 0, (byte)'i', 0 }, "hi", false)]
    [InlineData(new byte[] { 0xFE, 0xFF, 0, (byte)'h', 0, (byte)'i' }, "hi", false)]
    [InlineData(new byte[] { (byte)'h', 0xC3, 0xA9 }, "h\u00e9", false)]
    [InlineData(new byte[] { (byte)'h', 0xE9, (byte)'i' }, "h\uFFFDi", true)]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, "\uFFFD\uFFFD\uFFFD", true)] // an encoded lone surrogate (CESU-8) is invalid UTF-8
    [InlineData(new byte[] { 0xC3 }, "\uFFFD", true)] // cut in the middle of a character
    public void Decoding_is_by_bom_else_utf8_with_replacement_and_a_warning(byte[] bytes, string expected, bool warns)
    {
        var (text, warning) = ArticleReader.Decode(bytes);
        Assert.Equal(expected, text);
        Assert.Equal(warns, warning is not null);
    }

    private static List<JsonElement> Findings(string json, string path)
        => JsonDocument.Parse(json).RootElement.GetProperty("files").EnumerateArray()
            .Where(f => f.GetProperty("path").GetString() == path)
            .SelectMany(f => f.GetProperty("findings").EnumerateArray())
            .ToList();

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", new[] { path }) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
