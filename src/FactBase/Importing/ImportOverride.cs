using FactBase.Model;

namespace FactBase.Importing;

/// <summary>An imported entity that a hand-written one takes precedence over.</summary>
/// <param name="Imported">The entity as the import folder defines it.</param>
/// <param name="HandWritten">The hand-written (or built-in) entity, as written.</param>
/// <param name="SameId">
/// <see langword="true"/>: both define the same id, and the hand-written entity is used, completed by the import.
/// <see langword="false"/>: the imported entity is another one with the hand-written entity's name (a namesake), left
/// out so the name keeps meaning the hand-written entity.
/// </param>
public sealed record ImportOverride(Entity Imported, Entity HandWritten, bool SameId = true);
