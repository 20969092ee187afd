namespace FactBase.Generators;

/// <summary>What the FactBase generator makes of an additional file.</summary>
internal enum AdditionalFileKind
{
    /// <summary>Not FactBase's: left alone.</summary>
    Other,

    /// <summary>A YAML fact file (or vocabulary): compiled into <c>Facts</c>.</summary>
    Fact,

    /// <summary>An article (a <c>FactBaseArticle</c> item): checked against the facts.</summary>
    Article,
}
