namespace FactBase.Generators;

/// <summary>One YAML additional file as read from the compilation: plain, equatable values.</summary>
/// <param name="FullPath">The file's path as the compiler knows it (used to locate diagnostics).</param>
/// <param name="Text">The file's content, or <see langword="null"/> when it cannot be read.</param>
internal sealed record FactFileInput(string FullPath, string? Text);
