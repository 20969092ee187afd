using System.Collections.Generic;

namespace FactBase.Cli.Importing.Wikidata;

/// <summary>What the importer reads of one entity of Wikidata's canonical JSON.</summary>
/// <param name="Id">The entity id: <c>Q42</c>, <c>P31</c>, <c>L7</c>.</param>
/// <param name="IsItem">Whether it is an item (<c>"type": "item"</c>); properties and lexemes are not imported.</param>
/// <param name="Labels">Its labels in the mapping's languages, by language.</param>
/// <param name="Aliases">Its aliases in the mapping's languages, by language.</param>
/// <param name="Statements">Its statements of the properties the mapping uses, in file order.</param>
/// <param name="Revision">The revision it was read from (<c>lastrevid</c>), if given.</param>
internal sealed record WikidataEntity(
    string Id,
    bool IsItem,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyDictionary<string, List<string>> Aliases,
    IReadOnlyList<WikidataStatement> Statements,
    long? Revision);
