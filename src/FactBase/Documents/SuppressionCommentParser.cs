using System;
using System.Collections.Generic;

namespace FactBase.Documents;

/// <summary>
/// Reads <c>&lt;!-- factbase-disable-next-line [rule...] --&gt;</c>,
/// <c>&lt;!-- factbase-disable [rule...] --&gt;</c> and <c>&lt;!-- factbase-enable --&gt;</c> comments.
/// </summary>
internal static class SuppressionCommentParser
{
    public static List<Suppression> Parse(string text)
    {
        var suppressions = new List<Suppression>();
        var line = 1;
        var lineOffset = 0;
        var openLine = 0;
        IReadOnlyList<string>? openRules = null;
        var searchFrom = 0;
        while (true)
        {
            var start = text.IndexOf("<!--", searchFrom, StringComparison.Ordinal);
            if (start < 0)
            {
                break;
            }

            var end = text.IndexOf("-->", start + 4, StringComparison.Ordinal);
            if (end < 0)
            {
                break;
            }

            for (; lineOffset < start; lineOffset++)
            {
                if (IsLineBreak(text, lineOffset))
                {
                    line++;
                }
            }

            var body = text.Substring(start + 4, end - start - 4).Trim();
            var words = body.Split(new[] { ' ', '\t', '\r', '\n', ',' }, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 0)
            {
                var rules = new List<string>(words.Length - 1);
                for (var i = 1; i < words.Length; i++)
                {
                    rules.Add(words[i]);
                }

                var endLine = line + CountNewlines(text, start, end);
                switch (words[0])
                {
                    case "factbase-disable-next-line":
                        suppressions.Add(new Suppression(endLine + 1, endLine + 1, rules));
                        break;
                    case "factbase-disable-line":
                        suppressions.Add(new Suppression(line, endLine, rules));
                        break;
                    case "factbase-disable":
                        if (openRules is not null)
                        {
                            suppressions.Add(new Suppression(openLine, line, openRules));
                        }

                        openLine = line;
                        openRules = rules;
                        break;
                    case "factbase-enable":
                        if (openRules is not null)
                        {
                            suppressions.Add(new Suppression(openLine, line, openRules));
                            openRules = null;
                        }

                        break;
                }
            }

            searchFrom = end + 3;
        }

        if (openRules is not null)
        {
            suppressions.Add(new Suppression(openLine, int.MaxValue, openRules));
        }

        return suppressions;
    }

    private static int CountNewlines(string text, int from, int to)
    {
        var count = 0;
        for (var i = from; i < to; i++)
        {
            if (IsLineBreak(text, i))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Whether a line ends at <paramref name="i"/>: \n, or a \r not followed by \n (old Mac files), as <see cref="Document"/> counts lines.</summary>
    private static bool IsLineBreak(string text, int i)
        => text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n'));
}
