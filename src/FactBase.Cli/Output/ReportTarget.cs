using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace FactBase.Cli.Output;

/// <summary>One report of a run: a format, written to a file or to stdout (<c>--report FORMAT[=FILE]</c>).</summary>
/// <param name="Format">One of the check command's formats.</param>
/// <param name="Path">The file, or <see langword="null"/> for stdout.</param>
internal sealed record ReportTarget(string Format, string? Path)
{
    /// <summary>The reports a run writes: each <c>--report</c>, plus <c>--format</c>/<c>-o</c> when either is given
    /// (or when no <c>--report</c> is, as the default text report on stdout).</summary>
    /// <param name="reports">The <c>--report</c> values.</param>
    /// <param name="format">The <c>--format</c> value, or <see langword="null"/> when it was not given.</param>
    /// <param name="output">The <c>-o</c> value, or <see langword="null"/>.</param>
    /// <param name="formats">The known formats.</param>
    /// <returns>The targets in the order given, or an error for people.</returns>
    public static (List<ReportTarget>? Targets, string? Error) Resolve(IReadOnlyList<string> reports, string? format, string? output, IReadOnlyList<string> formats)
    {
        var targets = new List<ReportTarget>();
        foreach (var report in reports)
        {
            var eq = report.IndexOf('=');
            var name = (eq < 0 ? report : report.Substring(0, eq)).Trim();
            var path = eq < 0 ? null : report.Substring(eq + 1);
            if (!formats.Contains(name, StringComparer.Ordinal))
            {
                return (null, $"--report '{report}': '{name}' is not a format; use one of {string.Join(", ", formats)}, optionally with =FILE");
            }

            if (path is { Length: 0 })
            {
                return (null, $"--report '{report}': no file after '='; leave out '=' to write to stdout");
            }

            targets.Add(new ReportTarget(name, path == "-" ? null : path));
        }

        if (targets.Count == 0 || format is not null || output is not null)
        {
            targets.Add(new ReportTarget(format ?? "text", output));
        }

        if (targets.Count(t => t.Path is null) > 1)
        {
            return (null, $"only one report can go to stdout, and {string.Join(" and ", targets.Where(t => t.Path is null).Select(t => t.Format))} would; give the others a file: --report FORMAT=FILE");
        }

        var twice = targets.Where(t => t.Path is not null)
            .GroupBy(t => System.IO.Path.GetFullPath(t.Path!), OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase)
            .FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            return (null, $"two reports would write to {twice.First().Path}; give each its own file");
        }

        return (targets, null);
    }

    /// <summary>Writes one report, to its file (UTF-8, no byte order mark; its folder made when missing) or to
    /// <paramref name="stdout"/>.</summary>
    /// <returns><see langword="false"/> when the file cannot be written (said on <paramref name="error"/>).</returns>
    public bool TryWrite(TextWriter stdout, TextWriter error, Action<TextWriter> write)
    {
        try
        {
            if (Path is null)
            {
                write(stdout);
                return true;
            }

            if (System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path)) is { } folder)
            {
                Directory.CreateDirectory(folder);
            }

            using var file = new StreamWriter(Path, append: false, new System.Text.UTF8Encoding(false));
            write(file);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{Path ?? "stdout"}: error: cannot write the {Format} report: {Loading.FileSearch.Describe(ex)}");
            return false;
        }
    }
}
