using System.Collections.Generic;
using FactBase.Model;

namespace FactBase.Cli.Importing.Wikidata;

/// <summary>What the importer keeps of an item between reading the input and writing the fact files.</summary>
/// <param name="Id">The item id, <c>Q7747</c>.</param>
/// <param name="Type">Its type, from <c>instance of</c> and the mapping.</param>
/// <param name="Name">Its label in the first of the mapping's languages that has one, or <see langword="null"/>.</param>
/// <param name="Aliases">Its aliases in those languages.</param>
/// <param name="Adjectives">Its adjectives (demonyms).</param>
/// <param name="Dates">Its date properties.</param>
/// <param name="Claims">The periods its statements give, on itself or on other items.</param>
/// <param name="Revision">The revision the copy read was made from (<c>lastrevid</c>), if the input says.</param>
internal sealed record WikidataItem(
    string Id,
    EntityType Type,
    string? Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Adjectives,
    IReadOnlyDictionary<string, FactDate> Dates,
    IReadOnlyList<TimelineClaim> Claims,
    long? Revision);
