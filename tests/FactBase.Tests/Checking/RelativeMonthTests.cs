using FactBase.Checking.Rules;

namespace FactBase.Tests.Checking;

/// <summary>
/// A month of a year told relatively ("in April of last year", "in March two years earlier", "June that year"), and times
/// relative to the article for every dated verb ("who died two years ago"), issue 15. Each wrong claim has a true twin in
/// the same phrasing. Starter facts: Finland joined NATO 2023-04-04, Sweden 2024-03-07, Albania 2009-04-01; Kofi Annan died
/// 2018-08-18.
/// </summary>
public sealed class RelativeMonthTests
{
    private static readonly FactBase.Checking.FactChecker Checker = TestKnowledgeBases.StarterChecker;

    [Theory]
    [InlineData("Sweden, which joined NATO in April of last year, hosted the drill.", "April of last year", "contradicted")]
    [InlineData("Finland, which joined NATO in April of last year, hosted the drill.", "April of last year", "supported")]
    [InlineData("Finland, which joined NATO in March of this year, hosted the drill.", "March of this year", "contradicted")]
    [InlineData("Sweden, which joined NATO in March of this year, hosted the drill.", "March of this year", "supported")]
    public void A_month_of_last_year_is_that_month(string text, string span, string verdict)
    {
        var finding = Assert.Single(CheckAssert.Findings(Checker, text, "2024-06-10"), f => f.Rule == RuleCatalog.Date.Name);
        Assert.Equal(span, finding.Text);
        Assert.Equal(verdict, finding.Verdict.ToString().ToLowerInvariant());
        Assert.Null(finding.Suggestion); // a relative time is never rewritten
    }

    [Theory]
    [InlineData("In 2004, seven countries joined NATO. Albania joined NATO in April five years later.", "supported")]
    [InlineData("In 2004, seven countries joined NATO. Albania joined NATO in April eight years later.", "contradicted")]
    public void A_month_counted_from_the_narrative_is_checked(string text, string verdict)
        => Assert.Contains(CheckAssert.Findings(Checker, text, "2025-02-10"), f => f.Rule == RuleCatalog.Date.Name && f.Text.StartsWith("April", StringComparison.Ordinal) && f.Verdict.ToString().ToLowerInvariant() == verdict);

    [Theory]
    [InlineData("Kofi Annan, who died four years ago, was remembered.", "contradicted")]
    [InlineData("Kofi Annan, who died seven years ago, was remembered.", "supported")]
    public void A_death_told_relative_to_the_article_is_checked(string text, string verdict)
        => Assert.Contains(CheckAssert.Findings(Checker, text, "2025-02-10"), f => f.Rule == RuleCatalog.Date.Name && f.Text.EndsWith("years ago", StringComparison.Ordinal) && f.Verdict.ToString().ToLowerInvariant() == verdict);

    [Theory]
    [InlineData("Finland, which joined NATO in March, hosted the drill.", "contradicted")]
    [InlineData("Sweden, which joined NATO in March, hosted the drill.", "supported")]
    public void A_month_with_no_year_is_the_most_recent_one(string text, string verdict)
        => CheckAssert.Single(Checker, text, "2024-06-10", RuleCatalog.Date.Name, "March", verdict, verdict == "supported" ? null : "2023-04", null);

    [Fact]
    public void A_month_with_no_year_in_a_sentence_that_names_a_year_stays_silent()
        => CheckAssert.NoAlarm(Checker, "Finland, which joined NATO in March, had applied in 2022.", "2024-06-10");

    [Theory]
    [InlineData("Finland, which joined NATO in April of next year, hosted the drill.")]
    [InlineData("Finland, which joined NATO in April of that year, hosted the drill.")] // no narrative time to count from
    public void A_month_of_a_year_that_cannot_be_placed_stays_silent(string text)
        => CheckAssert.None(Checker, text, "2025-02-10", RuleCatalog.Date.Name);
}
