using System;
using System.Collections.Generic;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Documents;

/// <summary>An article ready for checking: its text, which parts are prose, its date and suppressions.</summary>
public sealed class Document
{
    private int[]? _lineStarts;
    private SuppressionIndex? _suppressionIndex; // a reference, so a racing first use is harmless

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
        // Scanning every suppression for every claim was quadratic: a file of 10,000 disable/enable
        // pairs with a claim between each took seconds, and minutes at a few MB. Suppressions are
        // sorted by first line with the running maximum of their last lines, so the scan starts at
        // the last one that begins at or before the line and stops as soon as none earlier reaches it.
        var index = _suppressionIndex ??= IndexSuppressions(Suppressions);
        var (sorted, reach) = (index.Sorted, index.Reach);
        var low = 0;
        var high = sorted.Length - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (sorted[mid].FirstLine <= line)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        for (var i = high; i >= 0 && reach[i] >= line; i--)
        {
            if (sorted[i].Covers(rule, line))
            {
                return true;
            }
        }

        return false;
    }

    private static SuppressionIndex IndexSuppressions(IReadOnlyList<Suppression> suppressions)
    {
        var sorted = new Suppression[suppressions.Count];
        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i] = suppressions[i];
        }

        Array.Sort(sorted, (a, b) => a.FirstLine.CompareTo(b.FirstLine));
        var reach = new int[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            reach[i] = i == 0 ? sorted[i].LastLine : Math.Max(reach[i - 1], sorted[i].LastLine);
        }

        return new SuppressionIndex(sorted, reach);
    }

    private static int[] ComputeLineStarts(string text)
    {
        // One vectorised search for line breaks, not a test per character: every article with a finding needs its line
        // starts (docs/performance.md). A line ends at a \n, or at a \r not followed by \n; so \r\n is one break.
        var starts = new List<int> { 0 };
        var span = text.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            var found = span.Slice(i).IndexOfAny('\n', '\r');
            if (found < 0)
            {
                break;
            }

            i += found;
            if (span[i] == '\r' && i + 1 < span.Length && span[i + 1] == '\n')
            {
                i++;
            }

            starts.Add(++i);
        }

        return starts.ToArray();
    }

    /// <summary>Suppressions sorted by first line, and for each the furthest last line up to it.</summary>
    private sealed record SuppressionIndex(Suppression[] Sorted, int[] Reach);
}
