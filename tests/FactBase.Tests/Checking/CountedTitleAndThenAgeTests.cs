using FactBase.Checking;
using FactBase.Checking.Findings;
using FactBase.Checking.Rules;
using Xunit;

namespace FactBase.Tests.Checking;

/// <summary>Three devices of real news that read a title or an age at the article's date although the text speaks of another
/// time (our own sentences): an ordinal that counts the holders of an office ("the 44th US President X"), "newly elected"
/// before a title, and "the then 45-year-old" with no time named. Each stays silent; its twin without the device is still
/// flagged, and a current holder is still confirmed.</summary>
public sealed class CountedTitleAndThenAgeTests
{
    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    [Theory]
    [InlineData("The library honours the 44th US President Barack Obama.", "2025-05-21")]
    [InlineData("Prosecutors charged the fifth President of Ukraine, Petro Poroshenko, with treason.", "2025-05-21")]
    public void An_ordinal_title_may_be_of_a_past_term(string text, string asOf)
        => CheckAssert.NoAlarm(Starter, text, asOf);

    [Theory]
    [InlineData("The library honours US President Barack Obama.", "2025-05-21", "Barack Obama")]
    [InlineData("Prosecutors charged the President of Ukraine, Petro Poroshenko, with treason.", "2025-05-21", "Petro Poroshenko")]
    public void Without_the_ordinal_the_title_is_of_the_article_date(string text, string asOf, string name)
    {
        var finding = Assert.Single(CheckAssert.Findings(Starter, text, asOf), f => f.Rule == RuleCatalog.Role.Name && f.Text == name);
        Assert.Equal(Verdict.Outdated, finding.Verdict);
    }

    [Fact]
    public void An_ordinal_title_of_the_holder_is_confirmed()
        => CheckAssert.Single(Starter, "The library honours the 47th US President Donald Trump.", "2025-05-21", RuleCatalog.Role.Name, "Donald Trump", "supported");

    [Fact]
    public void A_newly_elected_holder_not_yet_sworn_in_is_not_flagged()
        => CheckAssert.NoAlarm(Starter, "Newly elected Swedish Prime Minister Magdalena Andersson resigned within hours.", "2021-11-24");

    [Theory]
    [InlineData("Swedish Prime Minister Magdalena Andersson resigned within hours.", "2021-11-24", "Magdalena Andersson")]
    [InlineData("Newly elected British Prime Minister Tony Blair resigned within hours.", "2021-11-24", "Tony Blair")]
    public void Without_newly_elected_or_with_no_term_to_come_the_title_is_flagged(string text, string asOf, string name)
    {
        var finding = Assert.Single(CheckAssert.Findings(Starter, text, asOf), f => f.Rule == RuleCatalog.Role.Name && f.Text == name);
        Assert.NotEqual(Verdict.Supported, finding.Verdict);
    }

    [Fact]
    public void A_then_age_with_no_time_named_is_silent()
        => CheckAssert.None(Starter, "The then 45-year-old Willem-Alexander said the monarchy would change.", "2023-04-03", RuleCatalog.Age.Name);

    [Theory]
    [InlineData("The 45-year-old Willem-Alexander said the monarchy would change.", "2023-04-03")]
    [InlineData("In 2020, the then 45-year-old Willem-Alexander said the monarchy would change.", "2023-04-03")]
    public void An_age_of_the_article_date_or_of_a_time_named_is_checked(string text, string asOf)
    {
        var finding = Assert.Single(CheckAssert.Findings(Starter, text, asOf), f => f.Rule == RuleCatalog.Age.Name);
        Assert.Equal(Verdict.Contradicted, finding.Verdict);
        Assert.Equal("45", finding.Text);
    }

    [Theory]
    [InlineData("In 2007, Abdullah Gül, then the prime minister, was elected president.", "contradicted")]
    [InlineData("In 2002, Abdullah Gül, then the prime minister, led the party.", "supported")]
    [InlineData("In 2007, Abdullah Gül, then the Turkish prime minister, was elected president.", "contradicted")]
    public void Then_before_the_article_dates_the_title_as_then_does(string text, string verdict)
    {
        var finding = Assert.Single(CheckAssert.Findings(Starter, text, "2015-06-17"), f => f.Rule == RuleCatalog.Role.Name);
        Assert.Equal(verdict, finding.Verdict.ToString().ToLowerInvariant());
    }
}
