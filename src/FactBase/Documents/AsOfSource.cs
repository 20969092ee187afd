namespace FactBase.Documents;

/// <summary>Where a document's as-of date came from.</summary>
public enum AsOfSource
{
    /// <summary>Given explicitly (<c>--as-of</c>).</summary>
    Option,

    /// <summary>Written in the document: front matter <c>date:</c> or a first line <c>date YYYY-MM-DD</c>.</summary>
    Document,

    /// <summary>From the configuration file.</summary>
    Config,

    /// <summary>Nothing said; today's date was used.</summary>
    Today,
}
