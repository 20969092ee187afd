using System;
using System.Linq;
using FactBase.Diagnostics;
using FactBase.Model;

namespace FactBase.Knowledge;

/// <summary>The outcome of <see cref="KnowledgeBaseBuilder.Build(System.Collections.Generic.IEnumerable{Parsing.FactFile})"/>.</summary>
/// <param name="KnowledgeBase">The knowledge base of every valid entity and property.</param>
/// <param name="Diagnostics">Every problem found, located.</param>
/// <param name="Entities">The valid entities, as plain equatable data (what the generator emits).</param>
/// <param name="Properties">The vocabulary, as plain equatable data.</param>
public sealed record KnowledgeBaseBuildResult(
    KnowledgeBase KnowledgeBase,
    EquatableArray<FactDiagnostic> Diagnostics,
    EquatableArray<Entity> Entities,
    EquatableArray<PropertyDefinition> Properties)
{
    private readonly EquatableArray<Entity> _entities = Entities;
    private readonly Lazy<EquatableArray<Entity>>? _madeEntities;

    /// <summary>A build whose entities are listed only when asked for (a compiled snapshot's, whose knowledge base makes
    /// each entity on demand).</summary>
    internal KnowledgeBaseBuildResult(KnowledgeBase knowledgeBase, EquatableArray<FactDiagnostic> diagnostics, Func<EquatableArray<Entity>> entities, EquatableArray<PropertyDefinition> properties)
        : this(knowledgeBase, diagnostics, EquatableArray<Entity>.Empty, properties)
        => _madeEntities = new Lazy<EquatableArray<Entity>>(entities);

    /// <summary>The valid entities, as plain equatable data (what the generator emits).</summary>
    public EquatableArray<Entity> Entities
    {
        get => _madeEntities?.Value ?? _entities;
        init => _entities = value;
    }

    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == FactDiagnosticSeverity.Error);
}
