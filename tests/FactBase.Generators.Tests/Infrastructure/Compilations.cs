using FactBase.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FactBase.Generators.Tests.Infrastructure;

/// <summary>C# compilations for the generated code: the running framework's assemblies plus FactBase.dll.</summary>
public static class Compilations
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> LazyReferences = new(LoadReferences);

    /// <summary>The framework's assemblies and FactBase.</summary>
    public static IReadOnlyList<MetadataReference> References => LazyReferences.Value;

    /// <summary>A library compilation of <paramref name="sources"/> with the default references.</summary>
    public static CSharpCompilation Create(params string[] sources)
        => Create(CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest), sources);

    /// <summary>A library compilation of <paramref name="sources"/> parsed with <paramref name="parseOptions"/>.</summary>
    public static CSharpCompilation Create(CSharpParseOptions parseOptions, params string[] sources)
        => CSharpCompilation.Create(
            "FactBase.GeneratedTest",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, parseOptions, path: $"Source{i}.cs")),
            References,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: parseOptions.LanguageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable));

    private static IReadOnlyList<MetadataReference> LoadReferences()
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var framework = trusted
            .Where(p => Path.GetFileName(p) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "mscorlib.dll" or "netstandard.dll"))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p));
        return framework.Append(MetadataReference.CreateFromFile(typeof(KnowledgeBase).Assembly.Location)).ToList();
    }
}
