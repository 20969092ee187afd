using System;
using System.Collections.Generic;
using FactBase.Diagnostics;
using FactBase.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FactBase.Generators;

/// <summary>
/// Turns <see cref="FactDiagnostic"/>s (display path, 1-based line and column) into located
/// <see cref="DiagnosticInfo"/>s in the fact files as the compiler knows them (full path, text span).
/// </summary>
internal sealed class DiagnosticLocator
{
    private readonly Dictionary<string, ParsedFactFile> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceText> _texts = new(StringComparer.Ordinal);

    /// <summary>Creates a locator for the given files.</summary>
    /// <param name="files">The parsed files; their <c>File.Path</c> is the display path used in diagnostics.</param>
    public DiagnosticLocator(IEnumerable<ParsedFactFile> files)
    {
        foreach (var file in files)
        {
            _files[file.File.Path] = file;
        }
    }

    /// <summary>Locates one diagnostic.</summary>
    /// <param name="diagnostic">The diagnostic from the parser or builder.</param>
    /// <returns>The diagnostic with its Roslyn severity and location.</returns>
    public DiagnosticInfo Locate(FactDiagnostic diagnostic)
        => new(
            diagnostic.Id,
            diagnostic.Severity == FactDiagnosticSeverity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
            diagnostic.Message,
            Locate(diagnostic.Location));

    /// <summary>The location of a line and column in a fact file, spanning the token there.</summary>
    /// <param name="location">The display path and 1-based line and column.</param>
    /// <returns>The location, or <see langword="null"/> when the file is unknown.</returns>
    public LocationInfo? Locate(SourceLocation location)
    {
        if (!_files.TryGetValue(location.Path, out var file))
        {
            return location.Path.Length == 0 ? null : new LocationInfo(location.Path, default, At(location.Line, location.Column));
        }

        if (!_texts.TryGetValue(file.FullPath, out var text))
        {
            _texts[file.FullPath] = text = SourceText.From(file.Text);
        }

        if (text.Lines.Count == 0)
        {
            return new LocationInfo(file.FullPath, default, default);
        }

        var lineIndex = Math.Min(Math.Max(location.Line, 1), text.Lines.Count) - 1;
        var line = text.Lines[lineIndex];
        var column = Math.Min(Math.Max(location.Column, 1) - 1, line.End - line.Start);
        var start = line.Start + column;
        var length = TokenLength(file.Text, start, line.End);
        return new LocationInfo(
            file.FullPath,
            new TextSpan(start, length),
            new LinePositionSpan(new LinePosition(lineIndex, column), new LinePosition(lineIndex, column + length)));
    }

    private static LinePositionSpan At(int line, int column)
    {
        var position = new LinePosition(Math.Max(line, 1) - 1, Math.Max(column, 1) - 1);
        return new LinePositionSpan(position, position);
    }

    /// <summary>The length of the YAML token at <paramref name="start"/>: a key, a scalar, or a single bracket.</summary>
    private static int TokenLength(string text, int start, int lineEnd)
    {
        if (start >= lineEnd)
        {
            return 0;
        }

        var first = text[start];
        if (first is '{' or '[' or '-')
        {
            return 1;
        }

        if (first is '"' or '\'')
        {
            var close = text.IndexOf(first, start + 1);
            return close > start && close < lineEnd ? close - start + 1 : lineEnd - start;
        }

        var end = start;
        while (end < lineEnd && text[end] is not (',' or ']' or '}' or '#' or '\r' or '\n') && !(text[end] == ':' && (end + 1 >= lineEnd || text[end + 1] == ' ')))
        {
            end++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return Math.Max(end - start, 1);
    }
}
