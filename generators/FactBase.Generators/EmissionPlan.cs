using FactBase.Model;

namespace FactBase.Generators;

/// <summary>The output of the <c>BuildKnowledgeBase</c> step: the C# planned from the built knowledge base.</summary>
/// <param name="Frame">The knowledge-wide parts of the generated files, or <see langword="null"/> when the step failed.</param>
/// <param name="Entities">One input per entity for the cached per-entity step, in knowledge-base order.</param>
/// <param name="Diagnostics">Every fact-file diagnostic, located.</param>
internal sealed record EmissionPlan(EmissionFrame? Frame, EquatableArray<EntityEmitInput> Entities, EquatableArray<DiagnosticInfo> Diagnostics);
