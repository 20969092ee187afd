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

    public static (string Prose, List<TextSpan> Blocks) Read(string text)
    {
        var mask = new ProseMask(text, allProse: false);
        var blocks = new List<TextSpan>();
        var document = Markdown.Parse(text, Pipeline);
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

        return (mask.ToString(), blocks);
    }
}
