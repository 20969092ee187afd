namespace FactBase.Generators;

/// <summary>One article (a <c>FactBaseArticle</c> additional file) as read from the compilation: plain, equatable values.</summary>
/// <param name="FullPath">The file's path as the compiler knows it; findings are reported there.</param>
/// <param name="Text">The file's content, or <see langword="null"/> when it cannot be read.</param>
internal sealed record ArticleInput(string FullPath, string? Text);
