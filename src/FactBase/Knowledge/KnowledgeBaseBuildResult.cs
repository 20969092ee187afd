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
    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == FactDiagnosticSeverity.Error);
}
