using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace FactBase.Cli.Tests;

/// <summary>
/// <c>--report html=FILE</c>, rendered by headless Chromium: every finding is marked at its text with its evidence,
/// the page's own script runs under its Content-Security-Policy, and text from articles and facts stays text.
/// </summary>
public sealed class HtmlReportTests
{
    private const string SeedPath = "seeds/000_d7d27435de85b353.txt";

    [BrowserFact]
    public void EveryFindingOfTheSeedIsMarkedAtItsTextWithItsEvidence()
    {
        using var dir = new TempDir();
        var (html, expected) = Report(dir, Cli.RepositoryRoot, "--include-supported", SeedPath);
        var page = RenderedPage.Parse(Chromium.DumpDom(new Uri(html).AbsoluteUri));

        Assert.Contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'sha256-", page.Dom);
        Assert.Single(Regex.Matches(page.Dom, "<script\\b"));
        // The page's script ran under that policy: it wrote the filter's count.
        Assert.Contains($"Showing {expected.Count} of {expected.Count} claims.", page.Dom);
        Assert.Equal(expected.Count, page.Findings.Count);

        foreach (var f in expected)
        {
            var item = Assert.Single(page.Findings, i => i.Rule == f.Rule && i.Line == f.Line && i.Column == f.Column);
            Assert.Equal(f.Verdict, item.Verdict);
            Assert.Equal(f.Message, item.Message);
            Assert.Equal(f.Expected, item.Expected);
            Assert.Equal(f.Suggestion, item.Suggestion);
            Assert.Equal(f.Sources.Where(s => s.StartsWith("http", StringComparison.Ordinal)), item.Links);

            // Marked in place: the marks naming this finding spell its text, in the colour of its verdict.
            var marks = page.Marks.Where(m => m.Findings.Contains(item.Id)).ToList();
            Assert.True(marks.Count > 0, $"{f.Text} ({f.Rule}, {f.Line}:{f.Column}) is not marked");
            Assert.Equal(f.Text, string.Concat(marks.Select(m => m.Text)));
            var colour = f.Verdict switch { "supported" => "m-supported", "misspelled" => "m-misspelled", _ => "m-wrong" };
            Assert.All(marks, m => Assert.Contains(colour, m.Classes));
        }

        // NATA, the seed's one error, with its evidence.
        var nata = Assert.Single(page.Findings, i => i.Verdict == "misspelled");
        Assert.Equal("'NATA' looks like a misspelling of 'NATO'", nata.Message);
        Assert.Equal("NATO", nata.Expected);
        Assert.Contains(page.Marks, m => m.Text == "NATA" && m.Findings.SequenceEqual(new[] { nata.Id }) && m.Classes.Contains("m-misspelled"));
        Assert.Contains("FB1006 entity-name <span class=\"title\">Misspelled name</span></th><td class=\"zero\">0</td><td class=\"zero\">0</td><td>1</td>", page.Dom);

        // A link to NATA's mark opens its evidence, filled in by the script.
        var mark = page.Marks.First(m => m.Findings.Contains(nata.Id));
        var opened = Chromium.DumpDom(new Uri(html).AbsoluteUri + "#" + mark.Id);
        var evidence = Regex.Match(opened, "<div id=\"evidence\"(?<attrs>[^>]*)>(?<body>.*?)</div>\\s*<script", RegexOptions.Singleline);
        Assert.True(evidence.Success, "no evidence box");
        Assert.DoesNotContain("hidden", evidence.Groups["attrs"].Value);
        Assert.Contains("'NATA' looks like a misspelling of 'NATO'", WebUtility.HtmlDecode(evidence.Groups["body"].Value));
        Assert.Contains("<dd class=\"expected\">NATO</dd>", evidence.Groups["body"].Value);
    }

    [BrowserFact]
    public void TextFromArticlesAndFactsStaysText()
    {
        using var dir = new TempDir();
        dir.Write("facts/acme.yaml", """
            id: acme
            type: organization
            name: Acme Widgets
            sources:
              - url: "javascript:document.title='owned'"
                retrieved: 2025-01-01
            facts:
              founded: 1990
            """);
        var article = "date 2025-03-07\nAcme Widgets was founded in 1991. <img src=\"http://127.0.0.1:9/x.png\" onerror=\"document.title='owned'\">"
                      + " <script>document.title='owned'</script> NATO leaders met; the 75-year-old NATA agreed.\n";
        dir.Write("x&<y>.txt", article);
        var (html, expected) = Report(dir, dir.Path, "--facts", "facts", "x&<y>.txt");
        Assert.Equal(new[] { "1991", "NATA" }, expected.Select(f => f.Text));

        var dom = Chromium.DumpDom(new Uri(html).AbsoluteUri);
        var page = RenderedPage.Parse(dom);
        Assert.Contains("<title>factbase report</title>", dom);
        Assert.Single(Regex.Matches(dom, "<script\\b"));
        Assert.DoesNotContain("<img", dom);
        Assert.DoesNotContain("href=\"javascript:", dom);
        Assert.Contains("&lt;img src=\"http://127.0.0.1:9/x.png\"", dom);
        Assert.Contains("<span>javascript:document.title='owned'</span>", dom);
        Assert.Contains("x&amp;&lt;y&gt;.txt", dom);
        Assert.Equal(new[] { "1991", "NATA" }, page.Marks.Select(m => m.Text));
    }

