using System.Collections.Generic;
using System.Linq;

namespace FactBase.Model;

/// <summary>Vocabulary: what a property means and the words that express it in prose.</summary>
/// <param name="Name">The property name used in fact files.</param>
/// <param name="Kind">What its values are.</param>
/// <param name="Verbs">Verbs that state it ("founded", "joined").</param>
/// <param name="Nouns">Nouns that name it ("member", "anniversary").</param>
/// <param name="Titles">Titles of an office ("Secretary General").</param>
/// <param name="Age">Whether an age ("75-year-old") is counted from this date.</param>
/// <param name="Location">Where it is declared.</param>
public sealed record PropertyDefinition(
    string Name,
    PropertyKind Kind,
    EquatableArray<string> Verbs,
    EquatableArray<string> Nouns,
    EquatableArray<string> Titles,
    bool Age,
    SourceLocation Location)
{
    /// <summary>The entity types its values may be (<c>person</c>, <c>country</c>, <c>organization</c>, <c>other</c>), as
    /// its vocabulary's <c>value_type</c> declares them; empty: what its kind takes by default (an office, a person).</summary>
    public EquatableArray<string> ValueTypes { get; init; } = EquatableArray<string>.Empty;

    /// <summary>Whether an office heads a country's government, as its vocabulary's <c>head_of_government</c> declares: 0 no
    /// (also when not declared), 1 (<c>true</c>) it does, 2 (<c>fallback</c>) it does in a country that has no office of
    /// rank 1 at that time (the United States' president, Turkey's after the premiership was abolished). What "led the
    /// government" and "the head of government" mean.</summary>
    public int HeadOfGovernment { get; init; }

    /// <summary>Verbs that tell of holding an office without its title, as its vocabulary's <c>tenure_verbs</c> lists them in
    /// their past forms ("reigned", "headed", "led", "ran"): "X headed the Commission from 2014 to 2019" is a term in the office
    /// of the Commission the person held whose property lists "headed". Empty when not declared.</summary>
    public EquatableArray<string> TenureVerbs { get; init; } = EquatableArray<string>.Empty;

    /// <summary>The entity types its values may be: <see cref="ValueTypes"/>, else its kind's default; empty: any.</summary>
    internal IReadOnlyList<EntityType> AllowedValueTypes
        => ValueTypes.Count == 0
            ? KindDefinition.DefaultValueTypes
            : ValueTypes.Select(t => EntityTypes.TryParse(t, out var type) ? type : EntityType.Other).ToArray();

    /// <summary>What its kind means: keyword, validation, generated member, <c>explain</c>'s words.</summary>
    internal PropertyKinds.PropertyKindDefinition KindDefinition => PropertyKinds.PropertyKindDefinition.Of(Kind);
}
