using System.Collections.Generic;
using FactBase.Model;

namespace FactBase.Cli.Importing;

/// <summary>An entity as an importer writes it: one fact file in the v1 format (docs/fact-format.md).</summary>
/// <param name="Key">The source's own id for it (a Wikidata item, <c>Q7747</c>), for messages.</param>
/// <param name="Id">Its FactBase id.</param>
/// <param name="Type">Its type.</param>
/// <param name="Name">Its canonical name.</param>
/// <param name="Aliases">Other correct names.</param>
/// <param name="Adjectives">Words that stand for it before a title.</param>
/// <param name="Source">Where its facts come from, and when they were read.</param>
/// <param name="Dates">Its date properties, by property name.</param>
/// <param name="Timelines">Its timelines (offices, members), by property name.</param>
internal sealed record ImportedEntity(
    string Key,
    string Id,
    EntityType Type,
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Adjectives,
    SourceReference Source,
    IReadOnlyDictionary<string, FactDate> Dates,
    IReadOnlyDictionary<string, IReadOnlyList<ImportedPeriod>> Timelines)
{
    /// <summary>The folder of the import it is written to: <c>people</c>, <c>countries</c>, <c>organizations</c> or <c>other</c>.</summary>
    public string Folder => Type switch
    {
        EntityType.Person => "people",
        EntityType.Country => "countries",
        EntityType.Organization => "organizations",
        _ => "other",
    };
}

/// <summary>One period of an imported timeline.</summary>
/// <param name="Value">The id of the holder or member.</param>
/// <param name="From">The first day it holds.</param>
/// <param name="To">The first day it no longer holds, or <see langword="null"/>.</param>
/// <param name="Source">The address of the record the period comes from (the holder's or member's item).</param>
internal sealed record ImportedPeriod(string Value, FactDate From, FactDate? To, string Source);
