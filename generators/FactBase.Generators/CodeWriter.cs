using System;
using System.CodeDom.Compiler;
using System.IO;

namespace FactBase.Generators;

/// <summary>
/// An indenting writer for generated C#: four-space indents, <c>\n</c> line ends on every OS
/// (so generated files and baselines are byte-identical everywhere), no trailing spaces.
/// </summary>
internal sealed class CodeWriter : IDisposable
{
    private readonly StringWriter _text = new() { NewLine = "\n" };
    private readonly IndentedTextWriter _writer;

    /// <summary>Creates an empty writer.</summary>
    public CodeWriter() => _writer = new IndentedTextWriter(_text, "    ") { NewLine = "\n" };

    /// <summary>Writes one line at the current indent; an empty line has no indent.</summary>
    /// <param name="line">The line.</param>
    public void Line(string line = "")
    {
        if (line.Length == 0)
        {
            _writer.WriteLineNoTabs(string.Empty);
        }
        else
        {
            _writer.WriteLine(line);
        }
    }

    /// <summary>Writes <c>{</c> and indents.</summary>
    public void Open()
    {
        _writer.WriteLine("{");
        _writer.Indent++;
    }

    /// <summary>Unindents and writes <c>}</c> (with an optional suffix such as <c>;</c>).</summary>
    /// <param name="suffix">Text after the brace.</param>
    public void Close(string suffix = "")
    {
        _writer.Indent--;
        _writer.WriteLine("}" + suffix);
    }

    /// <summary>Indents by one more level.</summary>
    public void Indent() => _writer.Indent++;

    /// <summary>Indents by one level less.</summary>
    public void Unindent() => _writer.Indent--;

    /// <summary>Writes a one-line <c>/// &lt;summary&gt;</c> comment; <paramref name="xml"/> must already be escaped.</summary>
    /// <param name="xml">The summary's XML content.</param>
    public void Summary(string xml) => _writer.WriteLine("/// <summary>" + xml + "</summary>");

    /// <summary>Writes a one-line <c>/// &lt;remarks&gt;</c> comment; <paramref name="xml"/> must already be escaped.</summary>
    /// <param name="xml">The remarks' XML content.</param>
    public void Remarks(string xml) => _writer.WriteLine("/// <remarks>" + xml + "</remarks>");

    /// <inheritdoc/>
    public override string ToString()
    {
        _writer.Flush();
        return _text.ToString();
    }

    /// <inheritdoc/>
    public void Dispose() => _writer.Dispose();
}
