using FactBase.Model;

namespace FactBase.Generators;

/// <summary>What the generator adds to a compilation: sources and diagnostics, as equatable values.</summary>
/// <param name="Sources">The generated files.</param>
/// <param name="Diagnostics">The diagnostics to report, located in the fact files.</param>
internal sealed record GenerationOutput(EquatableArray<GeneratedSource> Sources, EquatableArray<DiagnosticInfo> Diagnostics);
