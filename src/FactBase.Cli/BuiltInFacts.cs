using System;
using FactBase.Knowledge;
using FactBase.Model;

namespace FactBase.Cli;

/// <summary>The starter knowledge base, compiled into the tool by the FactBase source generator.</summary>
internal static class BuiltInFacts
{
    /// <summary>The built-in knowledge base; built from generated code, no YAML is parsed at run time.</summary>
    public static KnowledgeBase KnowledgeBase => global::Facts.KnowledgeBase;

    /// <summary>The standard vocabulary alone (founded, born, members, the offices...): what facts/vocabulary.yaml declares,
    /// kept under <c>--no-builtin-facts</c> so a user's own entities are checked without declaring it again.</summary>
    public static KnowledgeBase Vocabulary { get; } = KnowledgeBase.Create(Array.Empty<Entity>(), global::Facts.KnowledgeBase.Properties);

    /// <summary>What the built-in layer holds for the given switches.</summary>
    /// <param name="facts">Whether the starter entities are included.</param>
    /// <param name="vocabulary">Whether the standard vocabulary is included.</param>
    /// <returns>The built-in knowledge base, its vocabulary alone, its entities alone, or nothing.</returns>
    public static KnowledgeBase Layer(bool facts, bool vocabulary) => (facts, vocabulary) switch
    {
        (true, true) => KnowledgeBase,
        (false, true) => Vocabulary,
        (true, false) => KnowledgeBase.Create(KnowledgeBase.Entities, Array.Empty<PropertyDefinition>()),
        _ => KnowledgeBase.Empty,
    };
}
