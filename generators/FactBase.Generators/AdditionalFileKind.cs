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

    /// <summary>A fact file that the FactBase package brings (the standard vocabulary, the starter facts): compiled in
    /// under the project's own fact files, which replace any entity or property they define again.</summary>
    Standard,
}
