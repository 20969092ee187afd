using FactBase.Parsing;

namespace FactBase.Generators;

/// <summary>The output of the <c>ParseFactFile</c> step: a parsed file and what is needed to locate its diagnostics.</summary>
/// <param name="FullPath">The file's path as the compiler knows it; diagnostics are reported there.</param>
/// <param name="Text">The file's content, to turn line and column into a text span.</param>
/// <param name="File">What <see cref="FactFileParser"/> made of it (paths in it are display paths).</param>
/// <param name="IsStandard">Whether the package brings it: the project's own files layer over it (<see cref="FactFileLayering"/>).</param>
internal sealed record ParsedFactFile(string FullPath, string Text, FactFile File, bool IsStandard = false);
