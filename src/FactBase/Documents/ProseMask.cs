using System;
using System.Buffers;
using System.Collections.Generic;
using FactBase.Text;

namespace FactBase.Documents;

/// <summary>Builds the prose view of a text: characters not marked as prose become spaces, line breaks stay.</summary>
/// <remarks>
/// The characters are kept in a buffer of the shared array pool until <see cref="ToProse"/> makes the one string of the
/// prose: a text of 20 MB read file by file would otherwise allocate (and the GC clear) a text-sized array per file.
/// </remarks>
internal sealed class ProseMask
{
    private readonly string _text;
    private readonly int _length;
    private char[]? _chars;

    public ProseMask(string text, bool allProse)
    {
        _text = text;
        _length = text.Length;
        _chars = ArrayPool<char>.Shared.Rent(Math.Max(1, _length));
        var chars = _chars.AsSpan(0, _length);
        if (allProse)
        {
            text.AsSpan().CopyTo(chars);
        }
        else
        {
            Blank(text, chars);
        }
    }

    private Span<char> Chars => (_chars ?? throw new InvalidOperationException("the prose was already made")).AsSpan(0, _length);

    public void Hide(int start, int length)
    {
        var chars = Chars;
        for (var i = start; i < start + length && i < chars.Length; i++)
        {
            if (chars[i] is not ('\n' or '\r'))
            {
                chars[i] = ' ';
            }
        }
    }

    public void Show(int start, int length)
    {
        var chars = Chars;
        for (var i = start; i < start + length && i < chars.Length; i++)
        {
            chars[i] = _text[i];
        }
    }

    /// <summary>Turns every character of the range into a space, line breaks too (a stated date line, read as metadata).</summary>
    public void Blank(int start, int length)
    {
        var chars = Chars;
        for (var i = start; i < start + length && i < chars.Length; i++)
        {
            chars[i] = ' ';
        }
    }

    /// <summary>Marks a paragraph break inside hidden markup (an HTML block tag) without changing offsets.</summary>
    /// <remarks>
    /// Writes two \n over the first two characters of the range that are not already line breaks, so
    /// the text's own \r and \n are never replaced (that changed "\r\r" after &lt;pre&gt; into "\n\n").
    /// </remarks>
    public void Break(int start, int length)
    {
        var chars = Chars;
        var written = 0;
        for (var i = start; i < start + length && i < chars.Length && written < 2; i++)
        {
            if (_text[i] is not ('\n' or '\r'))
            {
                chars[i] = '\n';
                written++;
            }
        }
    }

    /// <summary>The prose as it stands, once: the buffer goes back to the pool and the mask can no longer be used.</summary>
    public string ToProse()
    {
        var prose = Chars.ToString();
        ArrayPool<char>.Shared.Return(_chars!);
        _chars = null;
        return prose;
    }

    /// <summary>Blocks of the prose as it stands: runs of non-blank lines, separated by blank lines.</summary>
    public List<TextSpan> Paragraphs() => Paragraphs(Chars);

    /// <summary>Blocks of prose: runs of non-blank lines, separated by blank lines.</summary>
    /// <remarks>Lines end at \n, \r\n or a lone \r, as <see cref="Document"/> counts them.</remarks>
    private static List<TextSpan> Paragraphs(ReadOnlySpan<char> prose)
    {
        var blocks = new List<TextSpan>();
        var start = -1;
        var lastContent = -1;
        var lineStart = 0;
        while (lineStart <= prose.Length)
        {
            var lineEnd = lineStart < prose.Length ? prose.Slice(lineStart).IndexOfAny('\n', '\r') : -1;
            lineEnd = lineEnd < 0 ? -1 : lineEnd + lineStart;
            var next = lineEnd + 1;
            if (lineEnd < 0)
            {
                lineEnd = prose.Length;
                next = lineEnd + 1;
            }
            else if (prose[lineEnd] == '\r' && lineEnd + 1 < prose.Length && prose[lineEnd + 1] == '\n')
            {
                next = lineEnd + 2;
            }

            var first = -1;
            var last = -1;
            for (var i = lineStart; i < lineEnd; i++)
            {
                if (!char.IsWhiteSpace(prose[i]))
                {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }

            if (first < 0 && start >= 0)
            {
                blocks.Add(new TextSpan(start, lastContent + 1 - start));
                start = -1;
            }
            else if (first >= 0)
            {
                start = start < 0 ? first : start;
                lastContent = last;
            }

            lineStart = next;
        }

        if (start >= 0)
        {
            blocks.Add(new TextSpan(start, lastContent + 1 - start));
        }

        return blocks;
    }

    private static void Blank(string text, Span<char> chars)
    {
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = text[i] is '\n' or '\r' ? text[i] : ' ';
        }
    }
}
