using System.Collections.Generic;
using System.Linq;

namespace FactBase.Model.PropertyKinds;

/// <summary>
/// Everything one property kind means outside the checker's rules, in one place: its keyword in fact files, how its facts
/// are validated, the typed member the generator makes for them, and the words <c>factbase explain</c> adds.
/// </summary>
/// <remarks>
/// A new kind is a <see cref="PropertyKind"/> member, one subclass, and its line in <see cref="All"/> (then the schema,
/// facts/factbase.schema.json, and its tests); the rules that check claims about it ask for it by <see cref="PropertyKind"/>.
/// </remarks>
internal abstract class PropertyKindDefinition
{
    /// <summary>Every kind, in the order fact-file messages list them.</summary>
    public static IReadOnlyList<PropertyKindDefinition> All { get; } = new PropertyKindDefinition[]
    {
        new DateKind(), new MembersKind(), new OfficeKind(), new CountKind(), new TextKind(),
    };

    private static readonly Dictionary<PropertyKind, PropertyKindDefinition> ByKind = All.ToDictionary(k => k.Kind);

    /// <summary>The enum value the knowledge base and the generated code carry.</summary>
    public abstract PropertyKind Kind { get; }

    /// <summary>The word that declares it in a vocabulary (<c>kind: date</c>), also how tools name it.</summary>
    public abstract string Keyword { get; }

    /// <summary>How <c>latest</c> reads in the generated documentation of a timeline of this kind.</summary>
    public virtual string LatestLabel => "latest";

    /// <summary>What one value of a timeline of this kind is, for messages ("has no holder on ..."): "value" by default.</summary>
    public virtual string ValueNoun => "value";

    /// <summary>The entity types its values are when the vocabulary declares no <c>value_type</c>; empty: any, or not entities.</summary>
    public virtual IReadOnlyList<EntityType> DefaultValueTypes => System.Array.Empty<EntityType>();

    /// <summary>The keywords, listed for messages: <c>date, members, office, count, text</c>.</summary>
    public static string Keywords => string.Join(", ", All.Select(k => k.Keyword));

    /// <summary>The keywords, listed as a choice: <c>date, members, office, count or text</c>.</summary>
    public static string KeywordChoice => string.Join(", ", All.Take(All.Count - 1).Select(k => k.Keyword)) + " or " + All[All.Count - 1].Keyword;

    /// <summary>The definition of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Its definition.</returns>
    public static PropertyKindDefinition Of(PropertyKind kind) => ByKind[kind];

    /// <summary>Reads a kind keyword.</summary>
    /// <param name="keyword">The text after <c>kind:</c>.</param>
    /// <param name="definition">The kind, when the keyword is one.</param>
    /// <returns><see langword="true"/> when <paramref name="keyword"/> names a kind (exactly, lower case).</returns>
    public static bool TryParse(string? keyword, out PropertyKindDefinition definition)
    {
        foreach (var kind in All)
        {
            if (kind.Keyword == keyword)
            {
                definition = kind;
                return true;
            }
        }

        definition = null!;
        return false;
    }

    /// <summary>Checks a fact of this kind in the whole knowledge base.</summary>
    /// <param name="entity">The entity the fact belongs to.</param>
    /// <param name="fact">The fact.</param>
    /// <param name="validation">Where errors go, and what the knowledge base holds.</param>
    /// <returns>The fact, without the entries found wrong; <see langword="null"/> when the whole fact is wrong.</returns>
    public abstract Fact? Validate(Entity entity, Fact fact, FactValidation validation);

    /// <summary>The typed member the generator makes for a valid fact of this kind.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>The member's shape, or <see langword="null"/> for none.</returns>
    public abstract GeneratedMember? MemberFor(Fact fact);

    /// <summary>What <c>explain</c> writes after a single value of this kind (an age after a date).</summary>
    /// <param name="property">The property's definition.</param>
    /// <param name="fact">The fact.</param>
    /// <param name="asOf">The date explained.</param>
    /// <returns>The note, or the empty string.</returns>
    public virtual string ValueNote(PropertyDefinition property, Fact fact, FactDate asOf) => string.Empty;

    /// <summary>What <c>explain</c> writes after the words of a timeline of this kind (how many members).</summary>
    /// <param name="fact">The fact.</param>
    /// <param name="asOf">The date explained.</param>
    /// <returns>The note, or the empty string.</returns>
    public virtual string TimelineNote(Fact fact, FactDate asOf) => string.Empty;
}
