using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using FactBase.Cli.Output;

namespace FactBase.Cli.Fixing;

/// <summary>Writes a unified diff (<c>--fix --dry-run</c>) of edits that stay within lines.</summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    /// <summary>Writes the diff of one file.</summary>
    /// <param name="path">The file's path, shown as <c>a/path</c> and <c>b/path</c>.</param>
    /// <param name="text">The original text.</param>
    /// <param name="edits">Edits in text order; each stays on one line.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(string path, string text, IReadOnlyList<FixEdit> edits, TextWriter output)
    {
        if (edits.Count == 0)
        {
            return;
        }

        var lines = new LineMap(text);
        var changed = new SortedDictionary<int, string>();
        foreach (var group in edits.GroupBy(e => LineOf(lines, e.Start)))
        {
            var start = lines.StartOf(group.Key);
            var line = lines.Line(group.Key)!;
            var shifted = group.Select(e => e with { Start = e.Start - start }).ToList();
            changed[group.Key] = FileFixer.Apply(line, shifted);
        }

        var display = path.Replace('\\', '/');
        while (display.StartsWith("./", StringComparison.Ordinal))
        {
            display = display.Substring(2);
        }

        var rooted = Path.IsPathRooted(display);
        output.WriteLine(rooted ? $"--- {display}" : $"--- a/{display}");
        output.WriteLine(rooted ? $"+++ {display}" : $"+++ b/{display}");
        var keys = changed.Keys.ToList();
        var i = 0;
        while (i < keys.Count)
        {
            var j = i;
            while (j + 1 < keys.Count && keys[j + 1] - keys[j] <= 2 * Context)
            {
                j++;
            }

            var first = Math.Max(1, keys[i] - Context);
            var last = Math.Min(lines.Count, keys[j] + Context);
            if (last == lines.Count && lines.Count > 1 && lines.Line(last)!.Length == 0 && lines.Terminator(last - 1).Length > 0)
            {
                last--; // the empty "line" after a final line break is not a line
            }

            var count = last - first + 1;
            output.WriteLine(string.Format(CultureInfo.InvariantCulture, "@@ -{0},{1} +{0},{1} @@", first, count));
            for (var n = first; n <= last; n++)
            {
                var noNewline = lines.Terminator(n).Length == 0;
                if (changed.TryGetValue(n, out var updated))
                {
                    output.WriteLine("-" + lines.Line(n));
                    if (noNewline)
                    {
                        output.WriteLine("\\ No newline at end of file");
                    }

                    output.WriteLine("+" + updated);
                }
                else
                {
                    output.WriteLine(" " + lines.Line(n));
                }

                if (noNewline)
                {
                    output.WriteLine("\\ No newline at end of file");
                }
            }

            i = j + 1;
        }
    }

    private static int LineOf(LineMap lines, int offset)
    {
        var lo = 1;
        var hi = lines.Count;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (lines.StartOf(mid) <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }
}
