using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FactBase.Checking.Findings;
using FactBase.Documents;

namespace FactBase.Cli.Formatters;

/// <summary>The JSON contract that tools read (<c>--format json</c>, version 1).</summary>
/// <remarks>
/// Streamed: each file's entry of <c>files[]</c> is rendered on the thread that checked the file and written in input
/// order while later files are checked; the opening and the summary come from one writer over the document with an empty
/// <c>files[]</c>, so the report is byte for byte what one writer over the whole document gives.
/// </remarks>
internal sealed class JsonFormatter : IStreamingReportFormatter
{
    // A file's entry sits two levels deep (the document, then files[]); the array's closing bracket one.
    private const string ArrayIndent = "  ";

    /// <inheritdoc/>
    public bool NeedsDocuments => false;

    /// <inheritdoc/>
    public void Write(IReadOnlyList<FileReport> reports, TextWriter output)
    {
        WriteHeader(output);
        for (var i = 0; i < reports.Count; i++)
        {
            WritePart(RenderFile(reports[i]), first: i == 0, output);
        }

        WriteSummary(reports, output);
    }

    /// <inheritdoc/>
    public string RenderFile(FileReport report)
    {
        using var stream = new MemoryStream();
        int start;
        using (var json = new Utf8JsonWriter(stream, Options(indented: true)))
        {
            // Written inside the report's files[], so the writer indents the entry as an entry of files[] (four spaces
            // deep); the opening before it is cut off, with the line break the writer puts before the entry. One pass, no
            // second copy of the text to indent it.
            json.WriteStartObject();
            json.WriteStartArray("files");
            json.Flush();
            start = (int)stream.Length + Environment.NewLine.Length;
            WriteFile(json, report);
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), start, (int)stream.Length - start);
    }

    /// <inheritdoc/>
    public void WriteHeader(TextWriter output)
    {
        var skeleton = Skeleton(0, 0, 0);
        output.Write(skeleton.AsSpan(0, FilesOpen(skeleton)));
    }

    /// <inheritdoc/>
    public void WritePart(string part, bool first, TextWriter output)
    {
        if (!first)
        {
            output.Write(',');
        }

        output.Write(Environment.NewLine);
        output.Write(part);
    }

    /// <inheritdoc/>
    public void WriteSummary(IReadOnlyList<FileReport> reports, TextWriter output)
    {
        var skeleton = Skeleton(reports.Count, reports.Sum(r => r.Result.Claims), reports.Sum(r => r.Result.Findings.Count(f => f.Verdict != Verdict.Supported)));
        if (reports.Count > 0)
        {
            // Every file has an entry, so the array holds one; its closing bracket goes on a line of its own.
            output.Write(Environment.NewLine);
            output.Write(ArrayIndent);
        }

        output.WriteLine(skeleton.AsSpan(FilesOpen(skeleton)));
    }

    // The document with an empty files[] and the summary.
    private static string Skeleton(int files, int claims, int findings)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options(indented: true)))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteStartArray("files");
            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("files", files);
            json.WriteNumber("claims", claims);
            json.WriteNumber("findings", findings);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    // Where files[] opens in the skeleton: just after its '['.
    private static int FilesOpen(string skeleton) => skeleton.IndexOf("\"files\": [", StringComparison.Ordinal) + "\"files\": [".Length;

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
