using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactBase.Diagnostics;
using FactBase.Knowledge;
using FactBase.Model;
using FactBase.Parsing;

namespace FactBase.Loading;

/// <summary>Loads fact files from disk at run time, with the same parser the generator uses.</summary>
public static class FactLoader
{
    /// <summary>Loads every <c>*.yaml</c> and <c>*.yml</c> file under the given folders (or the files themselves).</summary>
    /// <param name="paths">Folders (searched recursively) or single files.</param>
    /// <returns>The knowledge base and every diagnostic, including unreadable files.</returns>
    public static KnowledgeBaseBuildResult Load(IEnumerable<string> paths) => Load(paths, null);

    /// <summary>
    /// Loads fact files on top of an existing knowledge base (the built-in one): the files may refer to its
    /// entities and vocabulary, and an entity or property they define replaces the one with the same id.
    /// </summary>
    /// <param name="paths">Folders (searched recursively) or single files.</param>
    /// <param name="baseKnowledgeBase">The knowledge base to extend, or <see langword="null"/>.</param>
    /// <returns>The combined knowledge base and the diagnostics of the files.</returns>
    public static KnowledgeBaseBuildResult Load(IEnumerable<string> paths, KnowledgeBase? baseKnowledgeBase)
    {
        var files = new List<FactFile>();
        var ioErrors = new List<FactDiagnostic>();
        foreach (var path in paths.SelectMany(Expand))
        {
            try
            {
                var info = new FileInfo(path);
                if (info.Length > FactFileParser.MaxFileLength)
                {
                    ioErrors.Add(new FactDiagnostic(FactDiagnosticIds.LimitExceeded, FactDiagnosticSeverity.Error, $"the file is larger than {FactFileParser.MaxFileLength / (1024 * 1024)} MB", new SourceLocation(path, 1, 1)));
                    continue;
                }

                files.Add(FactFileParser.Parse(path, File.ReadAllText(path)));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                ioErrors.Add(new FactDiagnostic(FactDiagnosticIds.MalformedYaml, FactDiagnosticSeverity.Error, $"cannot read the file: {ex.Message}", new SourceLocation(path, 1, 1)));
            }
        }

        if (baseKnowledgeBase is not null)
        {
            // Validated together, so "value: nato" in a user's file resolves; what the user redefines wins.
            var ids = new HashSet<string>(files.SelectMany(f => f.Entities).Select(e => e.Id), StringComparer.Ordinal);
            var names = new HashSet<string>(files.SelectMany(f => f.Properties).Select(p => p.Name), StringComparer.Ordinal);
            files.Insert(0, new FactFile(
                "<built-in>",
                baseKnowledgeBase.Entities.Where(e => !ids.Contains(e.Id)).ToEquatableArray(),
                baseKnowledgeBase.Properties.Where(p => !names.Contains(p.Name)).ToEquatableArray(),
                EquatableArray<FactDiagnostic>.Empty));
        }

        var result = KnowledgeBaseBuilder.Build(files);
        return ioErrors.Count == 0 ? result : result with { Diagnostics = ioErrors.Concat(result.Diagnostics).ToEquatableArray() };
    }

    /// <summary>Parses fact files given as text, in order (for tests and tools that hold files in memory).</summary>
    /// <param name="files">Pairs of path and content.</param>
    /// <returns>The knowledge base and every diagnostic.</returns>
    public static KnowledgeBaseBuildResult LoadText(IEnumerable<(string Path, string Text)> files)
        => KnowledgeBaseBuilder.Build(files.Select(f => FactFileParser.Parse(f.Path, f.Text)));

    private static IEnumerable<string> Expand(string path)
    {
        if (File.Exists(path))
        {
            return new[] { path };
        }

        if (!Directory.Exists(path))
        {
            throw new DirectoryNotFoundException($"No fact folder or file at '{path}'.");
        }

        // Ordinal order keeps "first definition wins" stable across machines.
        return Directory.EnumerateFiles(path, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => f, StringComparer.Ordinal);
    }
}
