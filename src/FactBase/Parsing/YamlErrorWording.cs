using System;

namespace FactBase.Parsing;

/// <summary>
/// A YAML syntax error in plain words, at the line and column where the editor has to act: a tab that indents a line,
/// a line indented unlike its neighbours, a list or quote left open, a ':' inside a value. The YAML library's own
/// wording ("While scanning a plain scalar value, found invalid mapping") names its parser's state, not the mistake.
/// </summary>
internal static class YamlErrorWording
{
    /// <summary>The error described for an editor.</summary>
    /// <param name="text">The whole file.</param>
    /// <param name="libraryMessage">The YAML library's message, without its position.</param>
    /// <param name="line">The library's line (1-based).</param>
    /// <param name="column">The library's column (1-based).</param>
    /// <returns>The message and where it points.</returns>
    public static (string Message, int Line, int Column) Describe(string text, string libraryMessage, int line, int column)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        line = Math.Max(1, Math.Min(line, lines.Length));
        var message = libraryMessage.ToLowerInvariant();

        // A tab anywhere in the indentation up to the error is the likeliest cause; the library often reports it at (1,1).
        for (var i = 0; i < lines.Length && (i < line || message.Contains("tab")); i++)
        {
            var indent = Indentation(lines[i]);
            var tab = lines[i].IndexOf('\t');
            if (tab >= 0 && tab <= indent)
            {
                return ("this line is indented with a tab; YAML indents with spaces only (replace the tab with spaces)", i + 1, tab + 1);
            }
        }

        var current = lines[line - 1];
        var firstColumn = Indentation(current) + 1;
        var open = UnclosedBracket(lines, line);
        if (open.Line > 0 && (message.Contains("',' or ']'") || message.Contains("',' or '}'") || message.Contains("current state")))
        {
            var close = open.Bracket == '[' ? ']' : '}';
            return ($"this '{open.Bracket}' is not closed: end it with '{close}' (and separate items with ',')", open.Line, open.Column);
        }

        if (message.Contains("quoted scalar"))
        {
            return ("a quoted value is not closed: add the closing quote (or put a quote inside it as \\\" or '')", line, column);
        }

        if (message.Contains("cannot start any token") && column - 1 < current.Length)
        {
            return ($"a value cannot start with '{current[column - 1]}': put the value in quotes", line, column);
        }

        if (message.Contains("invalid mapping") || message.Contains("mapping values are not allowed"))
        {
            var previous = PreviousContentLine(lines, line);
            if (previous >= 0 && Indentation(current) > Indentation(lines[previous]) && HasValue(lines[previous]))
            {
                return ($"this line is indented more than line {previous + 1}, whose key already has a value: line it up with the keys it belongs with", line, firstColumn);
            }

            return ("a value contains ': ': put the whole value in quotes", line, column);
        }

        if (message.Contains("did not find expected key") || message.Contains("block end") || message.Contains("expected <document start>"))
        {
            var trimmed = current.TrimStart();
            return trimmed.StartsWith("- ", StringComparison.Ordinal) || trimmed == "-"
                ? ("a list item ('- ') where a key was expected: indent it under the key it belongs to", line, firstColumn)
                : ($"this line's indentation ({Spaces(Indentation(current))}) does not match the keys above it: keys of one level line up with the same number of spaces", line, firstColumn);
        }

        return ($"the YAML cannot be read here ({libraryMessage.TrimEnd('.')})", line, column);
    }

    private static string Spaces(int count) => count == 1 ? "1 space" : $"{count} spaces";

    private static int Indentation(string line)
    {
        var i = 0;
        while (i < line.Length && (line[i] == ' ' || line[i] == '\t'))
        {
            i++;
        }

        return i;
    }

    private static int PreviousContentLine(string[] lines, int line)
    {
        for (var i = line - 2; i >= 0; i--)
        {
            var trimmed = lines[i].Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether a <c>key: value</c> line gives its key a value on the same line.</summary>
    private static bool HasValue(string line)
    {
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 && line.Substring(colon + 2).Trim() is { Length: > 0 } value && value[0] != '#' && value[0] != '&';
    }

    /// <summary>Whether a quote at <paramref name="at"/> opens a quoted value (not an apostrophe inside a word).</summary>
    private static bool StartsValue(string line, int at)
    {
        var i = at - 1;
        while (i >= 0 && line[i] == ' ')
        {
            i--;
        }

        return i < 0 || line[i] is ':' or '[' or '{' or ',' or '-' or '?';
    }

    /// <summary>The last '[' or '{' up to <paramref name="line"/> that no bracket closes (outside quotes and comments).</summary>
    private static (char Bracket, int Line, int Column) UnclosedBracket(string[] lines, int line)
    {
        var stack = new System.Collections.Generic.Stack<(char, int, int)>();
        for (var i = 0; i < line && i < lines.Length; i++)
        {
            var quote = '\0';
            for (var j = 0; j < lines[i].Length; j++)
            {
                var c = lines[i][j];
                if (quote != '\0')
                {
                    quote = c == quote ? '\0' : quote;
                }
                else if (c is '"' or '\'' && StartsValue(lines[i], j))
                {
                    quote = c;
                }
                else if (c == '#' && (j == 0 || lines[i][j - 1] == ' '))
                {
                    break;
                }
                else if (c is '[' or '{')
                {
                    stack.Push((c, i + 1, j + 1));
                }
                else if (c is ']' or '}' && stack.Count > 0)
                {
                    stack.Pop();
                }
            }
        }

        return stack.Count > 0 ? stack.Peek() : ('\0', 0, 0);
    }
}
