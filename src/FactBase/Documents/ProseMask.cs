using System.Collections.Generic;
using FactBase.Text;

namespace FactBase.Documents;

/// <summary>Builds the prose view of a text: characters not marked as prose become spaces, line breaks stay.</summary>
internal sealed class ProseMask
{
    private static readonly char[] LineBreaks = { '\n', '\r' };

    private readonly string _text;
    private readonly char[] _chars;

    public ProseMask(string text, bool allProse)
    {
        _text = text;
        _chars = allProse ? text.ToCharArray() : Blank(text);
    }

    public void Hide(int start, int length)
    {
        for (var i = start; i < start + length && i < _chars.Length; i++)
        {
            if (_chars[i] is not ('\n' or '\r'))
            {
                _chars[i] = ' ';
            }
        }
    }

    public void Show(int start, int length)
    {
        for (var i = start; i < start + length && i < _chars.Length; i++)
        {
            _chars[i] = _text[i];
        }
    }

    /// <summary>Marks a paragraph break inside hidden markup (an HTML block tag) without changing offsets.</summary>
    /// <remarks>
    /// Writes two \n over the first two characters of the range that are not already line breaks, so
    /// the text's own \r and \n are never replaced (that changed "\r\r" after &lt;pre&gt; into "\n\n").
    /// </remarks>
    public void Break(int start, int length)
    {
        var written = 0;
        for (var i = start; i < start + length && i < _chars.Length && written < 2; i++)
        {
            if (_text[i] is not ('\n' or '\r'))
            {
                _chars[i] = '\n';
                written++;
            }
        }
    }

    public override string ToString() => new(_chars);

    /// <summary>Blocks of prose: runs of non-blank lines, separated by blank lines.</summary>
    /// <remarks>Lines end at \n, \r\n or a lone \r, as <see cref="Document"/> counts them.</remarks>
    public static List<TextSpan> Paragraphs(string prose)
    {
        var blocks = new List<TextSpan>();
        var start = -1;
        var lastContent = -1;
        var lineStart = 0;
        while (lineStart <= prose.Length)
        {
            var lineEnd = prose.IndexOfAny(LineBreaks, lineStart);
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

    private static char[] Blank(string text)
    {
        var chars = new char[text.Length];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = text[i] is '\n' or '\r' ? text[i] : ' ';
        }

        return chars;
    }
}
