namespace FactBase.Model;

/// <summary>Where a fact comes from.</summary>
/// <param name="Url">The address of the source.</param>
/// <param name="Retrieved">When it was read, if known.</param>
/// <param name="About">The properties it backs (<c>about: [members]</c>); empty when it backs the entity in general.
/// A finding cites the source about its property, else the entity's first.</param>
public sealed record SourceReference(string Url, FactDate? Retrieved, EquatableArray<string> About = default);
