using FactBase.Checking;
using FactBase.Checking.Rules;
using FactBase.Diagnostics;
using FactBase.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FactBase.Generators.Tests.Articles;

/// <summary>
/// Articles (additional files with <c>FactBaseKind=Article</c>) are checked against the project's facts during the
/// build: each non-supported finding is a diagnostic <c>FB1001</c>...<c>FB1006</c> at the article's line and column.
/// </summary>
public sealed class ArticleCheckTests
{
    private const string ArticlePath = "/fixture/content/news.md";

    /// <summary>The fixture facts use two undeclared properties on purpose (FB0011 warnings); not the articles' business.</summary>
    private const string FixtureWarning = FactDiagnosticIds.UnknownProperty;

    [Fact]
    public void Contradicted_founding_year_is_FB1002_at_the_article_line_and_column()
    {
        var outcome = ArticleRunner.Run(new[] { (ArticlePath, "---\ndate: 2025-03-07\n---\nNATO, founded in 1948, met in Brussels.\n") });

        var diagnostic = Diagnostics.DiagnosticAssert.Single(outcome, RuleCatalog.Date.Code, ArticlePath, 4, 18, FixtureWarning);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.DefaultSeverity);
        var end = diagnostic.Location.GetLineSpan().EndLinePosition;
        Assert.Equal((4, 22), (end.Line + 1, end.Character + 1));
        Assert.Equal("NATO was founded on 4 April 1949, not in 1948 [date]", diagnostic.GetMessage());
        Assert.Equal("https://github.com/factbase/factbase/blob/HEAD/docs/rules.md#date", diagnostic.Descriptor.HelpLinkUri);

