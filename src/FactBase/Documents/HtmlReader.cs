using System;
using System.Collections.Generic;
using FactBase.Text;

namespace FactBase.Documents;

/// <summary>Finds the prose of an HTML document by scanning tags; nothing is executed or fetched.</summary>
/// <remarks>
/// A linear scan, not a DOM: tags, comments, entities and the content of script, style, code, pre
/// and template elements are masked; block-level tags end a paragraph.
/// </remarks>
internal static class HtmlReader
{
    private static readonly HashSet<string> HiddenElements = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "code", "pre", "template", "noscript", "svg", "head" };

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table", "blockquote",
        "section", "article", "header", "footer", "aside", "nav", "figure", "figcaption", "hr", "dd", "dt", "dl", "title", "body", "html", "main",
    };

    /// <summary>The prose of <paramref name="text"/>, still a mask (<see cref="ProseMask.ToProse"/> makes it), and its blocks.</summary>
    public static (ProseMask Prose, List<TextSpan> Blocks) Read(string text)
    {
        var mask = new ProseMask(text, allProse: true);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '&')
            {
                // Look only as far as the longest entity we mask ("&#x1F600;" fits in 11 characters): an
                // unbounded search made a text of many '&' and no ';' quadratic (1 MB took 16 s).
                var semi = text.IndexOf(';', i, Math.Min(11, text.Length - i));
                if (semi > i && semi - i <= 10)
                {
                    mask.Hide(i, semi - i + 1);
                    i = semi + 1;
                    continue;
                }

                i++;
                continue;
            }

            if (c != '<')
            {
                i++;
                continue;
            }

            if (string.CompareOrdinal(text, i, "<!--", 0, 4) == 0)
            {
                var close = text.IndexOf("-->", i + 4, StringComparison.Ordinal);
                var end = close < 0 ? text.Length : close + 3;
                mask.Hide(i, end - i);
                i = end;
                continue;
            }

            var tagEnd = FindTagEnd(text, i);
            var name = TagName(text, i, tagEnd, out var closing);
            mask.Hide(i, tagEnd - i);
            if (BlockElements.Contains(name))
            {
                mask.Break(i, tagEnd - i);
            }

            if (!closing && HiddenElements.Contains(name))
            {
                var endTag = text.IndexOf("</" + name, tagEnd, StringComparison.OrdinalIgnoreCase);
                var stop = endTag < 0 ? text.Length : endTag;
                mask.Hide(tagEnd, stop - tagEnd);
                mask.Break(tagEnd, stop - tagEnd);
                i = stop;
                continue;
            }

            i = tagEnd;
        }

        return (mask, mask.Paragraphs());
    }

    private static int FindTagEnd(string text, int start)
    {
        char quote = '\0';
        for (var i = start + 1; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i + 1;
            }
        }

        return text.Length;
    }

    private static string TagName(string text, int start, int end, out bool closing)
    {
        var i = start + 1;
        closing = i < end && text[i] == '/';
        if (closing)
        {
            i++;
        }

        var s = i;
        while (i < end && (char.IsLetterOrDigit(text[i]) || text[i] == '-'))
        {
            i++;
        }

        return text.Substring(s, i - s);
    }
}
