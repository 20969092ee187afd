using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using FactBase.Checking.Findings;
using FactBase.Documents;

namespace FactBase.Cli.Formatters;

/// <summary>The JSON contract that tools read (<c>--format json</c>, version 1).</summary>
internal sealed class JsonFormatter : IReportFormatter
{
    /// <inheritdoc/>
    public bool NeedsDocuments => false;

    /// <inheritdoc/>
    public void Write(IReadOnlyList<FileReport> reports, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options(indented: true)))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteStartArray("files");
            foreach (var report in reports)
            {
                WriteFile(json, report);
            }

            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("files", reports.Count);
            json.WriteNumber("claims", reports.Sum(r => r.Result.Claims));
            json.WriteNumber("findings", reports.Sum(r => r.Result.Findings.Count(f => f.Verdict != Verdict.Supported)));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>Writes one entry of <c>files[]</c>; <c>--format jsonl</c> writes the same object, one per line.</summary>
    internal static void WriteFile(Utf8JsonWriter json, FileReport report)
    {
        json.WriteStartObject();
        json.WriteString("path", report.Path);
        json.WriteString("asOf", report.Result.AsOf.ToString());
        json.WriteString("asOfSource", AsOfSourceName(report.AsOfSource));
        json.WriteStartArray("findings");
        foreach (var finding in report.Result.Findings)
        {
            WriteFinding(json, finding);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    internal static void WriteFinding(Utf8JsonWriter json, Finding finding)
    {
        json.WriteStartObject();
        json.WriteString("rule", finding.Rule);
        json.WriteString("verdict", VerdictName(finding.Verdict));
        json.WriteString("severity", SeverityName(finding.Severity));
        json.WriteNumber("line", finding.Line);
        json.WriteNumber("column", finding.Column);
        json.WriteNumber("endLine", finding.EndLine);
        json.WriteNumber("endColumn", finding.EndColumn);
        json.WriteString("text", finding.Text);
        json.WriteString("message", finding.Message);
        WriteNullable(json, "expected", finding.Expected);
        WriteNullable(json, "suggestion", finding.Suggestion);
        WriteNullable(json, "entity", finding.Entity);
        WriteNullable(json, "property", finding.Property);
        json.WriteStartArray("sources");
        foreach (var source in finding.Sources)
        {
            json.WriteStringValue(source);
        }

        json.WriteEndArray();
        WriteNullable(json, "source", finding.Source);
        if (finding.FactLocation is { Line: > 0 } at)
        {
            json.WriteStartObject("fact");
            json.WriteString("path", at.Path);
            json.WriteNumber("line", at.Line);
            json.WriteNumber("column", at.Column);
            json.WriteBoolean("builtIn", BuiltInFacts.IsBuiltIn(at));
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    /// <summary>The writer options every JSON format uses: readable non-ASCII, escaped control characters.</summary>
    internal static JsonWriterOptions Options(bool indented) => new() { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    internal static string VerdictName(Verdict verdict) => verdict switch
    {
        Verdict.Supported => "supported",
        Verdict.Contradicted => "contradicted",
        Verdict.Outdated => "outdated",
        _ => "misspelled",
    };

    internal static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    internal static string AsOfSourceName(AsOfSource source) => source switch
    {
        AsOfSource.Option => "option",
        AsOfSource.Document => "document",
        AsOfSource.Config => "config",
        _ => "today",
    };

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
