using System;
using System.Collections.Generic;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Documents;

/// <summary>An article ready for checking: its text, which parts are prose, its date and suppressions.</summary>
public sealed class Document
{
    private int[]? _lineStarts;

    /// <summary>Creates a document.</summary>
    /// <param name="original">The text as read.</param>
    /// <param name="prose">The same text with every non-prose character replaced by a space (line breaks kept), so offsets are shared.</param>
    /// <param name="blocks">Blocks of prose (paragraphs, headings, list items); sentences never cross them.</param>
    /// <param name="date">The date the document states, if any.</param>
    /// <param name="suppressions">Lines where rules are switched off.</param>
    public Document(string original, string prose, IReadOnlyList<TextSpan> blocks, FactDate? date, IReadOnlyList<Suppression> suppressions)
    {
        if (original.Length != prose.Length)
        {
            throw new ArgumentException("The prose view must have the original's length.", nameof(prose));
        }

        Original = original;
        Prose = prose;
        Blocks = blocks;
        Date = date;
        Suppressions = suppressions;
    }

    /// <summary>The text as read.</summary>
    public string Original { get; }

    /// <summary>The text with non-prose masked by spaces; offsets equal those of <see cref="Original"/>.</summary>
    public string Prose { get; }

    /// <summary>Blocks of prose; sentences never cross them.</summary>
    public IReadOnlyList<TextSpan> Blocks { get; }

    /// <summary>The date the document states (front matter or first line), if any.</summary>
    public FactDate? Date { get; }

    /// <summary>Lines where rules are switched off.</summary>
    public IReadOnlyList<Suppression> Suppressions { get; }

    /// <summary>The 1-based line and column (UTF-16 code units) of an offset.</summary>
    /// <param name="offset">An offset into the text.</param>
    /// <returns>The line and column.</returns>
    public (int Line, int Column) GetLineColumn(int offset)
    {
        _lineStarts ??= ComputeLineStarts(Original);
        var index = Array.BinarySearch(_lineStarts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return (index + 1, offset - _lineStarts[index] + 1);
    }

    /// <summary>Whether a finding of <paramref name="rule"/> on <paramref name="line"/> is suppressed by a comment.</summary>
    /// <param name="rule">The rule name.</param>
    /// <param name="line">The 1-based line.</param>
    /// <returns><see langword="true"/> when a suppression covers it.</returns>
    public bool IsSuppressed(string rule, int line)
    {
        foreach (var suppression in Suppressions)
        {
            if (suppression.Covers(rule, line))
            {
                return true;
            }
        }

        return false;
    }

    private static int[] ComputeLineStarts(string text)
    {
        // Two passes (count, then fill) so a long document allocates one exact array instead of growing a list.
        var count = 1;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsLineEnd(text, i))
            {
                count++;
            }
        }

        var starts = new int[count];
        var n = 1;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsLineEnd(text, i))
            {
                starts[n++] = i + 1;
            }
        }

        return starts;
    }

    /// <summary>Whether a line ends at <paramref name="i"/>: a \n, or a \r not followed by \n.</summary>
    private static bool IsLineEnd(string text, int i)
        => text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n'));
}
