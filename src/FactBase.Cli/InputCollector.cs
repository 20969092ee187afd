using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactBase.Loading;

namespace FactBase.Cli;

/// <summary>Expands the PATH arguments of <c>factbase check</c> into the files to read.</summary>
internal static class InputCollector
{
    /// <summary>Extensions checked when a folder is given.</summary>
    public static readonly string[] ArticleExtensions = { ".md", ".markdown", ".txt", ".html", ".htm" };

    /// <summary>Expands files, folders (recursively) and "-" (stdin), keeping paths as the user wrote them.</summary>
    /// <returns>
    /// The inputs in order, the paths that do not exist, the inputs that were found by searching a
    /// folder (rather than named), and one message per folder that could not be listed.
    /// </returns>
    public static (List<string> Inputs, List<string> Missing, HashSet<string> FoundInFolders, List<string> Errors) Collect(IEnumerable<string> paths)
    {
        var inputs = new List<string>();
        var missing = new List<string>();
        var found = new HashSet<string>(StringComparer.Ordinal);
        var errors = new List<string>();
        foreach (var path in paths)
        {
            if (path == "-" || File.Exists(path))
            {
                inputs.Add(path);
            }
            else if (Directory.Exists(path))
            {
                // FileSearch does not follow links to folders, so a link loop cannot list files over and over.
                var files = FileSearch.Files(
                    path,
                    f => ArticleExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase) && !f.EndsWith(".expect.yaml", StringComparison.Ordinal),
                    errors);
                inputs.AddRange(files);
                found.UnionWith(files);
            }
            else
            {
                missing.Add(path);
            }
        }

        return (inputs, missing, found, errors);
    }
}
