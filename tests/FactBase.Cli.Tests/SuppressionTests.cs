using System.Text.Json;

namespace FactBase.Cli.Tests;

/// <summary>Suppression comments and non-prose Markdown, end to end.</summary>
public sealed class SuppressionTests
{
    private const string Article = """
        ---
        date: 2025-03-07
        ---
        NATO allies met in Brussels. The 75-year-old NATA met.

        <!-- factbase-disable-next-line -->
        The 75-year-old NATA met again.

        <!-- factbase-disable-next-line entity-name -->
        The 75-year-old NATA met a third time.

        <!-- factbase-disable-next-line date -->
        The 75-year-old NATA met a fourth time.

        <!-- factbase-disable entity-name -->
        The 75-year-old NATA met a fifth time.

        And the NATA met a sixth time.
        <!-- factbase-enable -->

        The 75-year-old NATA met a seventh time.

        `NATA` in code, and [a link](https://nata.example/NATA).
        """;

    [Fact]
    public void Comments_suppress_what_they_name_and_nothing_else()
    {
        using var dir = new TempDir();
        dir.Write("article.md", Article.Replace("\r\n", "\n") + "\n");
        var result = Cli.Run(dir.Path, "check", "--format", "json", "article.md");
        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var lines = json.RootElement.GetProperty("files")[0].GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("rule").GetString()!, f.GetProperty("line").GetInt32()))
            .ToList();

        // 4: not suppressed; 7: disable-next-line (all rules); 10: disable-next-line entity-name;
        // 13: disable-next-line of another rule does not hide it; 16 and 18: inside disable/enable;
        // 21: after enable; 23: code span and link target are not prose.
        Assert.Equal(new[] { ("entity-name", 4), ("entity-name", 13), ("entity-name", 21) }, lines);
    }
}
