using System;
using System.Collections.Generic;

namespace FactBase.Cli.Configuration;

/// <summary>Problems in a config file, located, one a line: <c>path(line,col): error: message</c>.</summary>
internal sealed class ConfigException : Exception
{
    public ConfigException(string path, int line, int column, string message)
        : base(Line(path, line, column, message))
    {
    }

    /// <summary>Every problem of one file at once, so an editor fixes them in one go.</summary>
    /// <param name="problems">The problems, each already located.</param>
    public ConfigException(IEnumerable<ConfigException> problems)
        : base(string.Join(Environment.NewLine, EnumerateMessages(problems)))
    {
    }

    private static string Line(string path, int line, int column, string message) => $"{path}({line},{column}): error: {message}";

    private static IEnumerable<string> EnumerateMessages(IEnumerable<ConfigException> problems)
    {
        foreach (var problem in problems)
        {
            yield return problem.Message;
        }
    }
}
