using System;
using System.Collections.Generic;
using FactBase.Checking.Findings;
using FactBase.Knowledge;
using FactBase.Model;

namespace FactBase.Cli;

/// <summary>The starter knowledge base, compiled into the tool by the FactBase source generator.</summary>
internal static class BuiltInFacts
{
    /// <summary>The scheme of a built-in fact's location: <c>factbase:facts/countries/united-kingdom.yaml</c>. Built-in
    /// fact files are not in the user's repository, so they are never shown as one of its paths.</summary>
    public const string Scheme = "factbase:";

    /// <summary>The built-in knowledge base; built from generated code, no YAML is parsed at run time.</summary>
    public static KnowledgeBase KnowledgeBase => global::Facts.KnowledgeBase;

    /// <summary>Whether a location is a built-in fact's (as <see cref="MarkBuiltIn"/> writes it).</summary>
    /// <param name="location">The location.</param>
    /// <returns><see langword="true"/> for a <c>factbase:</c> location.</returns>
    public static bool IsBuiltIn(SourceLocation location) => location.Path.StartsWith(Scheme, StringComparison.Ordinal);

    /// <summary>The findings with the location of each built-in fact written as a <c>factbase:</c> URI.</summary>
    /// <param name="findings">The findings.</param>
    /// <param name="loaded">The knowledge base checked against (built-in facts, maybe extended or replaced by the user's).</param>
    /// <returns>The findings, the same list when none is built-in.</returns>
    public static IReadOnlyList<Finding> MarkBuiltIn(IReadOnlyList<Finding> findings, KnowledgeBase loaded)
    {
        List<Finding>? marked = null;
        for (var i = 0; i < findings.Count; i++)
        {
            var f = findings[i];
            if (f.FactLocation is { } at && !IsBuiltIn(at) && f.Entity is { } id && IsBuiltInEntity(id, loaded))
            {
                marked ??= new List<Finding>(findings);
                marked[i] = f with { FactLocation = at with { Path = Scheme + at.Path } };
            }
        }

        return marked ?? findings;
    }

    /// <summary>Whether the entity checked against is the built-in one, not a user's entity of the same id.</summary>
    private static bool IsBuiltInEntity(string id, KnowledgeBase loaded)
    {
        if (!KnowledgeBase.TryGetEntity(id, out var builtIn) || !loaded.TryGetEntity(id, out var used))
        {
            return false;
        }

        return ReferenceEquals(builtIn, used) || (used.Location.Path == builtIn.Location.Path && used == builtIn);
    }

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
