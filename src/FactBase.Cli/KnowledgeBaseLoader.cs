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
    /// <returns>The knowledge base, or <see langword="null"/> when a fact file has errors.</returns>
    public static KnowledgeBase? Load(IReadOnlyList<string> factFolders, bool builtIn, TextWriter error, int maxEntities = FactBaseLimits.MaxEntities)
    {
        var knowledgeBase = builtIn ? BuiltInFacts.KnowledgeBase : KnowledgeBase.Empty;
        if (factFolders.Count == 0)
        {
            return knowledgeBase;
        }

        foreach (var folder in factFolders.Where(f => !Directory.Exists(f) && !File.Exists(f)))
        {
            error.WriteLine($"{folder}: error: no such fact folder or file");
            return null;
        }

        // User facts may refer to built-in entities ("value: nato") and replace them by id.
        var result = FactLoader.Load(factFolders, builtIn ? knowledgeBase : null, maxEntities);
        foreach (var diagnostic in result.Diagnostics)
        {
            error.WriteLine(diagnostic.ToString());
        }

        return result.HasErrors ? null : result.KnowledgeBase;
    }
}
