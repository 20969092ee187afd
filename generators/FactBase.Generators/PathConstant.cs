namespace FactBase.Generators;

/// <summary>A fact file's path and the constant (<c>Path_0</c>) that stands for it in the generated data.</summary>
/// <param name="Path">The display path.</param>
/// <param name="Constant">The constant's name.</param>
internal sealed record PathConstant(string Path, string Constant);
