using System.Text.Json;
using System.Text.RegularExpressions;

namespace FactBase.Cli.Tests;

/// <summary>Every output format on the seed article (one finding: NATA at 3:309-313).</summary>
public sealed class FormatTests
{
    private const string SeedPath = "seeds/000_d7d27435de85b353.txt";

    [Fact]
    public void Json_keeps_the_contract()
    {
        var result = Cli.Run(Cli.RepositoryRoot, "check", "--format", "json", "seeds/");
        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        var file = root.GetProperty("files")[0];
        Assert.Equal(SeedPath, file.GetProperty("path").GetString());
        Assert.Equal("2025-03-07", file.GetProperty("asOf").GetString());
        Assert.Equal("document", file.GetProperty("asOfSource").GetString());
        var finding = file.GetProperty("findings")[0];
        Assert.Equal("entity-name", finding.GetProperty("rule").GetString());
        Assert.Equal("misspelled", finding.GetProperty("verdict").GetString());
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Equal(3, finding.GetProperty("line").GetInt32());
        Assert.Equal(309, finding.GetProperty("column").GetInt32());
        Assert.Equal(3, finding.GetProperty("endLine").GetInt32());
        Assert.Equal(313, finding.GetProperty("endColumn").GetInt32());
        Assert.Equal("NATA", finding.GetProperty("text").GetString());
        Assert.Equal("NATO", finding.GetProperty("expected").GetString());
        Assert.Equal("NATO", finding.GetProperty("suggestion").GetString());
        Assert.Equal("nato", finding.GetProperty("entity").GetString());
        Assert.Equal(JsonValueKind.Null, finding.GetProperty("property").ValueKind);
        Assert.True(finding.GetProperty("sources").GetArrayLength() > 0);
        Assert.False(string.IsNullOrEmpty(finding.GetProperty("message").GetString()));
        var summary = root.GetProperty("summary");
        Assert.Equal(1, summary.GetProperty("files").GetInt32());
        Assert.Equal(1, summary.GetProperty("findings").GetInt32());
        Assert.True(summary.GetProperty("claims").GetInt32() >= 1);
    }

    [Fact]
    public void As_of_source_says_where_the_date_came_from()
    {
        using var dir = new TempDir();
        dir.Write("front.md", "---\ndate: 2020-01-01\n---\nText.\n");
        dir.Write("plain.md", "Text.\n");
        var fromOption = Json(Cli.Run(dir.Path, "check", "--format", "json", "--as-of", "2024-05-06", "front.md"));
        Assert.Equal(("2024-05-06", "option"), AsOf(fromOption, 0));
        var fromDocument = Json(Cli.Run(dir.Path, "check", "--format", "json", "front.md"));
        Assert.Equal(("2020-01-01", "document"), AsOf(fromDocument, 0));
        var fromToday = Json(Cli.Run(dir.Path, "check", "--format", "json", "plain.md"));
        Assert.Equal("today", AsOf(fromToday, 0).Source);
        dir.Write(".factbase.yaml", "as-of: 2023-02-03\n");
        var fromConfig = Json(Cli.Run(dir.Path, "check", "--format", "json", "plain.md", "front.md"));
        Assert.Equal(("2023-02-03", "config"), AsOf(fromConfig, 0));
        Assert.Equal(("2020-01-01", "document"), AsOf(fromConfig, 1));
    }

