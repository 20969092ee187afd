using Microsoft.CodeAnalysis;

namespace FactBase.Generators.Tests.Infrastructure;

/// <summary>
/// Runs the generator over fact files and articles as the package's targets pass them: articles are additional files
/// with the item metadata <c>FactBaseKind=Article</c>.
/// </summary>
public static class ArticleRunner
{
    /// <summary>The key of the FactBaseKind item metadata, as the compiler passes it.</summary>
    public const string KindKey = "build_metadata.AdditionalFiles.FactBaseKind";

    /// <summary>Analyzer options marking <paramref name="articlePaths"/> as articles.</summary>
    public static TestOptionsProvider Options(IEnumerable<string> articlePaths, IReadOnlyDictionary<string, string>? globalOptions = null)
        => new(
            globalOptions,
            articlePaths.ToDictionary(p => p, _ => (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { [KindKey] = "Article" }));

    /// <summary>A driver over facts and articles.</summary>
    public static GeneratorDriver CreateDriver(IEnumerable<(string Path, string Text)> facts, IEnumerable<(string Path, string Text)> articles, IReadOnlyDictionary<string, string>? globalOptions = null)
    {
        var articleList = articles.ToList();
        var texts = facts.Concat(articleList).Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToList();
        return GeneratorRunner.CreateDriver(texts, Options(articleList.Select(a => a.Path), globalOptions));
    }

    /// <summary>Runs the generator over the fixture facts (paths relative to <see cref="FixtureFacts.Root"/>) and the given articles.</summary>
    public static GeneratorOutcome Run(IEnumerable<(string Path, string Text)> articles, IReadOnlyDictionary<string, string>? globalOptions = null)
    {
        var options = new Dictionary<string, string>(globalOptions ?? new Dictionary<string, string>()) { ["build_property.FactBasePathRoot"] = FixtureFacts.Root };
        return Run(FixtureFacts.Files, articles, options);
    }

    /// <summary>Runs the generator over facts and articles.</summary>
    public static GeneratorOutcome Run(IEnumerable<(string Path, string Text)> facts, IEnumerable<(string Path, string Text)> articles, IReadOnlyDictionary<string, string>? globalOptions)
        => GeneratorRunner.Run(CreateDriver(facts, articles, globalOptions), Compilations.Create());
}
