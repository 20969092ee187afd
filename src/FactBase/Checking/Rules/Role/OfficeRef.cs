using FactBase.Model;

namespace FactBase.Checking.Rules.Role;

/// <summary>An office of an entity: NATO's <c>secretary_general</c>, the United States' <c>president</c>.</summary>
/// <param name="Organization">The entity.</param>
/// <param name="Property">The office property.</param>
public sealed record OfficeRef(Entity Organization, PropertyDefinition Property);