    [Fact]
    public void Jsonl_is_one_file_object_per_line()
    {
        using var dir = new TempDir();
        dir.CopySeed("a.txt");
        dir.Write("b.md", "---\ndate: 2025-03-07\n---\nNATO was founded in 1949.\n");
        var result = Cli.Run(dir.Path, "check", "--format", "jsonl", "a.txt", "b.md");
        Assert.Equal(1, result.ExitCode);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("a.txt", first.RootElement.GetProperty("path").GetString());
        Assert.Equal("NATA", first.RootElement.GetProperty("findings")[0].GetProperty("text").GetString());
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal("b.md", second.RootElement.GetProperty("path").GetString());
        Assert.Equal(0, second.RootElement.GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public void Sarif_has_rules_relative_URIs_regions_fingerprints_and_the_facts_line()
    {
        var result = Cli.Run(Cli.RepositoryRoot, "check", "--format", "sarif", "seeds/");
        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Contains("sarif", root.GetProperty("$schema").GetString());
        var run = root.GetProperty("runs")[0];
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("factbase", driver.GetProperty("name").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(6, rules.Count);
        foreach (var rule in rules)
        {
            Assert.Matches("^FB1\\d{3}$", rule.GetProperty("id").GetString());
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("name").GetString()));
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("shortDescription").GetProperty("text").GetString()));
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("fullDescription").GetProperty("text").GetString()));
            Assert.StartsWith("https://", rule.GetProperty("helpUri").GetString());
        }

        Assert.StartsWith("file://", run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString());
        var sarifResult = Assert.Single(run.GetProperty("results").EnumerateArray());
        Assert.Equal("FB1006", sarifResult.GetProperty("ruleId").GetString());
        Assert.Equal("entity-name", rules[sarifResult.GetProperty("ruleIndex").GetInt32()].GetProperty("name").GetString());
        Assert.Equal("error", sarifResult.GetProperty("level").GetString());
        Assert.Contains("NATA", sarifResult.GetProperty("message").GetProperty("text").GetString());

        var location = sarifResult.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal(SeedPath, location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        var region = location.GetProperty("region");
        Assert.Equal(3, region.GetProperty("startLine").GetInt32());
        Assert.Equal(309, region.GetProperty("startColumn").GetInt32());
        Assert.Equal(3, region.GetProperty("endLine").GetInt32());
        Assert.Equal(313, region.GetProperty("endColumn").GetInt32());

        var fingerprint = sarifResult.GetProperty("partialFingerprints").EnumerateObject().Single();
        Assert.Matches("^[0-9a-f]{32}:1$", fingerprint.Value.GetString());

        var related = sarifResult.GetProperty("relatedLocations")[0].GetProperty("physicalLocation");
        Assert.EndsWith("nato.yaml", related.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.True(related.GetProperty("region").GetProperty("startLine").GetInt32() >= 1);

        // The same finding elsewhere in the file keeps its fingerprint: it hashes rule, entity, text and file, not lines.
        using var dir = new TempDir();
        var seed = File.ReadAllText(Cli.SeedPath);
        dir.Write("seeds/000_d7d27435de85b353.txt", seed.Insert(seed.IndexOf('\n') + 1, "\n\n"));
        var shifted = Cli.Run(dir.Path, "check", "--format", "sarif", "seeds/");
        using var shiftedJson = JsonDocument.Parse(shifted.Stdout);
        var shiftedResult = shiftedJson.RootElement.GetProperty("runs")[0].GetProperty("results")[0];
        Assert.Equal(5, shiftedResult.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(fingerprint.Value.GetString(), shiftedResult.GetProperty("partialFingerprints").GetProperty(fingerprint.Name).GetString());
    }

    [Fact]
    public void Github_writes_escaped_workflow_commands_and_a_step_summary()
    {
        using var dir = new TempDir();
        var summary = Path.Combine(dir.Path, "summary.md");
        var result = Cli.RunWith(Cli.RepositoryRoot, null, new Dictionary<string, string?> { ["GITHUB_STEP_SUMMARY"] = summary }, "check", "--format", "github", "seeds/");
        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"::error file={SeedPath},line=3,col=309,endLine=3,endColumn=313,title=FB1006 entity-name::", line);
        Assert.Contains("'NATA' looks like a misspelling", line);
        Assert.Contains("%0Asuggestion: NATO", line); // the message's line break, escaped
        var markdown = File.ReadAllText(summary);
        Assert.Contains("| file | line | rule | finding | suggestion |", markdown);
        Assert.Contains("NATA", markdown);
    }

    [Fact]
    public void Rdjsonl_has_range_severity_code_and_suggestion()
    {
        var result = Cli.Run(Cli.RepositoryRoot, "check", "--format", "rdjsonl", "seeds/");
        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(Assert.Single(result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        var d = json.RootElement;
        Assert.Contains("NATA", d.GetProperty("message").GetString());
        Assert.Equal(SeedPath, d.GetProperty("location").GetProperty("path").GetString());
        var range = d.GetProperty("location").GetProperty("range");
        Assert.Equal(3, range.GetProperty("start").GetProperty("line").GetInt32());
        Assert.Equal(309, range.GetProperty("start").GetProperty("column").GetInt32());
        Assert.Equal(3, range.GetProperty("end").GetProperty("line").GetInt32());
        Assert.Equal(313, range.GetProperty("end").GetProperty("column").GetInt32());
        Assert.Equal("ERROR", d.GetProperty("severity").GetString());
        Assert.Equal("FB1006", d.GetProperty("code").GetProperty("value").GetString());
        Assert.StartsWith("https://", d.GetProperty("code").GetProperty("url").GetString());
        var suggestion = d.GetProperty("suggestions")[0];
        Assert.Equal("NATO", suggestion.GetProperty("text").GetString());
        Assert.Equal(309, suggestion.GetProperty("range").GetProperty("start").GetProperty("column").GetInt32());
    }

    [Fact]
    public void Rdjsonl_counts_columns_in_UTF8_bytes()
    {
        using var dir = new TempDir();
        dir.Write("a.txt", "date 2025-03-07\nNATO allies met. “Quote” the 75-year-old NATA met.\n");
        var json = Json(Cli.Run(dir.Path, "check", "--format", "json", "a.txt"));
        var column = json.RootElement.GetProperty("files")[0].GetProperty("findings")[0].GetProperty("column").GetInt32();
        var result = Cli.Run(dir.Path, "check", "--format", "rdjsonl", "a.txt");
        using var rd = JsonDocument.Parse(result.Stdout.Trim());
        // The two curly quotes are one UTF-16 unit each but three UTF-8 bytes each.
        Assert.Equal(column + 4, rd.RootElement.GetProperty("location").GetProperty("range").GetProperty("start").GetProperty("column").GetInt32());
    }

    [Fact]
    public void Msbuild_lines_carry_the_rule_code()
    {
        var result = Cli.Run(Cli.RepositoryRoot, "check", "--format", "msbuild", "seeds/");
        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches(new Regex(@"^seeds/000_d7d27435de85b353\.txt\(3,309,3,313\): error FB1006: 'NATA' looks like a misspelling"), line);
    }

    [Fact]
    public void Text_has_no_colour_when_redirected()
    {
        var result = Cli.Run(Cli.RepositoryRoot, "check", "seeds/");
        Assert.DoesNotContain("\u001b[", result.Stdout);
        Assert.DoesNotContain("\u001b[", result.Stderr);
        Assert.Contains("^^^^", result.Stdout);
    }

    [Fact]
    public void Output_option_writes_the_report_to_a_file()
    {
        using var dir = new TempDir();
        dir.CopySeed("seed.txt");
        var result = Cli.Run(dir.Path, "check", "--format", "sarif", "--output", "out.sarif", "seed.txt");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir.Path, "out.sarif")));
        Assert.Equal("2.1.0", json.RootElement.GetProperty("version").GetString());
    }

    private static JsonDocument Json(CliResult result) => JsonDocument.Parse(result.Stdout);

    private static (string Date, string Source) AsOf(JsonDocument json, int file)
    {
        var entry = json.RootElement.GetProperty("files")[file];
        return (entry.GetProperty("asOf").GetString()!, entry.GetProperty("asOfSource").GetString()!);
    }
}
