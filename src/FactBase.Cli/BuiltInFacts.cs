using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactBase.Knowledge;
using FactBase.Loading;
using FactBase.Parsing;

namespace FactBase.Cli;

/// <summary>The starter knowledge base compiled into the tool by the FactBase source generator.</summary>
internal static class BuiltInFacts
{
    /// <summary>The built-in knowledge base (no YAML is parsed at run time).</summary>
    public static KnowledgeBase KnowledgeBase => _knowledgeBase ??= Load();

    private static KnowledgeBase? _knowledgeBase;

    /// <summary>Loads the facts copied next to the tool (until the generator compiles them in).</summary>
    /// <remarks>
    /// Fact locations read <c>facts/organizations/nato.yaml</c>, as in the repository, not the tool's
    /// install path: that absolute path leaked into every JSON report ("fact": {"path": ...}).
    /// </remarks>
    private static KnowledgeBase Load()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "facts");
        var errors = new List<string>();
        var paths = FileSearch.Files(root, f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase), errors);
        if (errors.Count > 0)
        {
            // A broken install must not silently check against no facts at all (Program reports this and exits 2).
            throw new InvalidOperationException($"the built-in facts cannot be read: {errors[0]}");
        }

        var files = paths
            .Select(f => FactFileParser.Parse("facts/" + Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText(f)));
        return KnowledgeBaseBuilder.Build(files).KnowledgeBase;
    }
}
