namespace FactBase.Generators;

/// <summary>One entity's generated text.</summary>
/// <param name="Typed">Its nested class in Facts.g.cs, or <see langword="null"/> when it has none.</param>
/// <param name="Data">Its method in Facts.KnowledgeBase.g.cs, with the blank line before it.</param>
/// <param name="Failure">When emitting it threw: the message of the internal error (<c>FB0012</c>) to report instead of any code.</param>
internal sealed record EntityText(string? Typed, string Data, string? Failure = null);
