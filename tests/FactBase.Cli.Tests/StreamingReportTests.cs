namespace FactBase.Cli.Tests;

/// <summary>A report streamed to stdout while files are checked is byte for byte the report written at the end (-o FILE), in input order.</summary>
public sealed class StreamingReportTests
{
    [Theory]
    [InlineData("jsonl")]
    [InlineData("json")]
    [InlineData("text")]
    public void Streamed_report_equals_the_report_written_at_the_end(string format)
    {
        using var dir = new TempDir();
        for (var i = 0; i < 40; i++)
        {
            // Files of very different lengths finish out of order on several threads.
            var padding = string.Concat(Enumerable.Repeat("The council met again on Tuesday. ", (i % 7) * 40));
            dir.Write($"articles/a{i:D2}.md", $"---\ndate: 2025-03-07\n---\n{padding}NATO was founded in {1940 + (i % 12)}. Mark Rutte leads NATO.\n");
        }

        var streamed = Cli.Run(dir.Path, "check", "--format", format, "--include-supported", "articles");
        var toFile = Cli.Run(dir.Path, "check", "--format", format, "--include-supported", "articles", "-o", "report.txt");

        Assert.True(streamed.ExitCode == 1, streamed.ToString());
        Assert.Equal(toFile.ExitCode, streamed.ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(dir.Path, "report.txt")), streamed.Stdout);
        var order = streamed.Stdout.Split('\n').Select(l => System.Text.RegularExpressions.Regex.Match(l, "a[0-9]{2}\\.md").Value).Where(v => v.Length > 0).Distinct().ToList();
        Assert.Equal(order.Order(StringComparer.Ordinal).ToList(), order);
        Assert.Equal(40, order.Count);
    }

    [Fact]
    public void Streamed_json_is_the_document_one_writer_gives()
    {
        using var dir = new TempDir();
        for (var i = 0; i < 12; i++)
        {
            var padding = string.Concat(Enumerable.Repeat("The council met again on Tuesday. ", (i % 5) * 60));
            dir.Write($"articles/a{i:D2}.md", $"---\ndate: 2025-03-07\n---\n{padding}NATO was founded in {1940 + (i % 12)}. \"Mark Rutte\" leads NATO.\n");
        }

        dir.Write("big/huge.md", "---\ndate: 2025-03-07\n---\nNATO was founded in 1948.\n");

        // Several files, and none (the only file is skipped as too large): files[] open and empty.
        var many = Cli.Run(dir.Path, "check", "--format", "json", "--include-supported", "articles");
        var none = Cli.Run(dir.Path, "check", "--format", "json", "--max-file-size", "10", "big");

        Assert.Equal(Rewritten(many.Stdout), many.Stdout);
        Assert.Equal(Rewritten(none.Stdout), none.Stdout);
        Assert.Contains("\"files\": []", none.Stdout, StringComparison.Ordinal);
        Assert.Equal(12, System.Text.Json.JsonDocument.Parse(many.Stdout).RootElement.GetProperty("files").GetArrayLength());

        // The same document written by one indented writer, as the format's contract has it.
        static string Rewritten(string report)
        {
            using var parsed = System.Text.Json.JsonDocument.Parse(report);
            using var stream = new MemoryStream();
            using (var writer = new System.Text.Json.Utf8JsonWriter(stream, new System.Text.Json.JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                parsed.WriteTo(writer);
            }

            return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + Environment.NewLine;
        }
    }
}
