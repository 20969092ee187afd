using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace FactBase.Cli.Inputs;

/// <summary>
/// Reads a unified diff (<c>git diff</c>, <c>diff -u</c>, <c>hg diff</c>, <c>svn diff</c>) into the lines each file
/// gained: the new side's line numbers of every <c>+</c> line.
/// </summary>
/// <remarks>
/// A file's new name is taken from <c>+++</c>, so a renamed file is followed (its changed lines only); a deleted file
/// (<c>+++ /dev/null</c>) gains nothing and is left out. Inside a hunk the header's line counts decide where it ends,
/// so a removed line that reads <c>-- x</c> (shown as <c>--- x</c>) is never taken for a file header. Git's
/// <c>a/</c> and <c>b/</c> prefixes are dropped, as are the timestamps other tools put after a tab; quoted names
/// (<c>"caf\303\251.md"</c>) are unquoted as git quotes them.
/// </remarks>
internal static class UnifiedDiffParser
{
    /// <summary>Parses a diff.</summary>
    /// <param name="diff">The diff's text.</param>
    /// <returns>For each file with added lines, its path as the diff names it (normalized, <c>/</c> separators) and
    /// the added lines, 1-based, in order.</returns>
    /// <exception cref="FormatException">A hunk header that is not <c>@@ -a[,b] +c[,d] @@</c>, with its line number.</exception>
    public static Dictionary<string, List<int>> Parse(string diff)
    {
        var added = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        string? oldPath = null;
        string? newPath = null;
        var gitHeader = false;
        List<int>? current = null;
        int newLine = 0, oldLeft = 0, newLeft = 0;
        var lineNumber = 0;
        foreach (var raw in diff.Split('\n'))
        {
            lineNumber++;
            if (oldLeft > 0 || newLeft > 0)
            {
                // Inside a hunk: only the counts end it; content lines may look like headers.
                var kind = raw.Length == 0 ? ' ' : raw[0];
                switch (kind)
                {
                    case '+':
                        current?.Add(newLine);
                        newLine++;
                        newLeft--;
                        continue;
                    case '-':
                        oldLeft--;
                        continue;
                    case ' ':
                    case '\r': // an empty context line of a diff saved with CRLF line breaks
                        newLine++;
                        newLeft--;
                        oldLeft--;
                        continue;
                    case '\\': // "\ No newline at end of file"
                        continue;
                    default:
                        // A truncated hunk: the counts were wrong; read this line as a header.
                        oldLeft = newLeft = 0;
                        break;
                }
            }

            var line = raw.TrimEnd('\r');
            if (line.StartsWith("diff --git ", StringComparison.Ordinal))
            {
                gitHeader = true;
                oldPath = newPath = null;
                current = null;
            }
            else if (line.StartsWith("--- ", StringComparison.Ordinal))
            {
                oldPath = HeaderPath(line.Substring(4));
                current = null;
            }
            else if (line.StartsWith("+++ ", StringComparison.Ordinal))
            {
                newPath = HeaderPath(line.Substring(4));
                current = null;
                if (newPath != "/dev/null")
                {
                    var stripPrefixes = gitHeader || (oldPath is not null && (oldPath.StartsWith("a/", StringComparison.Ordinal) || oldPath == "/dev/null") && newPath.StartsWith("b/", StringComparison.Ordinal));
                    var key = Normalize(stripPrefixes && newPath.StartsWith("b/", StringComparison.Ordinal) ? newPath.Substring(2) : newPath);
                    if (!added.TryGetValue(key, out current))
                    {
                        current = new List<int>();
                        added[key] = current;
                    }
                }
            }
            else if (line.StartsWith("@@ ", StringComparison.Ordinal))
            {
                (oldLeft, newLine, newLeft) = HunkHeader(line, lineNumber);
            }
        }

        foreach (var key in new List<string>(added.Keys))
        {
            if (added[key].Count == 0)
            {
                added.Remove(key);
            }
        }

        return added;
    }

    /// <summary>A path as written in a diff, made relative and with <c>/</c>: <c>./a/../b.md</c> → <c>b.md</c>.</summary>
    internal static string Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Replace('\\', '/').Split('/'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == ".." && parts.Count > 0 && parts[^1] != "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts.Add(part);
            }
        }

        return string.Join("/", parts);
    }

    /// <summary>The path of a <c>---</c>/<c>+++</c> line: unquoted, without the tab and timestamp other tools add.</summary>
    private static string HeaderPath(string text)
    {
        if (text.StartsWith('"'))
        {
            return Unquote(text);
        }

        var tab = text.IndexOf('\t');
        return tab >= 0 ? text.Substring(0, tab) : text;
    }

    /// <summary><c>@@ -a[,b] +c[,d] @@</c>: the old side's line count, and the new side's first line and count.</summary>
    private static (int OldCount, int NewStart, int NewCount) HunkHeader(string line, int lineNumber)
    {
        var end = line.IndexOf(" @@", 3, StringComparison.Ordinal);
        var ranges = end < 0 ? Array.Empty<string>() : line.Substring(3, end - 3).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (ranges.Length != 2 || !ranges[0].StartsWith('-') || !ranges[1].StartsWith('+')
            || !TryRange(ranges[0].Substring(1), out _, out var oldCount) || !TryRange(ranges[1].Substring(1), out var newStart, out var newCount))
        {
            throw new FormatException($"line {lineNumber}: '{Shorten(line)}' is not a hunk header of the form @@ -a,b +c,d @@");
        }

        return (oldCount, newStart, newCount);
    }

    private static bool TryRange(string text, out int start, out int count)
    {
        count = 1;
        var comma = text.IndexOf(',');
        var ok = int.TryParse(comma < 0 ? text : text.Substring(0, comma), NumberStyles.None, CultureInfo.InvariantCulture, out start);
        return ok && (comma < 0 || int.TryParse(text.AsSpan(comma + 1), NumberStyles.None, CultureInfo.InvariantCulture, out count));
    }

    /// <summary>Undoes git's quoting of a path: <c>"a\tb\303\251"</c> (C escapes, octal bytes of UTF-8).</summary>
    internal static string Unquote(string text)
    {
        if (text.Length < 2 || text[0] != '"')
        {
            return text;
        }

        var bytes = new List<byte>();
        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                break;
            }

            if (c != '\\' || i + 1 >= text.Length)
            {
                var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
                bytes.AddRange(Encoding.UTF8.GetBytes(text.Substring(i, pair ? 2 : 1)));
                i += pair ? 1 : 0;
                continue;
            }

            var e = text[++i];
            if (e is >= '0' and <= '7' && i + 2 < text.Length)
            {
                bytes.Add((byte)Convert.ToInt32(text.Substring(i, 3), 8));
                i += 2;
                continue;
            }

            var escaped = e switch
            {
                'a' => '\a',
                'b' => '\b',
                't' => '\t',
                'n' => '\n',
                'v' => '\v',
                'f' => '\f',
                'r' => '\r',
                _ => e,
            };
            bytes.AddRange(Encoding.UTF8.GetBytes(escaped.ToString()));
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    private static string Shorten(string line) => line.Length <= 80 ? line : line.Substring(0, 80) + "...";
}
