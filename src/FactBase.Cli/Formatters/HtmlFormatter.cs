using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using FactBase.Checking.Rules;
using FactBase.Checking;
using FactBase.Checking.Findings;

namespace FactBase.Cli.Formatters;

/// <summary>
/// <c>--format html</c>: one self-contained page for people: each checked article's text with its claims marked in
/// place, the evidence of each on hover or click, a summary by file and by rule, and filters by rule and verdict.
/// </summary>
/// <remarks>
/// Articles and fact files are untrusted, so everything taken from them is HTML-escaped, and a source is a link only
/// when it is an <c>http</c> or <c>https</c> address. The page loads nothing: its one style sheet and one script are
/// inline and allowed by their SHA-256 in a Content-Security-Policy that forbids every other source, so the page makes
/// no request even if some text slipped through as markup, and a script smuggled into it would not run.
/// </remarks>
internal sealed class HtmlFormatter : IReportFormatter
{
    /// <summary>The verdicts in the order the filters and tables list them.</summary>
    private static readonly Verdict[] VerdictOrder = { Verdict.Contradicted, Verdict.Outdated, Verdict.Misspelled, Verdict.Supported };

    private static readonly Lazy<(string Css, string Script)> Assets = new(() => (Resource("report.css"), Resource("report.js")));

    /// <inheritdoc/>
    public bool NeedsDocuments => true;

    /// <summary>The page's Content-Security-Policy: nothing from anywhere, except its own style sheet and script.</summary>
    internal static string ContentSecurityPolicy
        => $"default-src 'none'; style-src '{Hash(Assets.Value.Css)}'; script-src '{Hash(Assets.Value.Script)}'; "
           + "img-src 'none'; font-src 'none'; connect-src 'none'; media-src 'none'; object-src 'none'; frame-src 'none'; "
           + "base-uri 'none'; form-action 'none'";

    /// <inheritdoc/>
    public void Write(IReadOnlyList<FileReport> reports, TextWriter output)
    {
        var (css, script) = Assets.Value;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(Encode(ContentSecurityPolicy)).Append("\">\n");
        html.Append("<meta name=\"referrer\" content=\"no-referrer\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>factbase report</title>\n<style>").Append(css).Append("</style>\n</head>\n<body>\n");
        WriteHeader(html, reports);
        WriteSummary(html, reports);
        WriteFilters(html, reports);
        html.Append("<main>\n");
        for (var i = 0; i < reports.Count; i++)
        {
            // Article by article, so a report over many files is never one string in memory.
            output.Write(html);
            html.Clear();
            WriteArticle(html, reports[i], i);
        }

        html.Append("</main>\n<div id=\"evidence\" class=\"evidence\" role=\"dialog\" aria-label=\"evidence\" hidden></div>\n");
        html.Append("<script>").Append(script).Append("</script>\n</body>\n</html>\n");
        output.Write(html);
    }

    private static void WriteHeader(StringBuilder html, IReadOnlyList<FileReport> reports)
    {
        var findings = reports.Sum(r => r.Result.Findings.Count(f => f.Verdict != Verdict.Supported));
        var files = reports.Count(r => r.Result.Findings.Any(f => f.Verdict != Verdict.Supported));
        var dates = reports.Select(r => r.Result.AsOf.ToString()).Distinct().ToList();
        html.Append("<header>\n<h1>factbase report</h1>\n<p class=\"totals\">");
        html.Append(Encode($"{Count(findings, "finding")} in {files} of {Count(reports.Count, "file")} checked; {Count(reports.Sum(r => r.Result.Claims), "claim")} recognised"));
        if (dates.Count is > 0 and <= 3)
        {
            html.Append(Encode($"; as of {string.Join(", ", dates)}"));
        }

        html.Append("</p>\n</header>\n");
    }

