using System.Reflection;

namespace FactBase.Generators.Tests.Infrastructure;

/// <summary>Folders the tests read: the repository, its facts/, the fixtures and the baselines.</summary>
public static class TestPaths
{
    /// <summary>The repository root, recorded at build time.</summary>
    public static string RepositoryRoot { get; } =
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

    /// <summary>The build configuration the tests (and so the generator next to them) were built in.</summary>
    public static string Configuration { get; } =
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Configuration").Value!;

    /// <summary>The repository's starter knowledge base.</summary>
    public static string RepositoryFacts => Path.Combine(RepositoryRoot, "facts");

    /// <summary>The small fixture knowledge base, copied next to the test assembly.</summary>
    public static string FixtureFacts => Path.Combine(AppContext.BaseDirectory, "Fixtures", "facts");

    /// <summary>The baselines in the source tree (not bin), so updates land in git.</summary>
    public static string Baselines => Path.Combine(RepositoryRoot, "tests", "FactBase.Generators.Tests", "Baselines");

    /// <summary>Every fact file under <paramref name="folder"/>, in the loader's order, as (path, text).</summary>
    public static IReadOnlyList<(string Path, string Text)> ReadFactFiles(string folder)
        => Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (f, File.ReadAllText(f)))
            .ToList();

    /// <summary>Whether the repository's facts/ holds the entities the consumer contract needs.</summary>
    public static bool RepositoryFactsReady
        => Directory.Exists(RepositoryFacts)
           && Directory.EnumerateFiles(RepositoryFacts, "*.yaml", SearchOption.AllDirectories).Any(f => File.ReadAllText(f).Contains("id: mark-rutte", StringComparison.Ordinal));
}
