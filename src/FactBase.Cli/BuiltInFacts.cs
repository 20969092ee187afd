using FactBase.Knowledge;

namespace FactBase.Cli;

/// <summary>The starter knowledge base compiled into the tool by the FactBase source generator.</summary>
internal static class BuiltInFacts
{
    /// <summary>The built-in knowledge base (no YAML is parsed at run time).</summary>
    public static KnowledgeBase KnowledgeBase => _knowledgeBase ??= Loading.FactLoader.Load(new[] { System.IO.Path.Combine(System.AppContext.BaseDirectory, "facts") }).KnowledgeBase;

    private static KnowledgeBase? _knowledgeBase;
}