    private static void WriteSummary(StringBuilder html, IReadOnlyList<FileReport> reports)
    {
        html.Append("<section id=\"summary\">\n<h2>Summary</h2>\n<div class=\"tables\">\n");
        html.Append("<table class=\"by-file\">\n<caption>By file</caption>\n<thead><tr><th scope=\"col\">file</th><th scope=\"col\">as of</th>");
        foreach (var verdict in VerdictOrder)
        {
            html.Append("<th scope=\"col\">").Append(VerdictName(verdict)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        for (var i = 0; i < reports.Count; i++)
        {
            var report = reports[i];
            html.Append("<tr><th scope=\"row\"><a href=\"#file-").Append(i + 1).Append("\">").Append(Encode(report.Path)).Append("</a></th>");
            html.Append("<td>").Append(Encode(report.Result.AsOf.ToString())).Append(" <span class=\"source\">(").Append(JsonFormatter.AsOfSourceName(report.AsOfSource)).Append(")</span></td>");
            foreach (var verdict in VerdictOrder)
            {
                AppendCount(html, report.Result.Findings.Count(f => f.Verdict == verdict));
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        html.Append("<table class=\"by-rule\">\n<caption>By rule</caption>\n<thead><tr><th scope=\"col\">rule</th>");
        foreach (var verdict in VerdictOrder)
        {
            html.Append("<th scope=\"col\">").Append(VerdictName(verdict)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        var all = reports.SelectMany(r => r.Result.Findings).ToList();
        foreach (var rule in RuleCatalog.All)
        {
            html.Append("<tr><th scope=\"row\" title=\"").Append(Encode(rule.Description)).Append("\">").Append(Encode($"{rule.Code} {rule.Name}"))
                .Append(" <span class=\"title\">").Append(Encode(rule.Title)).Append("</span></th>");
            foreach (var verdict in VerdictOrder)
            {
                AppendCount(html, all.Count(f => f.Rule == rule.Name && f.Verdict == verdict));
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</div>\n</section>\n");
    }

    private static void WriteFilters(StringBuilder html, IReadOnlyList<FileReport> reports)
    {
        var total = reports.Sum(r => r.Result.Findings.Count);
        html.Append("<section id=\"filters\" aria-label=\"filters\">\n<fieldset><legend>Rule</legend>");
        foreach (var rule in RuleCatalog.All)
        {
            html.Append("<label><input type=\"checkbox\" data-filter=\"rule\" value=\"").Append(Encode(rule.Name)).Append("\" checked> ")
                .Append(Encode(rule.Name)).Append("</label>");
        }

        html.Append("</fieldset>\n<fieldset><legend>Verdict</legend>");
        foreach (var verdict in VerdictOrder)
        {
            var name = VerdictName(verdict);
            html.Append("<label class=\"v-").Append(name).Append("\"><input type=\"checkbox\" data-filter=\"verdict\" value=\"").Append(name).Append("\" checked> ")
                .Append(name).Append("</label>");
        }

        html.Append("</fieldset>\n<p id=\"shown\" class=\"shown\" data-total=\"").Append(total).Append("\"></p>\n</section>\n");
    }

    private static void WriteArticle(StringBuilder html, FileReport report, int index)
    {
        var findings = report.Result.Findings;
        var open = findings.Count > 0 ? " open" : string.Empty;
        html.Append("<details class=\"article\" id=\"file-").Append(index + 1).Append("\" data-path=\"").Append(Encode(report.Path)).Append('"').Append(open).Append(">\n");
        html.Append("<summary><h2>").Append(Encode(report.Path)).Append("</h2> <span class=\"meta\">")
            .Append(Encode($"as of {report.Result.AsOf} ({JsonFormatter.AsOfSourceName(report.AsOfSource)}); {Count(findings.Count(f => f.Verdict != Verdict.Supported), "finding")}"))
            .Append("</span></summary>\n<div class=\"body\">\n<pre class=\"text\">");
        var starts = WriteMarkedText(html, report.Document?.Original ?? string.Empty, findings, index);
        html.Append("</pre>\n<ol class=\"findings\">\n");
        for (var i = 0; i < findings.Count; i++)
        {
            WriteFinding(html, findings[i], Id(index, i), starts.TryGetValue(i, out var mark) ? mark : null);
        }

        html.Append("</ol>\n</div>\n</details>\n");
    }

    /// <summary>
    /// Writes the text with each claim in a <c>mark</c>. Claims may overlap ("the 75-year-old NATA": an age and a
    /// name), so the text is cut at every claim's start and end, and each piece is one <c>mark</c> naming every claim
    /// that covers it; the claim's text is the run of pieces that name it.
    /// </summary>
    /// <returns>For each finding (by index) the id of the piece where it starts.</returns>
    private static Dictionary<int, string> WriteMarkedText(StringBuilder html, string text, IReadOnlyList<Finding> findings, int file)
    {
        var starts = new Dictionary<int, string>();
        var spans = findings.Select((f, i) => (Index: i, Start: Math.Clamp(f.Span.Start, 0, text.Length), End: Math.Clamp(f.Span.End, 0, text.Length)))
            .Where(s => s.End > s.Start)
            .ToList();
        var cuts = spans.SelectMany(s => new[] { s.Start, s.End }).Append(0).Append(text.Length).Distinct().OrderBy(c => c).ToList();
        var piece = 0;
        for (var c = 0; c + 1 < cuts.Count; c++)
        {
            var (from, to) = (cuts[c], cuts[c + 1]);
            var covering = spans.Where(s => s.Start <= from && s.End >= to).Select(s => s.Index).ToList();
            if (covering.Count == 0)
            {
                html.Append(Encode(text.Substring(from, to - from)));
                continue;
            }

            var id = $"m{file + 1}-{++piece}";
            foreach (var i in covering.Where(i => spans.Any(s => s.Index == i && s.Start == from)))
            {
                starts[i] = id;
            }

            var classes = covering.Select(i => "m-" + Colour(findings[i].Verdict)).Distinct().OrderBy(Priority);
            var title = string.Join("\n", covering.Select(i => findings[i].Message));
            html.Append("<mark id=\"").Append(id).Append("\" class=\"claim ").Append(string.Join(" ", classes))
                .Append("\" data-findings=\"").Append(string.Join(" ", covering.Select(i => Id(file, i))))
                .Append("\" tabindex=\"0\" title=\"").Append(Encode(title)).Append("\">")
                .Append(Encode(text.Substring(from, to - from))).Append("</mark>");
        }

        return starts;
    }

    private static void WriteFinding(StringBuilder html, Finding f, string id, string? mark)
    {
        var verdict = VerdictName(f.Verdict);
        html.Append("<li id=\"").Append(id).Append("\" class=\"finding v-").Append(verdict).Append("\" data-rule=\"").Append(Encode(f.Rule))
            .Append("\" data-verdict=\"").Append(verdict).Append("\" data-line=\"").Append(f.Line).Append("\" data-column=\"").Append(f.Column).Append("\">");
        html.Append("<p class=\"head\"><span class=\"verdict\">").Append(verdict).Append("</span> ");
        if (f.Verdict != Verdict.Supported)
        {
            html.Append("<span class=\"severity\">").Append(JsonFormatter.SeverityName(f.Severity)).Append("</span> ");
        }

        html.Append("<span class=\"rule\">").Append(Encode($"{RuleCatalog.CodeOf(f.Rule)} {f.Rule}")).Append("</span> ");
        var at = Encode($"line {f.Line}, column {f.Column}");
        html.Append(mark is null ? $"<span class=\"at\">{at}</span>" : $"<a class=\"at\" href=\"#{mark}\">{at}</a>").Append("</p>\n");
        html.Append("<p class=\"message\">").Append(Encode(f.Message)).Append("</p>\n<dl>");
        Entry(html, "claim", f.Text, "text");
        Entry(html, "expected", f.Expected, "expected");
        Entry(html, "suggestion", f.Suggestion, "suggestion");
        if (f.FactLocation is { Line: > 0 } fact)
        {
            Entry(html, "fact", $"{fact.Path}, line {fact.Line}", "fact");
        }

        if (f.Sources.Count > 0)
        {
            html.Append("<dt>sources</dt><dd class=\"sources\">");
            foreach (var source in f.Sources)
            {
                html.Append(IsWebAddress(source)
                    ? $"<a href=\"{Encode(source)}\" rel=\"noopener noreferrer\" target=\"_blank\">{Encode(source)}</a> "
                    : $"<span>{Encode(source)}</span> ");
            }

            html.Append("</dd>");
        }

        html.Append("</dl></li>\n");
    }

    private static void Entry(StringBuilder html, string term, string? value, string cssClass)
    {
        if (value is not null)
        {
            html.Append("<dt>").Append(term).Append("</dt><dd class=\"").Append(cssClass).Append("\">").Append(Encode(value)).Append("</dd>");
        }
    }

    private static void AppendCount(StringBuilder html, int count)
        => html.Append(count == 0 ? "<td class=\"zero\">0</td>" : $"<td>{count}</td>");

    /// <summary>Only a web address is a link: a <c>javascript:</c> or <c>data:</c> source in a fact file stays text.</summary>
    internal static bool IsWebAddress(string source)
        => Uri.TryCreate(source, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    /// <summary>Escapes text for an element or a double-quoted attribute.</summary>
    internal static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>The colour of a verdict: wrong (contradicted or outdated), misspelled, supported.</summary>
    private static string Colour(Verdict verdict) => verdict switch
    {
        Verdict.Supported => "supported",
        Verdict.Misspelled => "misspelled",
        _ => "wrong",
    };

    /// <summary>Classes in the order the style sheet layers them: the more serious colour last, so it shows.</summary>
    private static int Priority(string cssClass) => cssClass switch
    {
        "m-supported" => 0,
        "m-misspelled" => 1,
        _ => 2,
    };

    private static string VerdictName(Verdict verdict) => JsonFormatter.VerdictName(verdict);

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private static string Hash(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>A page asset, with <c>\n</c> line breaks: the browser hashes the text as parsed, where CR LF is LF.</summary>
    private static string Resource(string name)
    {
        using var stream = typeof(HtmlFormatter).Assembly.GetManifestResourceStream("FactBase.Cli.Html." + name)
            ?? throw new InvalidOperationException($"the HTML report's {name} is missing from the tool");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().Replace("\r\n", "\n");
    }

    /// <summary>The page-wide id of a finding: <c>f{file}-{n}</c>, 1-based.</summary>
    private static string Id(int file, int finding) => $"f{file + 1}-{finding + 1}";
}
