namespace FactBase.Cli.Importing.Wikidata;

/// <summary>One statement of an item, with the qualifiers the importer uses.</summary>
/// <param name="Property">The property, e.g. <c>P39</c>.</param>
/// <param name="Rank">Its rank.</param>
/// <param name="Value">The main value.</param>
/// <param name="Start">The start time qualifier (<c>P580</c>), if any.</param>
/// <param name="End">The end time qualifier (<c>P582</c>), if any.</param>
internal sealed record WikidataStatement(string Property, WikidataRank Rank, WikidataSnak Value, WikidataSnak? Start, WikidataSnak? End);
