using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FactBase.Generators.Tests.Infrastructure;

/// <summary>What one run of the generator produced.</summary>
public sealed record GeneratorOutcome(GeneratorDriver Driver, GeneratorDriverRunResult RunResult, Compilation OutputCompilation)
{
    /// <summary>The generator's diagnostics.</summary>
    public ImmutableArray<Diagnostic> Diagnostics => RunResult.Results.Single().Diagnostics;

    /// <summary>Generated source by hint name.</summary>
    public IReadOnlyDictionary<string, string> Sources
        => RunResult.Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());

    /// <summary>The exception the driver caught, if the generator let one escape (it never should).</summary>
    public Exception? Exception => RunResult.Results.Single().Exception;

    /// <summary>Compiler errors of the compilation with the generated code added.</summary>
    public IReadOnlyList<Diagnostic> CompilationErrors
        => OutputCompilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
}

/// <summary>Runs <see cref="FactsGenerator"/> in-process, with step tracking on.</summary>
public static class GeneratorRunner
{
    public static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);

    /// <summary>A driver over the given fact files and MSBuild properties (<c>build_property.X</c>).</summary>
    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> files, IReadOnlyDictionary<string, string>? options = null, CSharpParseOptions? parseOptions = null)
        => CreateDriver(files, new TestOptionsProvider(options), parseOptions);

    /// <summary>A driver over the given additional files and analyzer options (global and per file).</summary>
    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> files, TestOptionsProvider options, CSharpParseOptions? parseOptions = null)
        => CSharpGeneratorDriver.Create(
            new[] { new FactsGenerator().AsSourceGenerator() },
            additionalTexts: files,
            parseOptions: parseOptions ?? ParseOptions,
            optionsProvider: options,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator over in-memory fact files (path, text) and an optional C# source.</summary>
    public static GeneratorOutcome Run(IEnumerable<(string Path, string Text)> files, IReadOnlyDictionary<string, string>? options = null, params string[] sources)
    {
        var driver = CreateDriver(files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)), options);
        return Run(driver, Compilations.Create(sources));
    }

    /// <summary>Runs a driver over a compilation.</summary>
    public static GeneratorOutcome Run(GeneratorDriver driver, Compilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return new GeneratorOutcome(driver, driver.GetRunResult(), output);
    }

    /// <summary>Runs the generator over one fact file.</summary>
    public static GeneratorOutcome RunOne(string path, string text, IReadOnlyDictionary<string, string>? options = null)
        => Run(new[] { (path, text) }, options);
}
