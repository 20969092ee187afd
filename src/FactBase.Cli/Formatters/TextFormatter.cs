using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactBase.Checking.Findings;
using FactBase.Cli.Fixing;

namespace FactBase.Cli.Formatters;

/// <summary>Human-readable output: <c>path:line:col: severity rule: message</c>, the line, a caret under the span, and
/// notes naming the fact checked against and its source.</summary>
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

    // Each thread's buffer for a file's part, kept from file to file: a run over many files otherwise grows (and the GC
    // clears) a new one per file. Parts are strings, so nothing of the buffer outlives the call.
    [ThreadStatic]
    private static System.Text.StringBuilder? t_part;

    /// <inheritdoc/>
    public string RenderFile(FileReport report)
    {
        var part = t_part ??= new System.Text.StringBuilder(1024);
        part.Clear();
        using var output = new StringWriter(part, System.Globalization.CultureInfo.CurrentCulture);
        foreach (var f in report.Result.Findings)
        {
            var label = f.Verdict == Verdict.Supported ? "supported" : JsonFormatter.SeverityName(f.Severity);
            output.WriteLine($"{report.Path}:{f.Line}:{f.Column}: {Paint(label, f.Verdict)} [{f.Rule}] {f.Message}");
            // The message already names what the facts say; what --fix would write is worth a line of its own.
            if (f.Suggestion is not null && FixPlanner.IsFixable(report.Document!, f))
            {
                output.WriteLine($"    fix: '{f.Text}' -> '{f.Suggestion}' (--fix)");
            }
            else if (f.Suggestion is not null && !f.Message.Contains(f.Suggestion, StringComparison.Ordinal))
            {
                output.WriteLine($"    suggestion: {f.Suggestion}");
            }

            var (excerpt, carets) = Excerpt(report.Document!.Original, f.Span.Start, f.Span.End);
            output.WriteLine("    " + excerpt);
            output.WriteLine("    " + carets);

            // The evidence, like a compiler's notes: the fact checked against, then the one source behind it.
            if (FindingEvidence.Fact(f) is { } fact)
            {
                output.WriteLine($"    note: checked against {fact}");
            }

            if (f.Source is not null)
            {
                output.WriteLine($"    note: source: {f.Source}");
            }
        }

        var text = part.ToString();
        if (part.Capacity > MaxKeptPart)
        {
            t_part = null; // one huge part (an 8 MB single-line article) is not worth keeping for the rest of the run
        }

        return text;
    }

    private const int MaxKeptPart = 1 << 20;

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
    /// The finding's line around its span (at most 60 characters either side, cut between words and marked "...") and
    /// a caret line under the span.
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

        // A cut line is cut between words and marked: "...Prime Minister Rishi Sunak said", never "inister Rishi".
        var cutBefore = from > 0 && !IsLineBreak(text[from - 1]);
        if (cutBefore)
        {
            var word = from;
            while (word < start && !char.IsWhiteSpace(text[word]))
            {
                word++;
            }

            from = word < start ? word + 1 : from;
        }

        var cutAfter = to < text.Length && !IsLineBreak(text[to]);
        if (cutAfter)
        {
            var word = to;
            while (word > spanEnd && !char.IsWhiteSpace(text[word - 1]))
            {
                word--;
            }

            to = word > spanEnd ? word - 1 : to;
        }

        var prefix = cutBefore ? "..." : string.Empty;
        var excerpt = prefix + text.Substring(from, to - from).Replace('\t', ' ') + (cutAfter ? "..." : string.Empty);
        return (excerpt, new string(' ', prefix.Length + start - from) + new string('^', Math.Max(1, spanEnd - start)));
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r';
}
