using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactBase.Checking.Findings;

namespace FactBase.Cli.Formatters;

/// <summary>Human-readable output: <c>path:line:col: severity rule: message</c>, the line, and a caret under the span.</summary>
internal sealed class TextFormatter : IReportFormatter
{
    private readonly bool _color;

    public TextFormatter(bool color) => _color = color;

    /// <summary>Colour only on a terminal, and never when <c>NO_COLOR</c> is set to a non-empty value (no-color.org).</summary>
    public static bool ShouldColor()
        => !Console.IsOutputRedirected
           && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
           && Environment.GetEnvironmentVariable("TERM") != "dumb";

    /// <inheritdoc/>
    public void Write(IReadOnlyList<FileReport> reports, TextWriter output)
    {
        var total = 0;
        foreach (var report in reports)
        {
            foreach (var f in report.Result.Findings)
            {
                total += f.Verdict == Verdict.Supported ? 0 : 1;
                var label = f.Verdict == Verdict.Supported ? "supported" : JsonFormatter.SeverityName(f.Severity);
                output.WriteLine($"{report.Path}:{f.Line}:{f.Column}: {Paint(label, f.Verdict)} [{f.Rule}] {f.Message}");
                if (f.Suggestion is not null)
                {
                    output.WriteLine($"    suggestion: {f.Suggestion}");
                }

                var line = LineText(report.Document.Original, f.Line);
                if (line is not null)
                {
                    var start = Math.Max(0, Math.Min(line.Length, f.Column - 1));
                    var width = f.EndLine == f.Line ? Math.Max(1, f.EndColumn - f.Column) : Math.Max(1, line.Length - start);
                    var from = Math.Max(0, start - 60);
                    var to = Math.Min(line.Length, start + width + 60);
                    output.WriteLine("    " + line.Substring(from, to - from).Replace('\t', ' '));
                    output.WriteLine("    " + new string(' ', start - from) + new string('^', Math.Min(width, to - start)));
                }
            }
        }

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

    private static string? LineText(string text, int line)
    {
        var start = 0;
        for (var i = 1; i < line; i++)
        {
            start = text.IndexOf('\n', start);
            if (start < 0)
            {
                return null;
            }

            start++;
        }

        var end = text.IndexOf('\n', start);
        return (end < 0 ? text.Substring(start) : text.Substring(start, end - start)).TrimEnd('\r');
    }
}
