using System;
using System.IO;
using FactBase.Model;

namespace FactBase.Documents;

/// <summary>Turns article text into a <see cref="Document"/>: prose, blocks, stated date and suppressions.</summary>
public static class DocumentReader
{
    /// <summary>Chooses the format from a file name: .md/.markdown → Markdown, .html/.htm → HTML, else plain text.</summary>
    /// <param name="path">A file name or path.</param>
    /// <returns>The format.</returns>
    public static DocumentFormat FormatOf(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return extension switch
        {
            ".md" or ".markdown" or ".mdx" => DocumentFormat.Markdown,
            ".html" or ".htm" or ".xhtml" => DocumentFormat.Html,
            _ => DocumentFormat.PlainText,
        };
    }

    /// <summary>Reads an article.</summary>
    /// <param name="text">The article's text.</param>
    /// <param name="format">How it is written.</param>
    /// <returns>The document.</returns>
    public static Document Read(string text, DocumentFormat format)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var suppressions = SuppressionCommentParser.Parse(text);
        var (frontMatterLength, frontMatterDate) = DocumentHeader.ReadFrontMatter(text);
        ProseMask mask;
        System.Collections.Generic.List<Text.TextSpan> blocks;
        switch (format)
        {
            case DocumentFormat.Markdown:
                // Markdig refuses some pathological input (1 MB of '[' or of '>' nests too deep): such a
                // document is still checked, as plain text, rather than failing the whole run.
                (mask, blocks) = MarkdownReader.TryRead(text) ?? ReadPlainText(text, frontMatterLength);
                break;
            case DocumentFormat.Html:
                (mask, blocks) = HtmlReader.Read(text);
                break;
            default:
                (mask, blocks) = ReadPlainText(text, frontMatterLength);
                break;
        }

        ClampBlocks(blocks, text.Length);

        FactDate? date = frontMatterDate;
        if (date is null)
        {
            var (range, lineDate) = DocumentHeader.ReadDateLine(text, frontMatterLength);
            if (lineDate is not null)
            {
                // The date line is metadata, not prose; blanked in the mask, so the prose is made once.
                date = lineDate;
                mask.Blank(range.Start, range.Length);
                for (var b = 0; b < blocks.Count; b++)
                {
                    var block = blocks[b];
                    if (block.Start < range.Start + range.Length && range.Start < block.End)
                    {
                        var start = Math.Max(block.Start, range.Start + range.Length);
                        blocks[b] = new Text.TextSpan(start, Math.Max(0, block.End - start));
                    }
                }
            }
        }

        return new Document(text, mask.ToProse(), blocks, date, suppressions);
    }

    private static (ProseMask Prose, System.Collections.Generic.List<Text.TextSpan> Blocks) ReadPlainText(string text, int frontMatterLength)
    {
        var mask = new ProseMask(text, allProse: true);
        mask.Hide(0, frontMatterLength);
        HideComments(text, mask);
        return (mask, mask.Paragraphs());
    }

    /// <summary>Keeps every block inside the text, whatever a reader (or Markdig) reported, so no later step can index past it.</summary>
    private static void ClampBlocks(System.Collections.Generic.List<Text.TextSpan> blocks, int length)
    {
        for (var b = blocks.Count - 1; b >= 0; b--)
        {
            var start = Math.Min(Math.Max(0, blocks[b].Start), length);
            var end = Math.Min(Math.Max(start, blocks[b].End), length);
            if (start == blocks[b].Start && end == blocks[b].End)
            {
                continue;
            }

            if (end > start)
            {
                blocks[b] = new Text.TextSpan(start, end - start);
            }
            else
            {
                blocks.RemoveAt(b);
            }
        }
    }

    private static void HideComments(string text, ProseMask mask)
    {
        var i = 0;
        while ((i = text.IndexOf("<!--", i, StringComparison.Ordinal)) >= 0)
        {
            var end = text.IndexOf("-->", i + 4, StringComparison.Ordinal);
            end = end < 0 ? text.Length : end + 3;
            mask.Hide(i, end - i);
            i = end;
        }
    }
}
