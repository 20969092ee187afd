using FactBase.Model;

namespace FactBase.Generators;

/// <summary>The output of the <c>BuildKnowledgeBase</c> step: the C# planned from the built knowledge base.</summary>
/// <param name="Frame">The knowledge-wide parts of the generated files, or <see langword="null"/> when the step failed.</param>
/// <param name="Entities">One input per entity for the cached per-entity step, in knowledge-base order.</param>
/// <param name="Diagnostics">Every fact-file diagnostic, located.</param>
internal sealed record EmissionPlan(EmissionFrame? Frame, EquatableArray<EntityEmitInput> Entities, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>
/// The parts of the two generated files that depend on the whole knowledge base (headers, counts, the entity list,
/// the vocabulary, helpers): everything but the entities' own text (<see cref="EntityText"/>).
/// </summary>
/// <param name="TypedPrefix">Facts.g.cs up to the first entity class.</param>
/// <param name="TypedSuffix">Facts.g.cs after the last entity class.</param>
/// <param name="DataPrefix">Facts.KnowledgeBase.g.cs up to the first entity method.</param>
/// <param name="DataSuffix">Facts.KnowledgeBase.g.cs after the last entity method.</param>
internal sealed record EmissionFrame(string TypedPrefix, string TypedSuffix, string DataPrefix, string DataSuffix);

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

/// <summary>A fact file's path and the constant (<c>Path_0</c>) that stands for it in the generated data.</summary>
/// <param name="Path">The display path.</param>
/// <param name="Constant">The constant's name.</param>
internal sealed record PathConstant(string Path, string Constant);
