using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using FactBase.Checking;
using FactBase.Checking.Findings;
using FactBase.Checking.Rules;
using FactBase.Cli.Fixing;
using FactBase.Cli.Output;

namespace FactBase.Cli.Formatters;

/// <summary>
/// <c>--format rdjsonl</c>: reviewdog's Diagnostic Format as JSON lines, one diagnostic per finding, with a
/// suggestion where <c>--fix</c> would apply one (so <c>reviewdog -reporter=github-pr-review</c> offers it).
/// </summary>
/// <remarks>Reviewdog counts columns in UTF-8 bytes; findings count UTF-16 code units, so columns are converted.</remarks>
internal sealed class RdjsonlFormatter : IReportFormatter
{
    /// <inheritdoc/>
    public bool NeedsDocuments => true;

    /// <inheritdoc/>
    public void Write(IReadOnlyList<FileReport> reports, TextWriter output)
    {
        var root = RepoPath.Root;
        foreach (var report in reports)
        {
            var lines = new LineMap(report.Document!.Original);
            var path = RepoPath.Display(report.Path, root);
            foreach (var f in report.Result.Findings)
            {
                using var stream = new MemoryStream();
                using (var json = new Utf8JsonWriter(stream, JsonFormatter.Options(indented: false)))
                {
                    WriteDiagnostic(json, report, f, path, lines);
                }

                output.Write(Encoding.UTF8.GetString(stream.ToArray()));
                output.Write('\n');
            }
        }
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, FileReport report, Finding f, string path, LineMap lines)
    {
        var code = RuleCatalog.CodeOf(f.Rule);
        RuleCatalog.TryFind(code, out var descriptor);
        json.WriteStartObject();
        json.WriteString("message", f.Message);
        json.WriteStartObject("location");
        json.WriteString("path", path);
        WriteRange(json, f, lines);
        json.WriteEndObject();
        json.WriteString("severity", f.Verdict == Verdict.Supported ? "INFO" : f.Severity == Severity.Error ? "ERROR" : "WARNING");
        json.WriteStartObject("source");
        json.WriteString("name", "factbase");
        if (ProjectLinks.Repository is { } repository)
        {
            json.WriteString("url", repository);
        }

        json.WriteEndObject();
        json.WriteStartObject("code");
        json.WriteString("value", code);
        if (descriptor?.HelpUri is not null)
        {
            json.WriteString("url", descriptor.HelpUri);
        }

        json.WriteEndObject();
        if (f.Suggestion is not null && FixPlanner.IsFixable(report.Document!, f))
        {
            json.WriteStartArray("suggestions");
            json.WriteStartObject();
            WriteRange(json, f, lines);
            json.WriteString("text", f.Suggestion);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteRange(Utf8JsonWriter json, Finding f, LineMap lines)
    {
        json.WriteStartObject("range");
        json.WriteStartObject("start");
        json.WriteNumber("line", f.Line);
        json.WriteNumber("column", lines.Utf8Column(f.Line, f.Column));
        json.WriteEndObject();
        json.WriteStartObject("end");
        json.WriteNumber("line", f.EndLine);
        json.WriteNumber("column", lines.Utf8Column(f.EndLine, f.EndColumn));
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
