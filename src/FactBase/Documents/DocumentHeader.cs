using System;
using FactBase.Model;

namespace FactBase.Documents;

/// <summary>Finds what a document says about itself before its prose: front matter and a date line.</summary>
internal static class DocumentHeader
{
    /// <summary>
    /// The extent of YAML front matter (<c>---</c> ... <c>---</c> at the very start), or 0 when there is none,
    /// and the <c>date:</c> it gives.
    /// </summary>
    public static (int Length, FactDate? Date) ReadFrontMatter(string text)
    {
        var offset = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        if (!StartsWithLine(text, offset, "---"))
        {
            return (0, null);
        }

        FactDate? date = null;
        var lineStart = NextLine(text, offset);
        while (lineStart < text.Length)
        {
            var lineEnd = LineEnd(text, lineStart);
            var line = text.Substring(lineStart, lineEnd - lineStart).TrimEnd();
            if (line == "---" || line == "...")
            {
                return (NextLine(text, lineStart), date);
            }

            if (line.StartsWith("date:", StringComparison.Ordinal))
            {
                date = ParseLeadingDate(line.Substring(5).Trim().Trim('"', '\''));
            }

            lineStart = NextLine(text, lineStart);
        }

        // An unterminated block is not front matter.
        return (0, null);
    }

    /// <summary>A first line of the form <c>date YYYY-MM-DD</c> (as in exported newswire text): its extent and date.</summary>
    public static (TextRange Range, FactDate? Date) ReadDateLine(string text, int start)
    {
        var i = start;
        while (i < text.Length && (text[i] == ' ' || text[i] == '\t' || text[i] == '\uFEFF'))
        {
            i++;
        }

        if (string.CompareOrdinal(text, i, "date ", 0, 5) != 0 || i + 15 > text.Length)
        {
            return (default, null);
        }

        var date = ParseLeadingDate(text.Substring(i + 5, 10));
        return date is null ? (default, null) : (new TextRange(i, 15), date);
    }

    private static FactDate? ParseLeadingDate(string value)
    {
        if (value.Length >= 10 && FactDate.TryParse(value.Substring(0, 10), out var day) && day.Precision == DatePrecision.Day)
        {
            return day;
        }

        return FactDate.TryParse(value, out var date) ? date : null;
    }

    private static bool StartsWithLine(string text, int offset, string marker)
        => string.CompareOrdinal(text, offset, marker, 0, marker.Length) == 0
           && text.Substring(offset, LineEnd(text, offset) - offset).TrimEnd() == marker;

    private static int LineEnd(string text, int start)
    {
        var end = text.IndexOfAny(new[] { '\r', '\n' }, start);
        return end < 0 ? text.Length : end;
    }

    private static int NextLine(string text, int start)
    {
        var end = LineEnd(text, start);
        if (end < text.Length && text[end] == '\r')
        {
            end++;
        }

        if (end < text.Length && text[end] == '\n')
        {
            end++;
        }

        return end;
    }

    /// <summary>A start and length.</summary>
    public readonly record struct TextRange(int Start, int Length);
}
