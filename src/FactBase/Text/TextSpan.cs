namespace FactBase.Text;

/// <summary>A range of characters in a document's text: start offset and length, in UTF-16 code units.</summary>
/// <param name="Start">The offset of the first character.</param>
/// <param name="Length">The number of characters.</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The offset just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>The smallest span that covers both spans.</summary>
    /// <param name="other">The other span.</param>
    /// <returns>The covering span.</returns>
    public TextSpan Union(TextSpan other)
    {
        var start = Start < other.Start ? Start : other.Start;
        var end = End > other.End ? End : other.End;
        return new TextSpan(start, end - start);
    }
}
