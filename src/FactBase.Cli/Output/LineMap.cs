using System;
using System.Collections.Generic;

namespace FactBase.Cli.Output;

/// <summary>The lines of a text, split as the checker counts them (LF, CRLF or a lone CR ends a line).</summary>
internal sealed class LineMap
{
    private readonly string _text;
    private readonly List<int> _starts = new() { 0 };

    public LineMap(string text)
    {
        _text = text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                _starts.Add(i + 1);
            }
        }
    }

    /// <summary>The number of lines (a final line break starts an empty last line).</summary>
    public int Count => _starts.Count;

    /// <summary>The offset where a 1-based line starts.</summary>
    public int StartOf(int line) => _starts[line - 1];

    /// <summary>The text of a 1-based line without its line break, or <see langword="null"/> past the end.</summary>
    public string? Line(int line)
    {
        if (line < 1 || line > _starts.Count)
        {
            return null;
        }

        var start = _starts[line - 1];
        var end = line < _starts.Count ? _starts[line] : _text.Length;
        while (end > start && (_text[end - 1] == '\n' || _text[end - 1] == '\r'))
        {
            end--;
        }

        return _text.Substring(start, end - start);
    }

    /// <summary>The line break that ends a 1-based line ("" for the last line without one).</summary>
    public string Terminator(int line)
    {
        var end = line < _starts.Count ? _starts[line] : _text.Length;
        var contentEnd = StartOf(line) + Line(line)!.Length;
        return _text.Substring(contentEnd, end - contentEnd);
    }

    /// <summary>A 1-based column counted in UTF-16 code units, converted to UTF-8 bytes (as reviewdog counts).</summary>
    public int Utf8Column(int line, int column)
    {
        var text = Line(line);
        if (text is null)
        {
            return column;
        }

        var chars = Math.Max(0, Math.Min(text.Length, column - 1));
        return System.Text.Encoding.UTF8.GetByteCount(text.AsSpan(0, chars)) + 1 + Math.Max(0, column - 1 - text.Length);
    }
}
