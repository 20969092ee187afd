using FactBase.Checking;
using FactBase.Checking.Findings;
using FactBase.Checking.Rules;
using FactBase.Documents;
using FactBase.Generators.Tests.Infrastructure;
using FactBase.Loading;
using FactBase.Model;

namespace FactBase.Generators.Tests.Articles;

/// <summary>
/// The build checks articles with the CLI's engine: over the repository's facts and the evaluation articles, the
/// generator's FB1xxx diagnostics are exactly the findings of <c>factbase check --no-builtin-facts --facts facts/</c>
/// (FactLoader + DocumentReader + FactChecker, as-of from the document, else today), same places, same messages.
/// </summary>
public sealed class SameFindingsAsCliTests
{
    [Fact]
    public void Build_diagnostics_equal_the_checker_findings_on_the_evaluation_articles()
    {
        var root = TestPaths.RepositoryRoot;
        var articles = Directory.EnumerateFiles(Path.Combine(root, "tests", "FactBase.Tests", "Eval"), "*.*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".md", StringComparison.Ordinal) || p.EndsWith(".txt", StringComparison.Ordinal))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (Path: p, Text: File.ReadAllText(p)))
            .ToList();
        Assert.True(articles.Count >= 10, $"only {articles.Count} evaluation articles found");

        var outcome = ArticleRunner.Run(TestPaths.ReadFactFiles(TestPaths.RepositoryFacts), articles, new Dictionary<string, string> { ["build_property.FactBasePathRoot"] = root });
        Assert.Null(outcome.Exception);
        var built = outcome.Diagnostics
            .Where(d => d.Id.StartsWith("FB1", StringComparison.Ordinal))
            .Select(d => (d.Location.GetLineSpan().Path, d.Id, Start: d.Location.GetLineSpan().StartLinePosition, End: d.Location.GetLineSpan().EndLinePosition, Message: d.GetMessage()))
            .Select(d => $"{d.Path}({d.Start.Line + 1},{d.Start.Character + 1},{d.End.Line + 1},{d.End.Character + 1}): {d.Id}: {d.Message}")
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToList();

        var knowledge = FactLoader.Load(new[] { TestPaths.RepositoryFacts });
        Assert.False(knowledge.HasErrors);
        var checker = new FactChecker(knowledge.KnowledgeBase);
        var today = FactDate.FromDateTime(DateTime.Today);
        var expected = new List<string>();
        foreach (var (path, text) in articles)
        {
            var document = DocumentReader.Read(text, DocumentReader.FormatOf(path));
            foreach (var f in checker.Check(document, document.Date ?? today).Findings.Where(f => f.Verdict != Verdict.Supported))
            {
                expected.Add($"{path}({f.Line},{f.Column},{f.EndLine},{f.EndColumn}): {RuleCatalog.CodeOf(f.Rule)}: {FindingDiagnostics.Message(f)}");
            }
        }

        expected.Sort(StringComparer.Ordinal);
        Assert.True(expected.Count >= 10, $"the evaluation articles gave only {expected.Count} findings");
        Assert.Equal(expected, built);
        Assert.True(built.Select(b => b.Split(": ")[1]).Distinct().Count() >= 5, "fewer than five rules were exercised:\n" + string.Join("\n", built));
    }
}
