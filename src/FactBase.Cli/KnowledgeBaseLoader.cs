using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactBase.Cli.Snapshots;
using FactBase.Knowledge;
using FactBase.Loading;
using FactBase.Model;
using FactBase.Snapshots;

namespace FactBase.Cli;

/// <summary>Combines the built-in knowledge base with fact folders given on the command line, or reads a compiled one.</summary>
internal static class KnowledgeBaseLoader
{
    /// <summary>The build of this tool, which a snapshot must come from: the library's code and the built-in facts compiled in here.</summary>
    public static byte[] Identity { get; } = SnapshotKey.Identity(typeof(KnowledgeBaseLoader).Assembly);

    /// <summary>Loads the knowledge base; fact-file errors are written to <paramref name="error"/>.</summary>
    /// <param name="factFolders">The user's fact folders and files.</param>
    /// <param name="builtIn">Whether the built-in entities are included (<c>--no-builtin-facts</c> drops them).</param>
    /// <param name="error">Where fact-file diagnostics go.</param>
    /// <param name="vocabulary">Whether the standard vocabulary is included (<c>--no-builtin-vocabulary</c> drops it).</param>
    /// <param name="cache">The snapshot cache to read and fill, or <see langword="null"/> to parse the YAML every time.</param>
    /// <returns>The knowledge base, or <see langword="null"/> when a fact file has errors.</returns>
    public static KnowledgeBase? Load(IReadOnlyList<string> factFolders, bool builtIn, TextWriter error, bool vocabulary = true, SnapshotCache? cache = null, int maxEntities = FactBaseLimits.MaxEntities)
        => Build(factFolders, builtIn, vocabulary, error, cache, maxEntities)?.KnowledgeBase;

    /// <summary>Builds the knowledge base (from the cache when it holds these facts); fact-file diagnostics are written to <paramref name="error"/>.</summary>
    /// <returns>The build, or <see langword="null"/> when a fact file has errors.</returns>
    public static KnowledgeBaseBuildResult? Build(IReadOnlyList<string> factFolders, bool builtIn, bool vocabulary, TextWriter error, SnapshotCache? cache, int maxEntities = FactBaseLimits.MaxEntities)
    {
        if (factFolders.Count == 0)
        {
            var builtInLayer = BuiltInFacts.Layer(builtIn, vocabulary);
            return new KnowledgeBaseBuildResult(builtInLayer, default, builtInLayer.Entities.ToEquatableArray(), builtInLayer.Properties.ToEquatableArray());
        }

        foreach (var folder in factFolders.Where(f => !Directory.Exists(f) && !File.Exists(f)))
        {
            error.WriteLine($"{folder}: error: no such fact folder or file");
            return null;
        }

        byte[]? key = null;
        if (cache is not null)
        {
            try
            {
                key = cache.KeyOf(factFolders, $"builtin={builtIn};vocabulary={vocabulary};max={maxEntities}");
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A file that cannot be read is reported by the loader below, with its path.
            }
        }

        var result = key is null ? null : cache!.TryRead(Identity, key);
        if (result is null)
        {
            // User facts may refer to built-in entities ("value: nato") and replace them, or a property, by name. A snapshot
            // holds the built-in layer it was built on, so that layer is made only here.
            result = FactLoader.Load(factFolders, BuiltInFacts.Layer(builtIn, vocabulary), maxEntities);
            if (key is not null && !result.HasErrors)
            {
                cache!.TryWrite(result, Identity, key);
            }
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            error.WriteLine(diagnostic.ToString());
        }

        return result.HasErrors ? null : result;
    }

    /// <summary>Reads a knowledge base compiled by <c>factbase compile</c>; a file that is not one, or not usable, is an error.</summary>
    /// <param name="path">The compiled knowledge base.</param>
    /// <param name="error">Where problems are reported.</param>
    /// <param name="cache">The cache that remembers which files were verified, or <see langword="null"/> to verify every time.</param>
    /// <returns>The knowledge base, or <see langword="null"/> after reporting why the file cannot be used.</returns>
    public static KnowledgeBase? LoadCompiled(string path, TextWriter error, SnapshotCache? cache = null)
    {
        try
        {
            var result = cache is null ? KnowledgeBaseSnapshot.Read(path, Identity, key: null) : cache.ReadCompiled(path, Identity);
            foreach (var diagnostic in result.Diagnostics)
            {
                error.WriteLine(diagnostic.ToString());
            }

            return result.KnowledgeBase;
        }
        catch (SnapshotException ex)
        {
            error.WriteLine($"{path}: error: cannot use this compiled knowledge base: {ex.Message}. Run 'factbase compile' again.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{path}: error: cannot read the compiled knowledge base: {FileSearch.Describe(ex)}");
        }

        return null;
    }
}
