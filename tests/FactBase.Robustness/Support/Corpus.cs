using FactBase.Checking;
using FactBase.Loading;

namespace FactBase.Robustness.Support;

/// <summary>The real inputs the fuzz tests start from, and a checker over the starter facts.</summary>
internal static class Corpus
{
    private static readonly Lazy<IReadOnlyList<(string Path, string Text)>> FactFilesLazy = new(() => Load("facts", "*.yaml"));
    private static readonly Lazy<IReadOnlyList<(string Path, string Text)>> ArticlesLazy = new(() => Load("articles", "*.*"));
    private static readonly Lazy<FactChecker> CheckerLazy = new(() =>
    {
        var result = FactLoader.LoadText(FactFiles);
        Assert.False(result.HasErrors, string.Join(Environment.NewLine, result.Diagnostics));
        return new FactChecker(result.KnowledgeBase);
    });

    /// <summary>The repository's fact files (facts/), path relative to the corpus folder.</summary>
    public static IReadOnlyList<(string Path, string Text)> FactFiles => FactFilesLazy.Value;

    /// <summary>The evaluation articles (tests/FactBase.Tests/Eval).</summary>
    public static IReadOnlyList<(string Path, string Text)> Articles => ArticlesLazy.Value;

    /// <summary>A checker over the starter knowledge base, shared (it is thread-safe).</summary>
    public static FactChecker Checker => CheckerLazy.Value;

    /// <summary>The folder holding the corpus copies.</summary>
    public static string Root => Path.Combine(AppContext.BaseDirectory, "Corpus");

    /// <summary>The repository root (where FactBase.sln is), for docs.</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "FactBase.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("FactBase.sln not found above " + AppContext.BaseDirectory);
        }
    }

    private static IReadOnlyList<(string, string)> Load(string folder, string pattern)
    {
        var root = Path.Combine(Root, folder);
        var files = Directory.EnumerateFiles(root, pattern, SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".expect.yaml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(Root, f).Replace('\\', '/'), File.ReadAllText(f)))
            .ToList();
        Assert.NotEmpty(files);
        return files;
    }
}
