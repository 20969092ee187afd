using System;

namespace FactBase.Model;

/// <summary>A thing the knowledge base knows about: an organization, a country, a person.</summary>
/// <param name="Id">The unique id, <c>[a-z0-9-]+</c>.</param>
/// <param name="Type">What kind of thing it is.</param>
/// <param name="Name">The canonical name.</param>
/// <param name="Aliases">Other correct names and spellings.</param>
/// <param name="Adjectives">Words used before titles ("Ukrainian", "US").</param>
/// <param name="Sources">Where the entity's facts come from.</param>
/// <param name="Facts">The entity's facts, one per property.</param>
/// <param name="Location">Where the entity is written.</param>
public sealed record Entity(
    string Id,
    EntityType Type,
    string Name,
    EquatableArray<string> Aliases,
    EquatableArray<string> Adjectives,
    EquatableArray<SourceReference> Sources,
    EquatableArray<Fact> Facts,
    SourceLocation Location)
{
    /// <summary>Common nouns the text may use for the entity once it has named it ("alliance" for NATO, "bloc" for the
    /// EU): a definite description ("the alliance") then refers back to it.</summary>
    public EquatableArray<string> Descriptions { get; init; } = EquatableArray<string>.Empty;

    /// <summary>Whether English puts "the" before its name ("the United Kingdom", "the Bahamas"), as its <c>the:</c> key
    /// says; <see langword="null"/>: derived from the name (<c>Wording.TakesThe</c>).</summary>
    public bool? TakesThe { get; init; }

    /// <summary>The fact for <paramref name="property"/>, or <see langword="null"/>.</summary>
    /// <param name="property">The property name.</param>
    /// <returns>The fact, if the entity has one.</returns>
    public Fact? GetFact(string property)
    {
        // Index loop: no boxed enumerator of EquatableArray on this path, which the checker takes per claim and per
        // candidate subject (docs/performance.md).
        var facts = Facts;
        for (var i = 0; i < facts.Count; i++)
        {
            if (string.Equals(facts[i].Property, property, StringComparison.Ordinal))
            {
                return facts[i];
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
