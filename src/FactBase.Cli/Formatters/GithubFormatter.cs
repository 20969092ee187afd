using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FactBase.Checking;
using FactBase.Checking.Findings;
using FactBase.Checking.Rules;
using FactBase.Cli.Output;

namespace FactBase.Cli.Formatters;

/// <summary>
/// <c>--format github</c>: GitHub Actions workflow commands, which annotate the lines of a pull request:
/// <c>::error file=...,line=...,col=...,endLine=...,endColumn=...,title=...::message</c>.
/// </summary>
/// <remarks>
/// Escaping follows the Actions toolkit: in the message <c>%</c>, CR and LF become <c>%25</c>, <c>%0D</c>,
/// <c>%0A</c>; in properties also <c>:</c> and <c>,</c> become <c>%3A</c> and <c>%2C</c>. When
/// <c>GITHUB_STEP_SUMMARY</c> is set, a Markdown table of the findings is appended to that file.
/// </remarks>
internal sealed class GithubFormatter : IReportFormatter
{
    /// <summary>At most this many rows go to the step summary (GitHub caps it at 1 MiB).</summary>
    private const int MaxSummaryRows = 500;

    private readonly string? _summaryPath;

    /// <summary>Creates the formatter.</summary>
    /// <param name="summaryPath">The step summary file (<c>GITHUB_STEP_SUMMARY</c>), or <see langword="null"/>.</param>
    public GithubFormatter(string? summaryPath) => _summaryPath = string.IsNullOrEmpty(summaryPath) ? null : summaryPath;

    /// <inheritdoc/>
    public bool NeedsDocuments => false;

    /// <inheritdoc/>
    public void Write(IReadOnlyList<FileReport> reports, TextWriter output)
    {
        var root = RepoPath.Root;
        foreach (var report in reports)
        {
            var file = RepoPath.Display(report.Path, root);
            foreach (var f in report.Result.Findings)
            {
                output.WriteLine(Command(f, file));
            }
        }

        if (_summaryPath is not null)
        {
            File.AppendAllText(_summaryPath, Summary(reports, root), new UTF8Encoding(false));
        }
    }

    /// <summary>One workflow command for a finding.</summary>
    internal static string Command(Finding f, string file)
    {
        var command = f.Verdict == Verdict.Supported ? "notice" : f.Severity == Severity.Error ? "error" : "warning";
        var title = $"{RuleCatalog.CodeOf(f.Rule)} {f.Rule}";
        var message = f.Suggestion is null ? f.Message : $"{f.Message}\nsuggestion: {f.Suggestion}";
        return $"::{command} file={EscapeProperty(file)},line={f.Line},col={f.Column},endLine={f.EndLine},endColumn={f.EndColumn},title={EscapeProperty(title)}::{EscapeData(message)}";
    }

    /// <summary>Escapes a command's message.</summary>
    internal static string EscapeData(string value)
        => value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    /// <summary>Escapes a command property's value.</summary>
    internal static string EscapeProperty(string value)
        => EscapeData(value).Replace(":", "%3A").Replace(",", "%2C");

    /// <summary>The Markdown appended to the step summary.</summary>
    internal static string Summary(IReadOnlyList<FileReport> reports, string root)
    {
        var rows = reports.SelectMany(r => r.Result.Findings.Where(f => f.Verdict != Verdict.Supported).Select(f => (Report: r, Finding: f))).ToList();
        var text = new StringBuilder();
        text.Append("### factbase\n\n");
        text.Append($"{rows.Count} finding(s) in {rows.Select(r => r.Report.Path).Distinct().Count()} of {reports.Count} file(s) checked.\n\n");
        if (rows.Count == 0)
        {
            return text.ToString();
        }

        text.Append("| file | line | rule | finding | suggestion |\n|---|---:|---|---|---|\n");
        foreach (var (report, f) in rows.Take(MaxSummaryRows))
        {
            text.Append($"| `{CodeCell(RepoPath.Display(report.Path, root))}` | {f.Line} | {RuleCatalog.CodeOf(f.Rule)} {f.Rule} | {Cell(f.Message)} | {Cell(f.Suggestion ?? string.Empty)} |\n");
        }

        if (rows.Count > MaxSummaryRows)
        {
            text.Append($"\n... and {rows.Count - MaxSummaryRows} more.\n");
        }

        return text.Append('\n').ToString();
    }

    /// <summary>A table cell of text: Markdown and HTML in it stay text (no link, image or tag from an article).</summary>
    internal static string Cell(string value)
    {
        var cell = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            switch (c)
            {
                case '&':
                    cell.Append("&amp;");
                    break;
                case '<':
                    cell.Append("&lt;");
                    break;
                case '>':
                    cell.Append("&gt;");
                    break;
                case '\r':
                case '\n':
                    cell.Append(' ');
                    break;
                case '\\' or '|' or '`' or '*' or '_' or '[' or ']' or '(' or ')' or '!' or '~' or '#':
                    cell.Append('\\').Append(c);
                    break;
                default:
                    cell.Append(c);
                    break;
            }
        }

        return cell.ToString();
    }

    /// <summary>A table cell inside a code span: only the table's own <c>|</c>, backticks and line breaks matter there.</summary>
    private static string CodeCell(string value)
        => value.Replace("|", "\\|").Replace("\r", " ").Replace("\n", " ").Replace("`", "'");
}
