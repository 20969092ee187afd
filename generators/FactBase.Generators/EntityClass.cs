using System.Collections.Generic;
using FactBase.Model;

namespace FactBase.Generators;

/// <summary>The nested class generated for one entity (<c>Facts.Nato</c>).</summary>
/// <param name="Entity">The entity.</param>
/// <param name="Identifier">The class's C# name.</param>
/// <param name="Members">Its typed fact members, in file order.</param>
internal sealed record EntityClass(Entity Entity, string Identifier, IReadOnlyList<TypedMember> Members);
