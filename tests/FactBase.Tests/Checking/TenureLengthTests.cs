using FactBase.Checking;
using FactBase.Checking.Findings;
using FactBase.Checking.Rules;

namespace FactBase.Tests.Checking;

/// <summary>
/// How long a person held an office ("after 16 years as chancellor", "a reign of seventy years", "nearly a decade as
/// secretary general") is checked against the terms the facts give: an exact number when it is the length rounded either
/// way, a bound or a round number when the length is on its side or near it.
/// </summary>
public sealed class TenureLengthTests
{
    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    // Angela Merkel: chancellor 22 November 2005 to 8 December 2021 (16 years). Elizabeth II: monarch 6 February 1952 to
    // 8 September 2022 (70 years). Jens Stoltenberg: NATO secretary general 1 October 2014 to 1 October 2024 (10 years).
    [Theory]
    [InlineData("Angela Merkel left office after 14 years as chancellor.", "14 years as chancellor", "16")]
    [InlineData("Queen Elizabeth II died at Balmoral after a reign of sixty years.", "sixty years", "71")]
    [InlineData("Angela Merkel, whose 12-year tenure ended in 2021, spoke in Berlin.", "12-year tenure", "16")]
    [InlineData("Jens Stoltenberg left after nearly two decades as NATO secretary general.", "nearly two decades as NATO secretary general", "10")]
    public void A_wrong_length_of_a_tenure_is_flagged(string text, string span, string expected)
    {
        var finding = Assert.Single(CheckAssert.Findings(Starter, text, "2025-01-10"), f => f.Rule == RuleCatalog.Role.Name && f.Verdict != Verdict.Supported);
        Assert.Equal((span, Verdict.Contradicted, expected), (finding.Text, finding.Verdict, finding.Expected));
        Assert.Null(finding.Suggestion);
    }

    [Theory]
    [InlineData("Angela Merkel left office after 16 years as chancellor.", "16 years as chancellor")]
    [InlineData("Queen Elizabeth II died at Balmoral after a reign of seventy years.", "seventy years")]
    [InlineData("Angela Merkel, whose 16-year tenure ended in 2021, spoke in Berlin.", "16-year tenure")]
    [InlineData("Jens Stoltenberg left after a decade as NATO secretary general.", "a decade as NATO secretary general")]
    [InlineData("Jens Stoltenberg left after nearly ten years as NATO secretary general.", "nearly ten years as NATO secretary general")]
    public void The_right_length_of_a_tenure_is_confirmed(string text, string span)
    {
        var findings = CheckAssert.Findings(Starter, text, "2025-01-10");
        Assert.Equal(Verdict.Supported, Assert.Single(findings, f => f.Text == span).Verdict);
        Assert.DoesNotContain(findings, f => f.Verdict != Verdict.Supported);
    }

    [Theory]
    [InlineData("Olaf Scholz met Angela Merkel. Scholz praised her 12 years as chancellor.")] // "her" with two people
    [InlineData("Emmanuel Macron hopes to spend 20 years as president.")] // a wish
    [InlineData("Angela Merkel said: \"I will not serve 20 years as chancellor.\"")] // quoted words, and a time to come
    [InlineData("Angela Merkel spent her first 4 years as chancellor in a grand coalition.")] // part of the term
    [InlineData("Jens Stoltenberg spent 3 years in office as a young minister.")] // two offices: which is not said
    public void A_length_that_may_be_of_someone_else_or_part_of_a_term_raises_no_alarm(string text)
        => CheckAssert.NoAlarm(Starter, text, "2025-01-10");
}
