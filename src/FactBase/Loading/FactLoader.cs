using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactBase.Diagnostics;
using FactBase.Importing;
using FactBase.Knowledge;
using FactBase.Model;
using FactBase.Parsing;

namespace FactBase.Loading;

/// <summary>Loads fact files from disk at run time, with the same parser the generator uses.</summary>
/// <remarks>
/// It never throws on bad input: a missing, unreadable or oversized file or folder becomes a
/// diagnostic at that path, and every other file is still loaded.
/// </remarks>
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
    /// <returns>The combined knowledge base and every diagnostic, including unreadable files.</returns>
    public static KnowledgeBaseBuildResult Load(IEnumerable<string> paths, KnowledgeBase? baseKnowledgeBase)
        => Load(paths, baseKnowledgeBase, FactBaseLimits.MaxEntities);

    /// <summary>
    /// Loads fact files on top of an existing knowledge base, keeping at most <paramref name="maxEntities"/> entities.
    /// Files under an import folder (<see cref="ImportManifest"/>) give way to hand-written ones and to the base
    /// knowledge base: an entity id both define is the hand-written entity, completed by the import
    /// (<see cref="ImportedFacts"/>).
    /// </summary>
    /// <param name="paths">Folders (searched recursively) or single files.</param>
    /// <param name="baseKnowledgeBase">The knowledge base to extend, or <see langword="null"/>.</param>
    /// <param name="maxEntities">The most entities kept (<see cref="FactBaseLimits.MaxEntities"/> by default); past it one <c>FB0013</c>.</param>
    /// <param name="overrides">Receives each imported entity that a hand-written one takes precedence over; may be <see langword="null"/>.</param>
    /// <returns>The combined knowledge base and every diagnostic, including unreadable files.</returns>
    public static KnowledgeBaseBuildResult Load(IEnumerable<string> paths, KnowledgeBase? baseKnowledgeBase, int maxEntities, ICollection<ImportOverride>? overrides = null)
        => Build(Read(paths).ToList(), baseKnowledgeBase, maxEntities, overrides);

    /// <summary>Builds parsed fact files (from <see cref="Read"/>) on top of an existing knowledge base, as
    /// <see cref="Load(IEnumerable{string}, KnowledgeBase?, int, ICollection{ImportOverride}?)"/> does.</summary>
    /// <param name="parsed">The parsed files.</param>
    /// <param name="baseKnowledgeBase">The knowledge base to extend, or <see langword="null"/>.</param>
    /// <param name="maxEntities">The most entities kept; past it one <c>FB0013</c>.</param>
    /// <param name="overrides">Receives each imported entity that a hand-written one takes precedence over; may be <see langword="null"/>.</param>
    /// <returns>The combined knowledge base and every diagnostic.</returns>
    public static KnowledgeBaseBuildResult Build(IReadOnlyList<FactFile> parsed, KnowledgeBase? baseKnowledgeBase, int maxEntities, ICollection<ImportOverride>? overrides = null)
    {
        // Validated together, so "value: nato" in a user's file resolves; what the user redefines wins.
        var files = parsed.ToList();
        var finder = new ImportManifest.Finder();
        var imported = files.Select(f => finder.IsImported(f.Path)).ToList();
        if (baseKnowledgeBase is not null)
        {
            // What the user redefines by hand wins: an entity by id, a property by name.
            var handWritten = files.Where((f, i) => !imported[i]).ToList();
            files.Insert(0, FactLayers.Under(FactLayers.AsFile(baseKnowledgeBase), handWritten));
            imported.Insert(0, false);
        }

        return KnowledgeBaseBuilder.Build(ImportedFacts.Merge(files, imported, overrides), maxEntities);
    }

    /// <summary>Reads and parses every fact file under the given folders (or the files themselves), without building a knowledge base.</summary>
    /// <param name="paths">Folders (searched recursively) or single files.</param>
    /// <returns>One parsed file per path found; a path that cannot be read gives a file holding only its diagnostic.</returns>
    public static IEnumerable<FactFile> Read(IEnumerable<string> paths)
    {
        foreach (var root in paths)
        {
            var (files, errors) = Expand(root);
            foreach (var error in errors)
            {
                yield return Failed(root, FactDiagnosticIds.MalformedYaml, error);
            }

            foreach (var path in files)
            {
                yield return ReadFile(path);
            }
        }
    }

    /// <summary>Parses fact files given as text, in order (for tests and tools that hold files in memory).</summary>
    /// <param name="files">Pairs of path and content.</param>
    /// <returns>The knowledge base and every diagnostic.</returns>
    public static KnowledgeBaseBuildResult LoadText(IEnumerable<(string Path, string Text)> files)
        => KnowledgeBaseBuilder.Build(files.Select(f => FactFileParser.Parse(f.Path, f.Text)));

    private static FactFile ReadFile(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.Length > FactFileParser.MaxFileLength)
            {
                return Failed(path, FactDiagnosticIds.LimitExceeded, $"the file is larger than {FactFileParser.MaxFileLength / (1024 * 1024)} MB (see docs/limits.md)");
            }

            return FactFileParser.Parse(path, File.ReadAllText(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return Failed(path, FactDiagnosticIds.MalformedYaml, $"cannot read the file: {FileSearch.Describe(ex)}");
        }
    }

    private static (IReadOnlyList<string> Files, IReadOnlyList<string> Errors) Expand(string path)
    {
        if (File.Exists(path))
        {
            return (new[] { path }, Array.Empty<string>());
        }

        if (!Directory.Exists(path))
        {
            return (Array.Empty<string>(), new[] { "no fact folder or file at this path" });
        }

        // Ordinal order keeps "first definition wins" stable across machines.
        var errors = new List<string>();
        var files = FileSearch.Files(path, f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase), errors);
        return (files, errors);
    }

    private static FactFile Failed(string path, string id, string message)
        => new(path, EquatableArray<Entity>.Empty, EquatableArray<PropertyDefinition>.Empty, new[] { new FactDiagnostic(id, FactDiagnosticSeverity.Error, message, new SourceLocation(path, 1, 1)) }.ToEquatableArray());
}