    [BrowserFact]
    public void ScreenshotOfTheSeedReport()
    {
        using var dir = new TempDir();
        var (html, _) = Report(dir, Cli.RepositoryRoot, SeedPath);
        var png = Path.Combine(dir.Path, "report.png");
        Chromium.Screenshot(new Uri(html).AbsoluteUri, png, 1280, 800);
        var bytes = File.ReadAllBytes(png);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes.Take(4));
        Assert.Equal(1280, ReadBigEndian(bytes, 16)); // IHDR width
        Assert.Equal(800, ReadBigEndian(bytes, 20)); // IHDR height

        // The README shows this picture; FACTBASE_UPDATE_SCREENSHOT=1 takes it again.
        var committed = Path.Combine(Cli.RepositoryRoot, "docs", "images", "report.png");
        if (Environment.GetEnvironmentVariable("FACTBASE_UPDATE_SCREENSHOT") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(committed)!);
            File.Copy(png, committed, overwrite: true);
        }

        Assert.True(File.Exists(committed), $"{committed} is missing; run the tests with FACTBASE_UPDATE_SCREENSHOT=1");
    }

    [Fact]
    public void ThePolicyAllowsExactlyThePagesOwnStyleAndScript()
    {
        using var dir = new TempDir();
        var (html, _) = Report(dir, Cli.RepositoryRoot, SeedPath);
        var text = File.ReadAllText(html);
        var style = Regex.Match(text, "<style>(.*?)</style>", RegexOptions.Singleline).Groups[1].Value;
        var script = Regex.Match(text, "<script>(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;
        var policy = WebUtility.HtmlDecode(Regex.Match(text, "http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\"").Groups[1].Value);
        Assert.Contains("default-src 'none';", policy);
        Assert.Contains($"style-src 'sha256-{Sha256(style)}';", policy);
        Assert.Contains($"script-src 'sha256-{Sha256(script)}';", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        // Nothing that loads: no src, no link element, no CSS import or url().
        Assert.DoesNotMatch("<[a-z]+\\b[^>]*\\bsrc=|<link\\b|@import|url\\(", text);
    }

    /// <summary>Writes the HTML and JSON reports of one run.</summary>
    private static (string Html, List<ExpectedFinding> Findings) Report(TempDir dir, string workingDirectory, params string[] args)
    {
        var html = Path.Combine(dir.Path, "report.html");
        var json = Path.Combine(dir.Path, "report.json");
        var result = Cli.Run(workingDirectory, new[] { "check", "--report", $"html={html}", "--report", $"json={json}" }.Concat(args).ToArray());
        Assert.True(result.ExitCode == 1, result.ToString());
        using var document = JsonDocument.Parse(File.ReadAllText(json));
        var findings = document.RootElement.GetProperty("files").EnumerateArray().SelectMany(f => f.GetProperty("findings").EnumerateArray())
            .Select(f => new ExpectedFinding(
                f.GetProperty("rule").GetString()!,
                f.GetProperty("verdict").GetString()!,
                f.GetProperty("line").GetInt32(),
                f.GetProperty("column").GetInt32(),
                f.GetProperty("text").GetString()!,
                f.GetProperty("message").GetString()!,
                f.GetProperty("expected").GetString(),
                f.GetProperty("suggestion").GetString(),
                f.GetProperty("sources").EnumerateArray().Select(s => s.GetString()!).ToList()))
            .ToList();
        Assert.NotEmpty(findings);
        return (html, findings);
    }

    private static string Sha256(string text) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static int ReadBigEndian(byte[] bytes, int at) => (bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3];

    private sealed record ExpectedFinding(string Rule, string Verdict, int Line, int Column, string Text, string Message, string? Expected, string? Suggestion, List<string> Sources);
}

/// <summary>The marks and findings of a report as the browser rendered it (its serialized DOM).</summary>
internal sealed record RenderedPage(string Dom, List<RenderedMark> Marks, List<RenderedFinding> Findings)
{
    private const string Attributes = "(?<attrs>(?:[^>\"]|\"[^\"]*\")*)";

    public static RenderedPage Parse(string dom)
    {
        var marks = Regex.Matches(dom, $"<mark\\b{Attributes}>(?<text>[^<]*)</mark>")
            .Select(m =>
            {
                var a = Attrs(m.Groups["attrs"].Value);
                return new RenderedMark(a["id"], a["class"].Split(' '), a["data-findings"].Split(' '), WebUtility.HtmlDecode(m.Groups["text"].Value));
            })
            .ToList();
        var findings = Regex.Matches(dom, $"<li\\b{Attributes}>(?<body>.*?)</li>", RegexOptions.Singleline)
            .Select(m =>
            {
                var a = Attrs(m.Groups["attrs"].Value);
                var body = m.Groups["body"].Value;
                return new RenderedFinding(
                    a["id"], a["data-rule"], a["data-verdict"], int.Parse(a["data-line"]), int.Parse(a["data-column"]),
                    Inner(body, "<p class=\"message\">(.*?)</p>")!,
                    Inner(body, "<dd class=\"expected\">(.*?)</dd>"),
                    Inner(body, "<dd class=\"suggestion\">(.*?)</dd>"),
                    Regex.Matches(body, "<a href=\"([^\"]*)\"").Select(l => WebUtility.HtmlDecode(l.Groups[1].Value)).ToList());
            })
            .ToList();
        return new RenderedPage(dom, marks, findings);
    }

    private static Dictionary<string, string> Attrs(string text)
        => Regex.Matches(text, "([\\w-]+)=\"([^\"]*)\"").ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));

    private static string? Inner(string body, string pattern)
        => Regex.Match(body, pattern, RegexOptions.Singleline) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;
}

internal sealed record RenderedMark(string Id, string[] Classes, string[] Findings, string Text);

internal sealed record RenderedFinding(string Id, string Rule, string Verdict, int Line, int Column, string Message, string? Expected, string? Suggestion, List<string> Links);
