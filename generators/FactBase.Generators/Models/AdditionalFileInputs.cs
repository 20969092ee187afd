namespace FactBase.Generators;

/// <summary>One YAML additional file as read from the compilation: plain, equatable values.</summary>
/// <param name="FullPath">The file's path as the compiler knows it (used to locate diagnostics).</param>
/// <param name="Text">The file's content, or <see langword="null"/> when it cannot be read.</param>
/// <param name="IsStandard">Whether the package brings it (<see cref="AdditionalFileKind.Standard"/>): the project's own files layer over it.</param>
/// <param name="DisplayPath">The path to write in locations instead of one made from <see cref="FullPath"/>, or <see langword="null"/>.</param>
internal sealed record FactFileInput(string FullPath, string? Text, bool IsStandard = false, string? DisplayPath = null);

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

/// <summary>One article (a <c>FactBaseArticle</c> additional file) as read from the compilation: plain, equatable values.</summary>
/// <param name="FullPath">The file's path as the compiler knows it; findings are reported there.</param>
/// <param name="Text">The file's content, or <see langword="null"/> when it cannot be read.</param>
internal sealed record ArticleInput(string FullPath, string? Text);
