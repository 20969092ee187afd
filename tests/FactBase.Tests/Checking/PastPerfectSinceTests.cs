using FactBase.Checking;
using FactBase.Checking.Rules;

namespace FactBase.Tests.Checking;

/// <summary>
/// "X, who had been TITLE since YEAR": a run told in the past perfect reaches up to the time the sentence speaks of (or the
/// article's, when the only year written is the one after "since"), and may have ended in the weeks before it. Wrong when
/// the unbroken run began after the year written; a later year is true as far as it goes.
/// </summary>
public sealed class PastPerfectSinceTests
{
    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    [Theory]
    [InlineData("Dmitry Medvedev, who had been prime minister since 2009, stepped down with his cabinet.", "2020-01-20", "Dmitry Medvedev, who had been prime minister since 2009")]
    [InlineData("In 2021, Angela Merkel, who had been chancellor since 2003, handed over to Olaf Scholz.", "2022-01-01", "Angela Merkel, who had been chancellor since 2003")]
    public void A_run_that_began_later_than_written_is_contradicted(string text, string asOf, string span)
        => Assert.Contains(CheckAssert.Findings(Starter, text, asOf), f => f.Rule == RuleCatalog.Role.Name && f.Text == span && f.Verdict.ToString() == "Contradicted");

    [Theory]
    [InlineData("Dmitry Medvedev, who had been prime minister since 2012, stepped down with his cabinet.", "2020-01-20", "Dmitry Medvedev, who had been prime minister since 2012")]
    [InlineData("In 2021, Angela Merkel, who had been chancellor since 2005, handed over to Olaf Scholz.", "2022-01-01", "Angela Merkel, who had been chancellor since 2005")]
    public void The_true_twin_is_supported(string text, string asOf, string span)
    {
        var findings = CheckAssert.Findings(Starter, text, asOf);
        Assert.Contains(findings, f => f.Rule == RuleCatalog.Role.Name && f.Text == span && f.Verdict.ToString() == "Supported");
        Assert.DoesNotContain(findings, f => f.Verdict.ToString() != "Supported");
    }

    [Theory]
    // The run ended long before the time spoken of: which run is meant is not said.
    [InlineData("Dmitry Medvedev, who had been prime minister since 2009, now chairs a council.", "2024-06-01")]
    // "had held the post" is another reading's; "has been" is read as now.
    [InlineData("Angela Merkel, who had been party leader since 2000, stepped down.", "2018-12-07")]
    public void Runs_the_facts_cannot_place_stay_silent(string text, string asOf)
        => CheckAssert.NoAlarm(Starter, text, asOf);
}
