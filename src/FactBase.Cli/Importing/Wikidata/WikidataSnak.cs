namespace FactBase.Cli.Importing.Wikidata;

/// <summary>
/// The value part of a statement or qualifier, as far as the importer reads it: an item, a time or a text in a
/// language; or the knowledge that there is some value not given (<c>somevalue</c>) or none (<c>novalue</c>).
/// </summary>
/// <param name="Kind">Whether a value is given.</param>
/// <param name="Item">The item id (<c>Q5</c>) of an item value.</param>
/// <param name="Time">A time value.</param>
/// <param name="Text">The text of a monolingual text value.</param>
/// <param name="Language">Its language.</param>
internal sealed record WikidataSnak(WikidataSnakKind Kind, string? Item, WikidataTime? Time, string? Text, string? Language)
{
    /// <summary>A snak whose value is unknown (<c>somevalue</c>).</summary>
    public static WikidataSnak Unknown { get; } = new(WikidataSnakKind.SomeValue, null, null, null, null);

    /// <summary>A snak that says there is no value (<c>novalue</c>).</summary>
    public static WikidataSnak None { get; } = new(WikidataSnakKind.NoValue, null, null, null, null);
}

/// <summary>The snak types of Wikidata.</summary>
internal enum WikidataSnakKind
{
    /// <summary>A value is given.</summary>
    Value,

    /// <summary>There is a value, but it is not known (<c>somevalue</c>).</summary>
    SomeValue,

    /// <summary>There is no value (<c>novalue</c>).</summary>
    NoValue,
}
