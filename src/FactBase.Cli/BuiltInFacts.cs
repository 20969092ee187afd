using FactBase.Knowledge;

namespace FactBase.Cli;

/// <summary>The starter knowledge base, compiled into the tool by the FactBase source generator.</summary>
internal static class BuiltInFacts
{
    /// <summary>The built-in knowledge base; built from generated code, no YAML is parsed at run time.</summary>
    public static KnowledgeBase KnowledgeBase => global::Facts.KnowledgeBase;
}
