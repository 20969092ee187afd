using System.Collections.Generic;
using FactBase.Model;

namespace FactBase.Generators;

/// <summary>The nested class generated for one entity (<c>Facts.Nato</c>).</summary>
/// <param name="Entity">The entity.</param>
/// <param name="Identifier">The class's C# name.</param>
/// <param name="Members">Its typed fact members, in file order.</param>
internal sealed record EntityClass(Entity Entity, string Identifier, IReadOnlyList<TypedMember> Members);

/// <summary>One typed member of an entity's class.</summary>
/// <param name="Identifier">The member's C# name.</param>
/// <param name="Kind">Its C# shape.</param>
/// <param name="Fact">The fact it exposes.</param>
/// <param name="Definition">The property's vocabulary entry, or <see langword="null"/> when undeclared.</param>
internal sealed record TypedMember(string Identifier, TypedMemberKind Kind, Fact Fact, PropertyDefinition? Definition);

/// <summary>The C# shape a fact takes as a typed member of its entity's class.</summary>
internal enum TypedMemberKind
{
    /// <summary>A <c>FactDate</c> property (<c>founded</c>, <c>born</c>, or an undeclared date-looking value).</summary>
    Date,

    /// <summary>A <c>Timeline&lt;Entity&gt;</c> (offices, members).</summary>
    EntityTimeline,

    /// <summary>A <c>Timeline&lt;int&gt;</c> (counts).</summary>
    NumberTimeline,

    /// <summary>A <c>const string</c> (a single value of a <c>text</c> property).</summary>
    Text,
}
