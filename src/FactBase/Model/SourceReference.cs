namespace FactBase.Model;

/// <summary>Where a fact comes from.</summary>
/// <param name="Url">The address of the source.</param>
/// <param name="Retrieved">When it was read, if known.</param>
public sealed record SourceReference(string Url, FactDate? Retrieved);