        // The related location is the fact in its YAML file.
        var fact = Assert.Single(diagnostic.AdditionalLocations).GetLineSpan();
        Assert.Equal("/fixture/facts/organizations/nato.yaml", fact.Path);
        Assert.Equal(10, fact.StartLinePosition.Line + 1);
    }

    [Fact]
    public void Supported_claims_and_clean_articles_report_nothing()
    {
        var outcome = ArticleRunner.Run(new[] { (ArticlePath, "---\ndate: 2025-03-07\n---\nNATO, founded in 1949, met. NATO Secretary General Mark Rutte spoke.\n") });

        Assert.Null(outcome.Exception);
        Assert.Empty(Relevant(outcome));
    }

    [Fact]
    public void Each_rule_reports_its_own_code()
    {
        var outcome = ArticleRunner.Run(new[]
        {
            (ArticlePath, "---\ndate: 2025-03-07\n---\nThe 70-year-old NATA met.\n\nNATO Secretary General Jens Stoltenberg spoke.\n\nNATO's 31 members met.\n"),
        });

        Assert.Null(outcome.Exception);
        var codes = Relevant(outcome).Select(d => d.Id).ToHashSet();
        Assert.Contains(RuleCatalog.EntityName.Code, codes);
        Assert.Contains(RuleCatalog.Age.Code, codes);
        Assert.Contains(RuleCatalog.Role.Code, codes);
        Assert.Contains(RuleCatalog.Count.Code, codes);
        Assert.All(Relevant(outcome), d => Assert.Equal(ArticlePath, d.Location.GetLineSpan().Path));
    }

    [Fact]
    public void An_undated_article_is_checked_as_of_FactBaseAsOf()
    {
        const string text = "NATO Secretary General Jens Stoltenberg spoke.\n";

        var in2020 = ArticleRunner.Run(new[] { (ArticlePath, text) }, new Dictionary<string, string> { ["build_property.FactBaseAsOf"] = "2020-01-01" });
        var in2025 = ArticleRunner.Run(new[] { (ArticlePath, text) }, new Dictionary<string, string> { ["build_property.FactBaseAsOf"] = "2025-03-07" });

        Assert.Empty(Relevant(in2020));
        Diagnostics.DiagnosticAssert.Single(in2025, RuleCatalog.Role.Code, ArticlePath, 1, 24, FixtureWarning);
    }

    [Fact]
    public void The_article_date_wins_over_FactBaseAsOf()
    {
        var outcome = ArticleRunner.Run(
            new[] { (ArticlePath, "---\ndate: 2020-01-01\n---\nNATO Secretary General Jens Stoltenberg spoke.\n") },
            new Dictionary<string, string> { ["build_property.FactBaseAsOf"] = "2025-03-07" });

        Assert.Null(outcome.Exception);
        Assert.Empty(Relevant(outcome));
    }

    [Fact]
    public void An_invalid_FactBaseAsOf_is_a_warning_and_is_ignored()
    {
        var outcome = ArticleRunner.Run(
            new[] { (ArticlePath, "---\ndate: 2025-03-07\n---\nNATO, founded in 1948, met.\n") },
            new Dictionary<string, string> { ["build_property.FactBaseAsOf"] = "March 2025" });

        var warning = Assert.Single(Relevant(outcome), d => d.Id == FactDiagnosticIds.InvalidValue);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("FactBaseAsOf 'March 2025'", warning.GetMessage(), StringComparison.Ordinal);
        Assert.Single(Relevant(outcome), d => d.Id == RuleCatalog.Date.Code);
    }

    [Fact]
    public void Suppression_comments_in_the_article_apply()
    {
        var outcome = ArticleRunner.Run(new[]
        {
            (ArticlePath, "---\ndate: 2025-03-07\n---\n<!-- factbase-disable-next-line date -->\nNATO, founded in 1948, met.\n\nNATO, founded in 1947, met again.\n"),
        });

        Diagnostics.DiagnosticAssert.Single(outcome, RuleCatalog.Date.Code, ArticlePath, 7, 18, FixtureWarning);
    }

    [Fact]
    public void Markdown_code_is_not_prose()
    {
        var outcome = ArticleRunner.Run(new[] { (ArticlePath, "---\ndate: 2025-03-07\n---\n`NATO, founded in 1948`\n\n```\nNATO, founded in 1948\n```\n") });

        Assert.Null(outcome.Exception);
        Assert.Empty(Relevant(outcome));
    }

    [Fact]
    public void Files_without_the_article_kind_are_not_checked()
    {
        // A Markdown additional file that is not a FactBaseArticle item, and a YAML file marked for another tool.
        var texts = FixtureFacts.Files
            .Append(("/fixture/content/notes.md", "---\ndate: 2025-03-07\n---\nNATO, founded in 1948, met.\n"))
            .Append(("/fixture/other/config.yaml", "not: a fact file\n"))
            .Select(f => (AdditionalText)new InMemoryAdditionalText(f.Item1, f.Item2));
        var options = new TestOptionsProvider(
            new Dictionary<string, string> { ["build_property.FactBasePathRoot"] = FixtureFacts.Root },
            new Dictionary<string, IReadOnlyDictionary<string, string>> { ["/fixture/other/config.yaml"] = new Dictionary<string, string> { [ArticleRunner.KindKey] = "None" } });

        var outcome = GeneratorRunner.Run(GeneratorRunner.CreateDriver(texts, options), Compilations.Create());

        Assert.Null(outcome.Exception);
        Assert.Empty(Relevant(outcome));
    }

    [Fact]
    public void Html_and_plain_text_articles_are_read_by_their_format()
    {
        var outcome = ArticleRunner.Run(new[]
        {
            ("/fixture/content/a.html", "<p>date 2025-03-07</p><p>NATO, founded in 1948, met.</p><!-- NATO, founded in 1947 -->"),
            ("/fixture/content/b.txt", "date 2025-03-07\nNATO, founded in 1948, met.\n"),
        });

        Assert.Null(outcome.Exception);
        Assert.Equal(new[] { "/fixture/content/a.html", "/fixture/content/b.txt" }, Relevant(outcome).Where(d => d.Id == RuleCatalog.Date.Code).Select(d => d.Location.GetLineSpan().Path).OrderBy(p => p, StringComparer.Ordinal));
        Assert.Equal(2, Relevant(outcome).Count);
    }

    [Fact]
    public void An_exception_while_checking_becomes_FB0012_at_the_article()
    {
        FactsGenerator.TestHook.Value = name =>
        {
            if (name == TrackingNames.CheckArticle)
            {
                throw new InvalidOperationException("boom in the checker");
            }
        };
        try
        {
            var outcome = ArticleRunner.Run(new[] { (ArticlePath, "NATO, founded in 1948, met.\n") });

            Assert.Null(outcome.Exception);
            var error = Diagnostics.DiagnosticAssert.Single(outcome, FactDiagnosticIds.InternalError, ArticlePath, 1, 1, FixtureWarning);
            Assert.Contains("boom in the checker", error.GetMessage(), StringComparison.Ordinal);
        }
        finally
        {
            FactsGenerator.TestHook.Value = null;
        }
    }

    private static List<Diagnostic> Relevant(GeneratorOutcome outcome) => outcome.Diagnostics.Where(d => d.Id != FixtureWarning).ToList();

    [Fact]
    public void Without_articles_no_knowledge_is_gathered_for_the_checker()
    {
        var driver = GeneratorRunner.CreateDriver(FixtureFacts.Files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)));
        driver = driver.RunGenerators(Compilations.Create());

        // Roslyn does not even run the step when no article pulls it; if it ever does, it must gather nothing.
        var steps = driver.GetRunResult().Results.Single().TrackedSteps;
        var outputs = steps.TryGetValue(TrackingNames.CheckerKnowledge, out var knowledge) ? knowledge.SelectMany(s => s.Outputs).ToList() : new();
        Assert.All(outputs, o => Assert.Same(CheckerKnowledge.None, o.Value));
        Assert.False(steps.ContainsKey(TrackingNames.CheckArticle));
    }
}
