using FactBase.Checking;
using FactBase.Checking.Findings;
using FactBase.Checking.Rules;
using Xunit;

namespace FactBase.Tests.Checking;

/// <summary>A role's message names the office as the text titled it, in every place the person held it; someone about
/// to take an office or long dead is not read as its holder.</summary>
public sealed class RoleMessageTests
{
    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    [Theory]
    [InlineData("Queen Elizabeth II opened the session.", "2021-05-11", "Queen Elizabeth II", "Elizabeth II is Queen of Canada and the United Kingdom on 11 May 2021")]
    [InlineData("King Charles opened the session.", "2024-07-17", "King Charles", "Charles III is King of Canada and the United Kingdom on 17 July 2024")]
    [InlineData("Britain's King Charles III opened the session.", "2024-07-17", "King Charles III", "Charles III is King of the United Kingdom on 17 July 2024")]
    public void A_supported_role_names_the_title_written_and_every_place_it_is_held(string text, string asOf, string span, string message)
        => Assert.Equal(message, CheckAssert.Single(Starter, text, asOf, RuleCatalog.Role.Name, span, "supported").Message);

    [Theory]
    [InlineData("Joe Biden met his aides. The president-elect answered questions.")]
    [InlineData("Joe Biden met his aides. The president elect answered questions.")]
    [InlineData("Donald Trump spoke. The late former president lost his reelection bid in 1980.")]
    public void Someone_about_to_take_an_office_or_dead_is_not_its_holder(string text)
        => CheckAssert.None(Starter, text, "2020-12-01", RuleCatalog.Role.Name);

    [Theory]
    [InlineData("Trudeau must navigate tensions with U.S. President Donald Trump.", "2025-01-06", "Donald Trump is not yet President of the United States again on 6 January 2025 (the term begins on 20 January 2025); Joe Biden has been since 20 January 2021")]
    [InlineData("Trudeau must navigate tensions with U.S. President Joe Biden.", "2020-12-01", "Joe Biden is not yet President of the United States on 1 December 2020 (the term begins on 20 January 2021); Donald Trump has been since 20 January 2017")]
    public void A_title_given_between_election_and_inauguration_says_when_the_term_begins(string text, string asOf, string message)
        => Assert.Equal(message, Assert.Single(CheckAssert.Findings(Starter, text, asOf), f => f.Rule == RuleCatalog.Role.Name).Message);

    [Fact]
    public void A_title_given_long_before_the_term_has_the_plain_message()
        => Assert.Equal(
            "Joe Biden is not President of the United States; Donald Trump has been since 20 January 2017",
            Assert.Single(CheckAssert.Findings(Starter, "Trudeau must navigate tensions with U.S. President Joe Biden.", "2020-06-01"), f => f.Rule == RuleCatalog.Role.Name).Message);

    [Fact]
    public void A_former_title_never_held_names_the_office_the_person_did_hold()
    {
        var finding = Assert.Single(CheckAssert.Findings(Starter, "French ex-PM Nicolas Sarkozy went to prison on Tuesday.", "2025-10-21"), f => f.Rule == RuleCatalog.Role.Name);
        Assert.Equal(FactBase.Checking.Findings.Verdict.Contradicted, finding.Verdict);
        Assert.Equal("Nicolas Sarkozy has never been PM of France; Nicolas Sarkozy was President of France (16 May 2007 to 15 May 2012)", finding.Message);
    }

    [Fact]
    public void A_confirmed_span_of_years_names_the_year_the_person_held_the_office()
    {
        // Villepin was prime minister from 2005 to 2007: the range is confirmed by 2005, and the message must not say 2008.
        var finding = Assert.Single(CheckAssert.Findings(Starter, "Dominique de Villepin (2005–2008) wrote poetry.", "2017-05-15"), f => f.Rule == RuleCatalog.Role.Name);
        Assert.Equal(Verdict.Supported, finding.Verdict);
        Assert.Contains("in 2005", finding.Message);
        Assert.DoesNotContain("2008", finding.Message);
    }
}
