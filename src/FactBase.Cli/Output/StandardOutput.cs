using System;
using System.IO;
using System.Text;

namespace FactBase.Cli.Output;

/// <summary>A buffered writer over standard output for a report, flushed once it is written.</summary>
/// <remarks>
/// <see cref="Console.Out"/> flushes on every write, one system call per fragment of a report; this writer flushes once
/// (docs/performance.md). The report is written after all files are checked, so buffering it changes no order: warnings
/// and errors on stderr come first.
/// </remarks>
internal static class StandardOutput
{
    /// <summary>Opens standard output with the console's encoding, never writing a byte-order mark.</summary>
    /// <returns>A writer to flush (or dispose) when the report is written.</returns>
    public static StreamWriter OpenBuffered()
    {
        // The console's encoding as Console.Out uses it, but without a preamble: a StreamWriter over a pipe would
        // otherwise start the report with a BOM, which JSON and SARIF readers reject.
        var encoding = Console.OutputEncoding.CodePage == Encoding.UTF8.CodePage ? new UTF8Encoding(false) : Console.OutputEncoding;
        return new StreamWriter(Console.OpenStandardOutput(), encoding, 1 << 16) { AutoFlush = false };
    }
}
