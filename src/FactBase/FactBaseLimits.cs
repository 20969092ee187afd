namespace FactBase;

/// <summary>
/// The limits FactBase puts on its inputs, in one place (see <c>docs/limits.md</c>). Each bounds the
/// memory or time a hostile or broken input can cost; going past one is a clear error
/// (<c>FB0013</c> for fact files, an <c>error:</c> line and exit code 2 in the CLI), never a crash or a hang.
/// </summary>
/// <remarks>
/// Real fact files and articles are far below every limit. The article size and the number of entities are
/// configurable (<c>factbase check --max-file-size</c>, <c>--max-entities</c>); the limits on each fact file are
/// fixed because the generator and the run-time loader must agree on what a valid file is.
/// </remarks>
public static class FactBaseLimits
{
    /// <summary>The largest fact file read, in characters (bytes on disk): 16 MiB. The starter files are a few KB.</summary>
    public const int MaxFactFileLength = 16 * 1024 * 1024;

    /// <summary>The deepest nesting of YAML mappings and sequences: 64. The fact format needs about five.</summary>
    public const int MaxYamlDepth = 64;

    /// <summary>The most YAML aliases (<c>*name</c>) in one fact file: 1,000. The fact format needs none.</summary>
    public const int MaxYamlAliases = 1000;

    /// <summary>
    /// The most YAML nodes that aliases may add to one file when expanded: 100,000. Aliases are kept
    /// as references, never copied, but this bounds the work of anything that walks them, so an alias
    /// bomb ("billion laughs") is refused at once.
    /// </summary>
    public const int MaxYamlAliasExpansion = 100_000;

    /// <summary>
    /// The default most entities in one knowledge base: 5,000,000. The starter one has a few hundred; an import of every
    /// head of state, minister and party from Wikidata a few hundred thousand. <c>factbase check --max-entities</c>,
    /// <c>factbase lint --max-entities</c> and <c>max-entities:</c> in <c>.factbase.yaml</c> change it.
    /// </summary>
    public const int MaxEntities = 5_000_000;

    /// <summary>The default largest article <c>factbase check</c> reads, in bytes: 64 MiB (<c>--max-file-size</c> changes it).</summary>
    public const long DefaultMaxArticleBytes = 64L * 1024 * 1024;

    /// <summary>
    /// Name words longer than this (64 characters) are not indexed for misspelling detection, and
    /// article words longer than the longest indexed one are never looked up: the lookup costs the
    /// square of a word's length.
    /// </summary>
    public const int MaxSpellingWordLength = 64;
}
