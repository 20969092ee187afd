namespace FactBase.Generators;

/// <summary>One generated file: its hint name and C# text.</summary>
/// <param name="HintName">The name the compiler shows (<c>Facts.g.cs</c>).</param>
/// <param name="Text">The C# source.</param>
internal sealed record GeneratedSource(string HintName, string Text);
