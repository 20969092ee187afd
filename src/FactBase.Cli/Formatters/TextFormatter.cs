using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactBase.Checking.Findings;

namespace FactBase.Cli.Formatters;

/// <summary>Human-readable output: <c>path:line:col: severity rule: message</c>, the line, and a caret under the span.</summary>
internal sealed class TextFormatter : IStreamingReportFormatter
{
    private readonly bool _color;

    public TextFormatter(bool color) => _color = color;

    /// <summary>Colour only on a terminal, and never when <c>NO_COLOR</c> is set to a non-empty value (no-color.org).</summary>
    public static bool ShouldColor()
        => !Console.IsOutputRedirected
           && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
           && Environment.GetEnvironmentVariable("TERM") != "dumb";

    /// <inheritdoc/>
    public bool NeedsDocuments => true;

    /// <inheritdoc/>
    public void Write(IReadOnlyList<FileReport> reports, TextWriter output)
    {
        foreach (var report in reports)
        {
            output.Write(RenderFile(report));
        }

        WriteSummary(reports, output);
    }

    /// <inheritdoc/>
    public string RenderFile(FileReport report)
    {
        var output = new StringWriter();
        foreach (var f in report.Result.Findings)
        {
            var label = f.Verdict == Verdict.Supported ? "supported" : JsonFormatter.SeverityName(f.Severity);
            output.WriteLine($"{report.Path}:{f.Line}:{f.Column}: {Paint(label, f.Verdict)} [{f.Rule}] {f.Message}");
            if (f.Suggestion is not null)
            {
                output.WriteLine($"    suggestion: {f.Suggestion}");
            }

            var (excerpt, carets) = Excerpt(report.Document!.Original, f.Span.Start, f.Span.End);
            output.WriteLine("    " + excerpt);
            output.WriteLine("    " + carets);
        }

        return output.ToString();
    }

    /// <inheritdoc/>
    public void WriteSummary(IReadOnlyList<FileReport> reports, TextWriter output)
    {
        var total = reports.Sum(r => r.Result.Findings.Count(f => f.Verdict != Verdict.Supported));
        var dates = reports.Select(r => r.Result.AsOf.ToString()).Distinct().ToList();
        var asOf = dates.Count == 0 ? string.Empty : dates.Count <= 3 ? $" (as of {string.Join(", ", dates)})" : $" (as of {dates.Count} dates)";
        output.WriteLine($"{reports.Count} file(s) checked, {reports.Sum(r => r.Result.Claims)} claim(s), {total} finding(s){asOf}");
    }

    private string Paint(string label, Verdict verdict)
    {
        if (!_color)
        {
            return label;
        }

        var code = verdict == Verdict.Supported ? "32" : label == "error" ? "31" : "33";
        return $"\u001b[{code}m{label}\u001b[0m";
    }

    /// <summary>
    /// The finding's line around its span (at most 60 characters either side) and a caret line under the span.
    /// </summary>
    /// <remarks>
    /// Works from the span's offset and never copies the whole line: copying an 8 MB single-line
    /// article once per finding made this formatter take minutes. Line breaks are \n, \r\n or a lone \r,
    /// as in the finding's line numbers.
    /// </remarks>
    internal static (string Excerpt, string Carets) Excerpt(string text, int start, int end)
    {
        const int Context = 60;
        const int MaxSpan = 200;
        start = Math.Max(0, Math.Min(text.Length, start));
        end = Math.Max(start, Math.Min(text.Length, end));
        var spanEnd = start;
        while (spanEnd < end && spanEnd - start < MaxSpan && !IsLineBreak(text[spanEnd]))
        {
            spanEnd++;
        }

        var from = start;
        while (from > 0 && start - from < Context && !IsLineBreak(text[from - 1]))
        {
            from--;
        }

        var to = spanEnd;
        while (to < text.Length && to - spanEnd < Context && !IsLineBreak(text[to]))
        {
            to++;
        }

        var excerpt = text.Substring(from, to - from).Replace('\t', ' ');
        return (excerpt, new string(' ', start - from) + new string('^', Math.Max(1, spanEnd - start)));
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r';
}
