using FactBase.Checking;
using FactBase.Checking.Rules;

namespace FactBase.Tests.Checking;

/// <summary>
/// "X, who succeeded him as TITLE in YEAR" and "X replaced Y as TITLE in YEAR" date the successor's term like "X became
/// TITLE in YEAR": the one replaced may be a pronoun, the office is the one by that title the successor held.
/// </summary>
public sealed class SucceededAsTests
{
    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    [Theory]
    [InlineData("Horst Köhler stepped down in 2010. Christian Wulff, who succeeded him as president in 2011, lasted less than two years.", "Christian Wulff, who succeeded him as president in 2011", "contradicted")]
    [InlineData("Horst Köhler stepped down in 2010. Christian Wulff, who succeeded him as president in 2010, lasted less than two years.", "Christian Wulff, who succeeded him as president in 2010", "supported")]
    [InlineData("Rishi Sunak replaced Liz Truss as prime minister in 2023 after her budget failed.", null, null)]
    [InlineData("Rishi Sunak replaced Liz Truss as prime minister in 2021.", "Rishi Sunak replaced Liz Truss as prime minister in 2021", "contradicted")]
    [InlineData("Rishi Sunak replaced Liz Truss as prime minister in October 2022.", "Rishi Sunak replaced Liz Truss as prime minister in October 2022", "supported")]
    public void The_date_of_taking_over_is_when_the_term_began(string text, string? span, string? verdict)
    {
        var terms = CheckAssert.Findings(Starter, text, "2025-01-31").Where(f => f.Rule == RuleCatalog.Role.Name && f.Message.Contains("became", StringComparison.Ordinal)).ToList();
        if (span is null)
        {
            Assert.Empty(terms);
            return;
        }

        var finding = Assert.Single(terms);
        Assert.Equal(span, finding.Text);
        Assert.Equal(verdict, finding.Verdict.ToString().ToLowerInvariant());
    }

    [Theory]
    // Another body's title (also in the passive), a title followed by its body and a succession to come say nothing of the
    // term.
    [InlineData("Rishi Sunak replaced Liz Truss as party leader in 2021.")]
    [InlineData("Rishi Sunak replaced Liz Truss as president of the club in 2021.")]
    [InlineData("Rishi Sunak was replaced by Keir Starmer as party leader in 2021.")]
    [InlineData("Keir Starmer will replace Rishi Sunak as prime minister in 2021.")]
    public void Other_bodies_and_voices_stay_silent(string text)
        => CheckAssert.NoAlarm(Starter, text, "2025-01-31");
}
