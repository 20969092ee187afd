using FactBase.Diagnostics;
using FactBase.Model;

namespace FactBase.Parsing;

/// <summary>What one fact file holds: its entities, its vocabulary and its problems.</summary>
/// <param name="Path">The file's path as given to the parser.</param>
/// <param name="Entities">The entities it defines, in file order (broken ones left out).</param>
/// <param name="Properties">The property vocabulary it declares.</param>
/// <param name="Diagnostics">Its problems, each located.</param>
public sealed record FactFile(
    string Path,
    EquatableArray<Entity> Entities,
    EquatableArray<PropertyDefinition> Properties,
    EquatableArray<FactDiagnostic> Diagnostics)
{
    /// <summary>The example sentences of its entities and properties (<c>examples:</c>), which <c>factbase lint</c> runs.</summary>
    public EquatableArray<FactExample> Examples { get; init; } = EquatableArray<FactExample>.Empty;
}
