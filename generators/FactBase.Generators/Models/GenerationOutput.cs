using FactBase.Model;

namespace FactBase.Generators;

/// <summary>What the generator adds to a compilation: sources and diagnostics, as equatable values.</summary>
/// <param name="Sources">The generated files.</param>
/// <param name="Diagnostics">The diagnostics to report, located in the fact files.</param>
internal sealed record GenerationOutput(EquatableArray<GeneratedSource> Sources, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>One generated file: its hint name and C# text.</summary>
/// <param name="HintName">The name the compiler shows (<c>Facts.g.cs</c>).</param>
/// <param name="Text">The C# source.</param>
internal sealed record GeneratedSource(string HintName, string Text);

/// <summary>One entity's generated text.</summary>
/// <param name="Typed">Its nested class in Facts.g.cs, or <see langword="null"/> when it has none.</param>
/// <param name="Data">Its method in Facts.KnowledgeBase.g.cs, with the blank line before it.</param>
/// <param name="Failure">When emitting it threw: the message of the internal error (<c>FB0012</c>) to report instead of any code.</param>
internal sealed record EntityText(string? Typed, string Data, string? Failure = null);
