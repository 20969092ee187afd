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

    /// <summary>All parsed files joined by <c>KnowledgeBaseBuilder.Build</c> and emitted as C#.</summary>
    public const string BuildKnowledgeBase = nameof(BuildKnowledgeBase);
}
