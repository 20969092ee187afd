namespace FactBase.Generators;

/// <summary>One YAML additional file as read from the compilation: plain, equatable values.</summary>
/// <param name="FullPath">The file's path as the compiler knows it (used to locate diagnostics).</param>
/// <param name="Text">The file's content, or <see langword="null"/> when it cannot be read.</param>
/// <param name="IsStandard">Whether the package brings it (<see cref="AdditionalFileKind.Standard"/>): the project's own files layer over it.</param>
/// <param name="DisplayPath">The path to write in locations instead of one made from <see cref="FullPath"/>, or <see langword="null"/>.</param>
internal sealed record FactFileInput(string FullPath, string? Text, bool IsStandard = false, string? DisplayPath = null);
