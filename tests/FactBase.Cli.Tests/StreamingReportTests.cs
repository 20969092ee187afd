namespace FactBase.Cli.Tests;

/// <summary>A report streamed to stdout while files are checked is byte for byte the report written at the end (-o FILE), in input order.</summary>
public sealed class StreamingReportTests
{
    [Theory]
    [InlineData("jsonl")]
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
}
