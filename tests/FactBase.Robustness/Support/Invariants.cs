using FactBase.Checking;
using FactBase.Diagnostics;
using FactBase.Documents;
using FactBase.Parsing;

namespace FactBase.Robustness.Support;

/// <summary>What must hold for any input: spans inside the text, positions that agree with it, no byte lost.</summary>
internal static class Invariants
{
    /// <summary>The prose view keeps every offset and every line break of the original; blocks lie inside it.</summary>
    public static void DocumentIsSound(string text, Document document)
    {
        Assert.Same(text, document.Original);
        Assert.Equal(text.Length, document.Prose.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var p = document.Prose[i];
            var o = text[i];
            if (o is '\n' or '\r')
            {
                Assert.True(p == o, $"line break at {i} lost in the prose view");
            }
            else if (p != o && p != ' ' && p != '\n')
            {
                Assert.Fail($"prose character at {i} is U+{(int)p:X4}, neither the original U+{(int)o:X4} nor a mask");
            }
        }

        foreach (var block in document.Blocks)
        {
            Assert.InRange(block.Start, 0, text.Length);
            Assert.InRange(block.End, block.Start, text.Length);
        }
    }

    /// <summary>Every finding's span is inside the text, its text is the span's, and its line/column agree with the text.</summary>
    public static void FindingsAreSound(string text, CheckResult result)
    {
        var lineStarts = LineStarts(text);
        var previous = -1;
        foreach (var f in result.Findings)
        {
            Assert.InRange(f.Span.Start, 0, text.Length);
            Assert.InRange(f.Span.End, f.Span.Start, text.Length);
            Assert.Equal(text.Substring(f.Span.Start, f.Span.Length), f.Text);
            Assert.Equal(Position(lineStarts, f.Span.Start), (f.Line, f.Column));
            Assert.Equal(Position(lineStarts, f.Span.End), (f.EndLine, f.EndColumn));
            Assert.True(f.Span.Start >= previous, "findings are in text order");
            previous = f.Span.Start;
            Assert.False(string.IsNullOrEmpty(f.Message));
            Assert.False(string.IsNullOrEmpty(f.Rule));
        }

        Assert.True(result.Claims >= 0);
    }

    /// <summary>Diagnostics are located in the file as given, at a real line, with a known code.</summary>
    public static void DiagnosticsAreSound(string path, string text, IEnumerable<FactDiagnostic> diagnostics)
    {
        // YAML (as YamlDotNet reads it) also breaks lines at NEL, LS and PS; an error at the end of the stream may be one line further.
        var lines = LineStarts(text).Length + text.Count(c => c is '\u0085' or '\u2028' or '\u2029');
        foreach (var d in diagnostics)
        {
            Assert.Equal(path, d.Location.Path);
            Assert.Matches("^FB00[0-9][0-9]$", d.Id);
            Assert.InRange(d.Location.Line, 1, lines + 1);
            Assert.True(d.Location.Column >= 1, d.ToString());
            Assert.False(string.IsNullOrWhiteSpace(d.Message));
        }
    }

    public static void FileIsSound(string path, string text, FactFile file)
    {
        Assert.Equal(path, file.Path);
        DiagnosticsAreSound(path, text, file.Diagnostics);
        foreach (var entity in file.Entities)
        {
            Assert.True(FactFileParser.IsValidId(entity.Id), entity.Id);
            Assert.False(string.IsNullOrEmpty(entity.Name));
        }
    }

    /// <summary>An independent reference: lines end at \n, \r\n or a lone \r; columns count UTF-16 code units from 1.</summary>
    public static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
                starts.Add(i + 1);
            }
            else if (text[i] is '\n' or '\r')
            {
                starts.Add(i + 1);
            }
        }

        return starts.ToArray();
    }

    public static (int Line, int Column) Position(int[] lineStarts, int offset)
    {
        var line = Array.BinarySearch(lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return (line + 1, offset - lineStarts[line] + 1);
    }
}
