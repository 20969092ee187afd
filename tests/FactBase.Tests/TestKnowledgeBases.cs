using FactBase.Checking;
using FactBase.Knowledge;
using FactBase.Loading;

namespace FactBase.Tests;

/// <summary>Knowledge bases shared by the tests, loaded once.</summary>
internal static class TestKnowledgeBases
{
    private static readonly Lazy<KnowledgeBase> StarterLazy = new(() => Load("facts"));
    private static readonly Lazy<KnowledgeBase> FixtureLazy = new(() => Load(Path.Combine("Fixtures", "facts")));
    private static readonly Lazy<FactChecker> StarterCheckerLazy = new(() => new FactChecker(Starter));
    private static readonly Lazy<FactChecker> FixtureCheckerLazy = new(() => new FactChecker(Fixture));

    /// <summary>The repository's starter knowledge base (facts/), loaded with the run-time loader.</summary>
    public static KnowledgeBase Starter => StarterLazy.Value;

    /// <summary>Made-up entities with their own vocabulary (Fixtures/facts).</summary>
    public static KnowledgeBase Fixture => FixtureLazy.Value;

    public static FactChecker StarterChecker => StarterCheckerLazy.Value;

    public static FactChecker FixtureChecker => FixtureCheckerLazy.Value;

    private static KnowledgeBase Load(string folder)
    {
        var result = FactLoader.Load(new[] { Path.Combine(AppContext.BaseDirectory, folder) });
        Assert.False(result.HasErrors, string.Join(Environment.NewLine, result.Diagnostics));
        return result.KnowledgeBase;
    }
}
