namespace FactBase.Generators.Tests.Infrastructure;

/// <summary>The fixture fact set (Fixtures/facts), fed to the generator under machine-independent paths.</summary>
public static class FixtureFacts
{
    /// <summary>The root the fixture files appear under; generated locations are relative to it.</summary>
    public const string Root = "/fixture";

    /// <summary>The fixture files as (path, text), with paths <c>/fixture/facts/...</c>.</summary>
    public static IReadOnlyList<(string Path, string Text)> Files
        => TestPaths.ReadFactFiles(TestPaths.FixtureFacts)
            .Select(f => (Root + "/facts/" + Path.GetRelativePath(TestPaths.FixtureFacts, f.Path).Replace('\\', '/'), f.Text.Replace("\r\n", "\n", StringComparison.Ordinal)))
            .ToList();

    /// <summary>Runs the generator over the fixture set, with paths relative to <see cref="Root"/>.</summary>
    public static GeneratorOutcome Run(params string[] sources)
        => GeneratorRunner.Run(Files, new Dictionary<string, string> { ["build_property.FactBasePathRoot"] = Root }, sources);

    /// <summary>Replaces the generator's version, so baselines survive version bumps.</summary>
    public static string Scrub(string generated)
        => generated.Replace(GeneratedCode.AttributeLine, "[global::System.CodeDom.Compiler.GeneratedCode(\"FactBase.Generators\", \"<version>\")]", StringComparison.Ordinal);
}
