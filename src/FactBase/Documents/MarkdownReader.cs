using System;
using System.Collections.Generic;
using FactBase.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace FactBase.Documents;

/// <summary>Finds the prose of a Markdown document with Markdig.</summary>
/// <remarks>
/// Only literal text is prose: code spans, fenced and indented code, link targets, autolinks,
/// raw HTML (comments included) and front matter stay masked, so they never raise a finding.
/// </remarks>
internal static class MarkdownReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePreciseSourceLocation()
        .Build();

    /// <summary>Reads the prose of <paramref name="text"/>, still a mask (<see cref="ProseMask.ToProse"/> makes it), or
    /// <see langword="null"/> when Markdig cannot parse it.</summary>
    /// <remarks>
    /// Markdig throws on input nested past its depth limit (1 MB of <c>[</c> or <c>&gt;</c>); the caller
    /// then reads the text as plain text instead of failing.
    /// </remarks>
    public static (ProseMask Prose, List<TextSpan> Blocks)? TryRead(string text)
    {
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(text, Pipeline);
        }
        catch (Exception)
        {
            return null;
        }

        var mask = new ProseMask(text, allProse: false);
        var blocks = new List<TextSpan>();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is CodeBlock || block.Inline is null)
            {
                continue;
            }

            var shown = false;
            foreach (var literal in block.Inline.Descendants<LiteralInline>())
            {
                if (literal.Span.IsEmpty || literal.Span.Start < 0)
                {
                    continue;
                }

                mask.Show(literal.Span.Start, literal.Span.Length);
                shown = true;
            }

            if (shown)
            {
                blocks.Add(new TextSpan(block.Span.Start, block.Span.Length));
            }
        }

        return (mask, blocks);
    }
}
