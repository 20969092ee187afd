using System.Collections.Generic;
using System.IO;

namespace FactBase.Cli.Formatters;

/// <summary>
/// A format whose report is each file's part in input order, then a summary: the check renders a file's part on the
/// thread that checked it and writes it as soon as every earlier file is written, so writing overlaps checking and a
/// document can go once its part is rendered.
/// </summary>
/// <remarks><see cref="IReportFormatter.Write"/> must print exactly the parts then the summary, so both paths agree.</remarks>
internal interface IStreamingReportFormatter : IReportFormatter
{
    /// <summary>The file's part of the report (may be empty).</summary>
    string RenderFile(FileReport report);

    /// <summary>Writes what comes before the first file's part (nothing, unless the format opens a document).</summary>
    void WriteHeader(TextWriter output)
    {
    }

    /// <summary>Writes a file's part; <paramref name="first"/> when no earlier file's part was written (a format that
    /// separates its parts puts the separator here).</summary>
    void WritePart(string part, bool first, TextWriter output) => output.Write(part);

    /// <summary>Writes what follows the files' parts.</summary>
    void WriteSummary(IReadOnlyList<FileReport> reports, TextWriter output);
}
