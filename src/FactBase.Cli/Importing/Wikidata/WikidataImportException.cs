using System;

namespace FactBase.Cli.Importing.Wikidata;

/// <summary>An input or mapping file the importer cannot use: the message names the file and, where known, the line.</summary>
internal sealed class WikidataImportException : Exception
{
    private WikidataImportException(string message)
        : base(message)
    {
    }

    /// <summary>A problem at a line of a file (or the whole file, for line 0): <c>PATH:LINE: error: MESSAGE</c>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="line">The 1-based line, or 0.</param>
    /// <param name="message">What is wrong, for an editor.</param>
    /// <returns>The exception.</returns>
    public static WikidataImportException At(string path, long line, string message)
        => new(line > 0 ? $"{path}:{line}: error: {message}" : $"{path}: error: {message}");

    /// <summary>A problem at a line and column of a YAML file: <c>PATH(LINE,COL): error: MESSAGE</c>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="line">The 1-based line.</param>
    /// <param name="column">The 1-based column.</param>
    /// <param name="message">What is wrong.</param>
    /// <returns>The exception.</returns>
    public static WikidataImportException At(string path, long line, long column, string message)
        => new($"{path}({line},{column}): error: {message}");
}
