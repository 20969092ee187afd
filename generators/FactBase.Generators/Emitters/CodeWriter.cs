using System;
using System.Text;

namespace FactBase.Generators;

/// <summary>
/// An indenting writer for generated C#: four-space indents, <c>\n</c> line ends on every OS
/// (so generated files and baselines are byte-identical everywhere), no trailing spaces.
/// </summary>
/// <remarks>
/// Every non-empty line starts with the current indent, so a writer can start at any depth and its text be joined
/// with others' (the generator emits each entity on its own and caches it: see <see cref="FactsSourceEmitter.Plan"/>).
/// </remarks>
internal sealed class CodeWriter
{
    private const string IndentUnit = "    ";

    private static readonly string[] Indents = CreateIndents(16);

    private readonly StringBuilder _text = new();
    private int _indent;

    /// <summary>Writes one line at the current indent; an empty line has no indent.</summary>
    /// <param name="line">The line.</param>
    public void Line(string line = "")
    {
        if (line.Length > 0)
        {
            _text.Append(IndentString()).Append(line);
        }

        _text.Append('\n');
    }

    /// <summary>Writes <c>{</c> and indents.</summary>
    public void Open()
    {
        Line("{");
        _indent++;
    }

    /// <summary>Unindents and writes <c>}</c> (with an optional suffix such as <c>;</c>).</summary>
    /// <param name="suffix">Text after the brace.</param>
    public void Close(string suffix = "")
    {
        Unindent();
        Line("}" + suffix);
    }

    /// <summary>Indents by one more level.</summary>
    public void Indent() => _indent++;

    /// <summary>Indents by one level less.</summary>
    public void Unindent() => _indent = Math.Max(_indent - 1, 0);

    /// <summary>Writes a one-line <c>/// &lt;summary&gt;</c> comment; <paramref name="xml"/> must already be escaped.</summary>
    /// <param name="xml">The summary's XML content.</param>
    public void Summary(string xml) => Line("/// <summary>" + xml + "</summary>");

    /// <summary>Writes a one-line <c>/// &lt;remarks&gt;</c> comment; <paramref name="xml"/> must already be escaped.</summary>
    /// <param name="xml">The remarks' XML content.</param>
    public void Remarks(string xml) => Line("/// <remarks>" + xml + "</remarks>");

    /// <inheritdoc/>
    public override string ToString() => _text.ToString();

    private string IndentString()
        => _indent < Indents.Length ? Indents[_indent] : new StringBuilder().Insert(0, IndentUnit, _indent).ToString();

    private static string[] CreateIndents(int count)
    {
        var indents = new string[count];
        indents[0] = string.Empty;
        for (var i = 1; i < count; i++)
        {
            indents[i] = indents[i - 1] + IndentUnit;
        }

        return indents;
    }
}
