using FactBase.Model;

namespace FactBase.Generators;

/// <summary>One typed member of an entity's class.</summary>
/// <param name="Identifier">The member's C# name.</param>
/// <param name="Kind">Its C# shape.</param>
/// <param name="Fact">The fact it exposes.</param>
/// <param name="Definition">The property's vocabulary entry, or <see langword="null"/> when undeclared.</param>
internal sealed record TypedMember(string Identifier, TypedMemberKind Kind, Fact Fact, PropertyDefinition? Definition);
