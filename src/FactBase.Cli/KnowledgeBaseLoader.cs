using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactBase.Diagnostics;
using FactBase.Knowledge;
using FactBase.Loading;

namespace FactBase.Cli;

/// <summary>Combines the built-in knowledge base with fact folders given on the command line.</summary>
internal static class KnowledgeBaseLoader
{
    /// <summary>Loads the knowledge base; fact-file errors are written to <paramref name="error"/>.</summary>
    /// <param name="factFolders">The user's fact folders and files.</param>
    /// <param name="builtIn">Whether the built-in entities are included (<c>--no-builtin-facts</c> drops them).</param>
    /// <param name="error">Where fact-file diagnostics go.</param>
    /// <param name="vocabulary">Whether the standard vocabulary is included (<c>--no-builtin-vocabulary</c> drops it).</param>
    /// <returns>The knowledge base, or <see langword="null"/> when a fact file has errors.</returns>
    public static KnowledgeBase? Load(IReadOnlyList<string> factFolders, bool builtIn, TextWriter error, bool vocabulary = true, int maxEntities = FactBaseLimits.MaxEntities)
    {
        var knowledgeBase = BuiltInFacts.Layer(builtIn, vocabulary);
        if (factFolders.Count == 0)
        {
            return knowledgeBase;
        }

        foreach (var folder in factFolders.Where(f => !Directory.Exists(f) && !File.Exists(f)))
        {
            error.WriteLine($"{folder}: error: no such fact folder or file");
            return null;
        }

        // User facts may refer to built-in entities ("value: nato") and replace them, or a property, by name.
        var result = FactLoader.Load(factFolders, knowledgeBase, maxEntities);
        foreach (var diagnostic in result.Diagnostics)
        {
            error.WriteLine(diagnostic.ToString());
        }

        return result.HasErrors ? null : result.KnowledgeBase;
    }
}
