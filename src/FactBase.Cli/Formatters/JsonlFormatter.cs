using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;

namespace FactBase.Cli.Formatters;

/// <summary>
/// <c>--format jsonl</c>: one JSON object per input file per line, the same object as an entry of the JSON
/// format's <c>files[]</c>. Outputs of shards (<c>--shard K/N</c>) merge by concatenation.
/// </summary>
internal sealed class JsonlFormatter : IStreamingReportFormatter
{
    /// <inheritdoc/>
    public bool NeedsDocuments => false;

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
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonFormatter.Options(indented: false)))
        {
            JsonFormatter.WriteFile(json, report);
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length) + "\n";
    }

    /// <inheritdoc/>
    public void WriteSummary(IReadOnlyList<FileReport> reports, TextWriter output)
    {
        // One line per file and nothing after: a consumer reads it as it comes.
    }
}
