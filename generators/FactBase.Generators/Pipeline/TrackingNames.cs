namespace FactBase.Generators;

/// <summary>Names of the pipeline steps, so caching tests can find them in the driver's tracked steps.</summary>
public static class TrackingNames
{
    /// <summary>Each YAML additional file read into path and text.</summary>
    public const string ReadFactFile = nameof(ReadFactFile);

    /// <summary>The generator's MSBuild options.</summary>
    public const string Options = nameof(Options);

    /// <summary>Each fact file parsed by <c>FactFileParser.Parse</c>.</summary>
    public const string ParseFactFile = nameof(ParseFactFile);

    /// <summary>All parsed files joined by <c>KnowledgeBaseBuilder.Build</c>, with the C# planned: the knowledge-wide frame and one input per entity.</summary>
    public const string BuildKnowledgeBase = nameof(BuildKnowledgeBase);

    /// <summary>Each entity's C# (its nested class and its data method), cached per entity.</summary>
    public const string EmitEntity = nameof(EmitEntity);

    /// <summary>The frame and every entity's C# joined into the two generated files.</summary>
    public const string EmitSources = nameof(EmitSources);

    /// <summary>Each article (<c>FactBaseArticle</c>) read into path and text.</summary>
    public const string ReadArticle = nameof(ReadArticle);

    /// <summary>The article checker's MSBuild options (<c>FactBaseAsOf</c>).</summary>
    public const string ArticleOptions = nameof(ArticleOptions);

    /// <summary>The parsed fact files gathered for the article checker (only when there are articles).</summary>
    public const string CheckerKnowledge = nameof(CheckerKnowledge);

    /// <summary>Each article parsed and checked by <c>FactChecker</c>.</summary>
    public const string CheckArticle = nameof(CheckArticle);
}
