using System;

namespace FactBase.Cli.Configuration;

/// <summary>A problem in a config file, located: <c>path(line,col): error: message</c>.</summary>
internal sealed class ConfigException : Exception
{
    public ConfigException(string path, int line, int column, string message)
        : base($"{path}({line},{column}): error: {message}")
    {
    }
}
