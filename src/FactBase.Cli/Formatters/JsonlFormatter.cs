using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;

namespace FactBase.Cli.Formatters;

/// <summary>
/// <c>--format jsonl</c>: one JSON object per input file per line, the same object as an entry of the JSON
/// format's <c>files[]</c>. Outputs of shards (<c>--shard K/N</c>) merge by concatenation.
/// </summary>
internal sealed class JsonlFormatter : IReportFormatter
{
    /// <inheritdoc/>
    public bool NeedsDocuments => false;

    /// <inheritdoc/>
    public void Write(IReadOnlyList<FileReport> reports, TextWriter output)
    {
        foreach (var report in reports)
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, JsonFormatter.Options(indented: false)))
            {
                JsonFormatter.WriteFile(json, report);
            }

            output.Write(Encoding.UTF8.GetString(stream.ToArray()));
            output.Write('\n');
        }
    }
}
