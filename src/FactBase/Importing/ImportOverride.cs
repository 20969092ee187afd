using FactBase.Model;

namespace FactBase.Importing;

/// <summary>An imported entity whose id a hand-written entity also defines: the hand-written one is used.</summary>
/// <param name="Imported">The entity as the import folder defines it.</param>
/// <param name="HandWritten">The hand-written entity (or built-in one) that takes precedence, as written.</param>
public sealed record ImportOverride(Entity Imported, Entity HandWritten);
