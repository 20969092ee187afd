using System.Collections.Generic;
using FactBase.Model;

namespace FactBase.Cli.Importing.Wikidata;

/// <summary>
/// Which Wikidata properties and items become which FactBase entities, properties and offices: the mapping file of
/// <c>factbase import wikidata --mapping FILE</c>, or the built-in default (<c>DefaultMapping.yaml</c>; docs/import.md).
/// </summary>
internal sealed record WikidataMapping
{
    /// <summary>Where the mapping comes from: its file, or <c>built-in</c>.</summary>
    public string Source { get; init; } = "built-in";

    /// <summary>The label and alias languages, most preferred first (<c>en</c>, then <c>mul</c>, Wikidata's default for names).</summary>
    public IReadOnlyList<string> Languages { get; init; } = new[] { "en", "mul" };

    /// <summary>Classes of <c>instance of</c> (P31) and the type they give, in order: an item takes the first it is an instance of; <see langword="null"/> skips it.</summary>
    public IReadOnlyList<(string Class, EntityType? Type)> Types { get; init; } = new List<(string, EntityType?)>();

    /// <summary>The type of an item that is an instance of none of <see cref="Types"/>; <see langword="null"/> skips it.</summary>
    public EntityType? Otherwise { get; init; } = EntityType.Organization;

    /// <summary>Wikidata properties whose time value becomes a date property of the item: <c>P569 → born</c>.</summary>
    public IReadOnlyDictionary<string, DateMapping> Dates { get; init; } = new Dictionary<string, DateMapping>();

    /// <summary>Properties whose English (or other <see cref="Languages"/>) text values are the item's adjectives: <c>P1549</c>, demonym.</summary>
    public IReadOnlyList<string> Adjectives { get; init; } = new List<string>();

    /// <summary>"Member of" properties on the member (<c>P463</c>) and the members timeline of the organization they name.</summary>
    public IReadOnlyDictionary<string, MembershipMapping> Memberships { get; init; } = new Dictionary<string, MembershipMapping>();

    /// <summary>Position items of "position held" (<c>P39</c>) and the entity and office each names: <c>Q14211 → Q145, prime_minister</c>.</summary>
    public IReadOnlyDictionary<string, PositionMapping> Positions { get; init; } = new Dictionary<string, PositionMapping>();

    /// <summary>Office properties on the entity itself (<c>P35</c> head of state, <c>P6</c> head of government): the office they give, per entity (<c>*</c>: any entity).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Offices { get; init; } = new Dictionary<string, IReadOnlyDictionary<string, string>>();

    /// <summary>Items named by claims, with the id (and, for items the input may not hold, the type and name) to use.</summary>
    public IReadOnlyDictionary<string, ItemMapping> Items { get; init; } = new Dictionary<string, ItemMapping>();

    /// <summary>The property that holds positions: <c>P39</c>, position held.</summary>
    public const string PositionHeld = "P39";

    /// <summary>The property that gives an item's type: <c>P31</c>, instance of.</summary>
    public const string InstanceOf = "P31";

    /// <summary>Every property whose statements the importer reads.</summary>
    public IEnumerable<string> Properties
    {
        get
        {
            yield return InstanceOf;
            yield return PositionHeld;
            foreach (var property in Dates.Keys)
            {
                yield return property;
            }

            foreach (var property in Adjectives)
            {
                yield return property;
            }

            foreach (var property in Memberships.Keys)
            {
                yield return property;
            }

            foreach (var property in Offices.Keys)
            {
                yield return property;
            }
        }
    }
}

/// <summary>How a time property maps: the FactBase date property, and the types of entity it is read for.</summary>
/// <param name="Property">The date property, e.g. <c>founded</c>.</param>
/// <param name="Types">The entity types it is read for; <see langword="null"/> for every type.</param>
internal sealed record DateMapping(string Property, IReadOnlySet<EntityType>? Types);

/// <summary>How a "member of" property maps: the FactBase members property, and which organizations it is read for.</summary>
/// <param name="Property">The members property of the organization, e.g. <c>members</c>.</param>
/// <param name="Organizations">The organizations (item ids) whose member lists are imported; <see langword="null"/> for every organization.</param>
internal sealed record MembershipMapping(string Property, IReadOnlySet<string>? Organizations);

/// <summary>What a position item means: the office <paramref name="Office"/> of the entity <paramref name="Of"/>.</summary>
/// <param name="Of">The item id of the country or organization, e.g. <c>Q145</c>.</param>
/// <param name="Office">The FactBase office property, e.g. <c>prime_minister</c>.</param>
internal sealed record PositionMapping(string Of, string Office);

/// <summary>What the mapping says about one item: its id, and its type, name, aliases and adjectives where given.</summary>
/// <param name="Id">The FactBase id to give it (usually the id of the hand-written entity it is).</param>
/// <param name="Type">Its type, or <see langword="null"/> to take it from the input.</param>
/// <param name="Name">Its name, or <see langword="null"/> to take it from the input.</param>
/// <param name="Aliases">Aliases to use instead of the input's, or <see langword="null"/>.</param>
/// <param name="Adjectives">Adjectives to use instead of the input's, or <see langword="null"/>.</param>
internal sealed record ItemMapping(string Id, EntityType? Type, string? Name, IReadOnlyList<string>? Aliases, IReadOnlyList<string>? Adjectives);
