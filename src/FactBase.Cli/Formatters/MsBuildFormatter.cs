using System;
using System.Collections.Generic;
using System.IO;
using FactBase.Checking;
using FactBase.Checking.Findings;
using FactBase.Checking.Rules;

namespace FactBase.Cli.Formatters;

/// <summary>
/// <c>--format msbuild</c>: canonical compiler lines, <c>path(line,col,endLine,endCol): error FB1006: message</c>,
/// which MSBuild, Visual Studio, VS Code problem matchers and Azure Pipelines understand.
/// </summary>
internal sealed class MsBuildFormatter : IReportFormatter
{
    /// <inheritdoc/>
    public bool NeedsDocuments => false;

    /// <inheritdoc/>
    public void Write(IReadOnlyList<FileReport> reports, TextWriter output)
    {
        foreach (var report in reports)
        {
            foreach (var f in report.Result.Findings)
            {
                var category = f.Verdict == Verdict.Supported ? "info" : f.Severity == Severity.Error ? "error" : "warning";
                var message = f.Suggestion is null || f.Message.Contains(f.Suggestion, StringComparison.Ordinal) ? f.Message : $"{f.Message} (suggestion: {f.Suggestion})";
                output.WriteLine($"{report.Path}({f.Line},{f.Column},{f.EndLine},{f.EndColumn}): {category} {RuleCatalog.CodeOf(f.Rule)}: {OneLine(message)} [{f.Rule}]");
            }
        }
    }

    private static string OneLine(string text) => text.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ');
}
