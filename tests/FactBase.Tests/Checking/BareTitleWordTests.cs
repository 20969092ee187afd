using FactBase.Checking;
using FactBase.Checking.Rules;

namespace FactBase.Tests.Checking;

/// <summary>
/// A succession whose title is shortened to its main word after "as" ("X succeeded Y as secretary in 2015" of a defense
/// secretary): the word stands for the one office of the person replaced whose longer title has it.
/// </summary>
public sealed class BareTitleWordTests
{
    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    [Theory]
    [InlineData("Ash Carter, who succeeded Leon Panetta as secretary in February 2015, toured Iraq.", "2016-01-01", "Leon Panetta")]
    [InlineData("Jim Mattis replaced Chuck Hagel as secretary in January 2017.", "2018-01-01", "Chuck Hagel")]
    [InlineData("Anders Fogh Rasmussen succeeded George Robertson as secretary in 2009.", "2012-01-01", "George Robertson")]
    [InlineData("Jim Mattis replaced Chuck Hagel as secretary, and the Pentagon changed.", "2018-01-01", "Chuck Hagel")]
    public void A_wrong_predecessor_with_a_shortened_title_is_flagged(string text, string asOf, string predecessor)
        => Assert.Contains(CheckAssert.Findings(Starter, text, asOf), f => f.Rule == RuleCatalog.Role.Name && f.Verdict.ToString() == "Contradicted"
            && f.Text.Contains(predecessor) && f.Message.Contains("did not take over"));

    [Theory]
    [InlineData("Ash Carter, who succeeded Chuck Hagel as secretary in February 2015, toured Iraq.", "2016-01-01")]
    [InlineData("Jim Mattis replaced Ash Carter as secretary in January 2017.", "2018-01-01")]
    [InlineData("Anders Fogh Rasmussen succeeded Jaap de Hoop Scheffer as secretary in 2009.", "2012-01-01")]
    [InlineData("Jim Mattis replaced Ash Carter as secretary, and the Pentagon changed.", "2018-01-01")]
    public void The_true_twin_is_supported(string text, string asOf)
    {
        var findings = CheckAssert.Findings(Starter, text, asOf);
        Assert.Contains(findings, f => f.Rule == RuleCatalog.Role.Name && f.Verdict.ToString() == "Supported" && f.Message.Contains("took over"));
        Assert.DoesNotContain(findings, f => f.Verdict.ToString() != "Supported");
    }

    [Fact]
    public void The_date_after_the_shortened_title_dates_the_term()
    {
        var findings = CheckAssert.Findings(Starter, "Ash Carter, who succeeded Chuck Hagel as secretary in February 2013, toured Iraq.", "2016-01-01");
        Assert.Contains(findings, f => f.Rule == RuleCatalog.Role.Name && f.Verdict.ToString() == "Contradicted" && f.Text.Contains("February 2013"));
    }

    [Theory]
    // More of a phrase after the word: another secretary.
    [InlineData("Ash Carter replaced Leon Panetta as secretary of the board in 2015.", "2016-01-01")]
    [InlineData("Ash Carter replaced Leon Panetta as secretary at the institute in 2015.", "2016-01-01")]
    [InlineData("Ash Carter replaced Leon Panetta as general secretary in 2015.", "2016-01-01")]
    // "minister" alone is said of any cabinet minister.
    [InlineData("Gordon Brown replaced David Cameron as minister in 2010.", "2016-01-01")]
    // A word of no title.
    [InlineData("Ash Carter replaced Leon Panetta as host in 2015.", "2016-01-01")]
    public void Words_that_may_mean_another_office_stay_silent(string text, string asOf)
        => CheckAssert.NoAlarm(Starter, text, asOf);
}
