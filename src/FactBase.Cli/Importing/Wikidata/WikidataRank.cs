namespace FactBase.Cli.Importing.Wikidata;

/// <summary>A statement's rank: deprecated statements are known to be wrong, preferred ones are the current or best.</summary>
internal enum WikidataRank
{
    /// <summary>Kept on Wikidata as a known error or superseded value; never imported.</summary>
    Deprecated,

    /// <summary>The default rank.</summary>
    Normal,

    /// <summary>Preferred over the normal statements of the same property.</summary>
    Preferred,
}
