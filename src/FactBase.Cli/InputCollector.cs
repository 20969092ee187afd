using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace FactBase.Cli;

/// <summary>Expands the PATH arguments of <c>factbase check</c> into the files to read.</summary>
internal static class InputCollector
{
    /// <summary>Extensions checked when a folder is given.</summary>
    public static readonly string[] ArticleExtensions = { ".md", ".markdown", ".txt", ".html", ".htm" };

    /// <summary>Expands files, folders (recursively) and "-" (stdin), keeping paths as the user wrote them.</summary>
    /// <returns>The inputs in order, and the paths that do not exist.</returns>
    public static (List<string> Inputs, List<string> Missing) Collect(IEnumerable<string> paths)
    {
        var inputs = new List<string>();
        var missing = new List<string>();
        foreach (var path in paths)
        {
            if (path == "-" || File.Exists(path))
            {
                inputs.Add(path);
            }
            else if (Directory.Exists(path))
            {
                inputs.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => ArticleExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Where(f => !f.EndsWith(".expect.yaml", StringComparison.Ordinal))
                    .OrderBy(f => f, StringComparer.Ordinal));
            }
            else
            {
                missing.Add(path);
            }
        }

        return (inputs, missing);
    }
}
