using FactBase.Model;

namespace FactBase.Generators;

/// <summary>
/// Everything one entity's generated text depends on, as equatable values: the generator's per-entity step is cached
/// on it, so a fact-file edit re-emits only the entities whose input changed.
/// </summary>
/// <param name="Entity">The entity (its facts, sources and locations).</param>
/// <param name="ClassIdentifier">The name of its nested class, or <see langword="null"/> when it gets none (a name clash).</param>
/// <param name="Members">Its typed members.</param>
/// <param name="TimelineSummaries">Per member, the summary of a timeline (it names other entities), else empty.</param>
/// <param name="Paths">The path constants its locations use.</param>
/// <param name="Options">Namespace, visibility and nullable annotations.</param>
internal sealed record EntityEmitInput(
    Entity Entity,
    string? ClassIdentifier,
    EquatableArray<TypedMember> Members,
    EquatableArray<string> TimelineSummaries,
    EquatableArray<PathConstant> Paths,
    GeneratorOptions Options);
