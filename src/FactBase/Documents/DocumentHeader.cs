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

    /// <summary>A first line of the form <c>date YYYY-MM-DD</c> (as in exported newswire text), also written
    /// <c>Date: YYYY-MM-DD</c> as people type it at the top of a draft: its extent and date.</summary>
    public static (TextRange Range, FactDate? Date) ReadDateLine(string text, int start)
    {
        var i = start;
        while (i < text.Length && (text[i] == ' ' || text[i] == '\t' || text[i] == '\uFEFF'))
        {
            i++;
        }

        if (string.Compare(text, i, "date", 0, 4, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return (default, null);
        }

        var k = i + 4;
        var colon = k < text.Length && text[k] == ':';
        k += colon ? 1 : 0;
        var spaces = k;
        while (k < text.Length && text[k] == ' ')
        {
            k++;
        }

        // "date 2024-05-01", "Date: 2024-05-01", "date:2024-05-01": a colon or a space between the word and the date.
        if ((!colon && k == spaces) || k + 10 > text.Length)
        {
            return (default, null);
        }

        var date = ParseLeadingDate(text.Substring(k, 10));
        return date is null ? (default, null) : (new TextRange(i, k + 10 - i), date);
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
