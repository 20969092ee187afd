using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactBase.Generators;

/// <summary>
/// Sorts additional files into fact files, articles and others, by the <c>FactBaseKind</c> item metadata
/// (made visible with <c>CompilerVisibleItemMetadata</c>) and, when a file has none, by its extension.
/// </summary>
/// <remarks>
/// The package's targets mark <c>facts/**/*.yaml</c> with <c>FactBaseKind=Fact</c> and every <c>FactBaseArticle</c>
/// with <c>FactBaseKind=Article</c>. A <c>.yaml</c>/<c>.yml</c> additional file with no metadata is still a fact file,
/// so projects that add fact files by hand (<c>FactBaseIncludeFacts=false</c>) keep working; any other value
/// (for instance <c>None</c>) keeps a YAML file meant for another tool out of the knowledge base.
/// </remarks>
internal static class AdditionalFileClassifier
{
    /// <summary>The key of the item metadata in the analyzer options of an additional file.</summary>
    public const string KindMetadata = "build_metadata.AdditionalFiles.FactBaseKind";

    /// <summary>The key of the item metadata that names a file in locations instead of its path (set on the files the
    /// package brings, so no machine's package folder is written into the compiled knowledge base).</summary>
    public const string DisplayPathMetadata = "build_metadata.AdditionalFiles.FactBaseDisplayPath";

    /// <summary>Classifies one additional file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">The file's analyzer options (its item metadata).</param>
    /// <returns>Its kind.</returns>
    public static AdditionalFileKind Classify(string path, AnalyzerConfigOptions options)
    {
        var kind = options.TryGetValue(KindMetadata, out var value) && value is not null ? value.Trim() : string.Empty;
        if (kind.Length == 0)
        {
            return FactsGenerator.IsFactFile(path) ? AdditionalFileKind.Fact : AdditionalFileKind.Other;
        }

        if (string.Equals(kind, nameof(AdditionalFileKind.Fact), StringComparison.OrdinalIgnoreCase))
        {
            return AdditionalFileKind.Fact;
        }

        if (string.Equals(kind, nameof(AdditionalFileKind.Standard), StringComparison.OrdinalIgnoreCase))
        {
            return AdditionalFileKind.Standard;
        }

        return string.Equals(kind, nameof(AdditionalFileKind.Article), StringComparison.OrdinalIgnoreCase) ? AdditionalFileKind.Article : AdditionalFileKind.Other;
    }

    /// <summary>The display path an additional file's metadata gives it, with <c>/</c> separators; <see langword="null"/> for none.</summary>
    /// <param name="options">The file's analyzer options (its item metadata).</param>
    /// <returns>The display path, or <see langword="null"/>.</returns>
    public static string? DisplayPath(AnalyzerConfigOptions options)
        => options.TryGetValue(DisplayPathMetadata, out var value) && value is not null && value.Trim().Length > 0 ? value.Trim().Replace('\\', '/') : null;
}
