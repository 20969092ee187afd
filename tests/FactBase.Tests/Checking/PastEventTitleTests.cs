using FactBase.Checking;
using FactBase.Checking.Findings;
using FactBase.Checking.Rules;
using Xunit;

namespace FactBase.Tests.Checking;

/// <summary>A title before a name that does or is the agent of a past event told in the background (a clause after
/// "until", "after", "when", "in which", "who ...", or a past passive's "by"), with no date of its own: the title is of the
/// event's time, so a past holder is right. Each twin in the same phrasing stays flagged: the event dated by its clause
/// or by the main clause of a time clause, told in the present, in the main clause as news of the day, or by someone who
/// had not yet held the office, or outside the years of the other figure of the past the sentence tells of.</summary>
public sealed class PastEventTitleTests
{
    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    [Theory]
    [InlineData("The envoy kept her post until President Barack Obama replaced her after three years of talks.", "2022-03-01")]
    [InlineData("He joined the board after four years in which President Donald Trump attacked the accord.", "2022-03-01")]
    [InlineData("She was given the portfolio by President Barack Obama when she was a senator.", "2022-03-01")]
    [InlineData("The measure cleared Congress before President George W. Bush vetoed it.", "2022-03-01")]
    [InlineData("The measure cleared Congress before President George W. Bush had vetoed it.", "2022-03-01")]
    [InlineData("The diplomat, who was dismissed by President Donald Trump, testified on Tuesday.", "2022-03-01")]
    [InlineData("When Prime Minister Theresa May finally resigned, the party split.", "2022-03-01")]
    [InlineData("The coalition held together until Chancellor Angela Merkel stepped down.", "2025-06-01")]
    [InlineData("Fuel prices fell while US President Barack Obama was in office.", "2022-03-01")]
    [InlineData("Colin Powell served as secretary of state until President George W. Bush replaced him.", "2021-10-18")]
    [InlineData("In 2019, the general arrived in Kabul. He led the mission until President Barack Obama recalled him.", "2022-03-01")]
    [InlineData("Gen. Hollis, a commander who ran the war until President George W. Bush replaced him, has died, his family said on Wednesday.", "2021-06-30")]
    [InlineData("Gen. Hollis, a commander who ran the war until President George W. Bush replaced him after 3 years of fighting, has died.", "2021-06-30")]
    [InlineData("An imposing figure who forged a close bond with French President François Mitterrand in pushing for union, the old chancellor had been frail since a fall in 2008.", "2017-06-17")]
    public void A_title_in_an_undated_past_clause_is_of_the_events_time(string text, string asOf)
        => CheckAssert.NoAlarm(Starter, text, asOf);

    [Theory]
    [InlineData("The envoy kept her post until President Barack Obama replaced her in 2019.", "2022-03-01", "Barack Obama", "Joe Biden")]
    [InlineData("The diplomat, who was dismissed by President Donald Trump on Tuesday, testified.", "2022-03-01", "Donald Trump", "Joe Biden")]
    [InlineData("She was given the portfolio by President Barack Obama yesterday.", "2022-03-01", "Barack Obama", "Joe Biden")]
    [InlineData("The minister quit on Monday after President Donald Trump criticised him.", "2022-03-01", "Donald Trump", "Joe Biden")]
    [InlineData("Fuel prices fall while US President Barack Obama is in office.", "2022-03-01", "Barack Obama", "Joe Biden")]
    [InlineData("Colin Powell served as secretary of state until President Barack Obama replaced him.", "2021-10-18", "Barack Obama", "Joe Biden")]
    [InlineData("British Prime Minister Theresa May said the deal was done.", "2022-03-01", "Theresa May", "Boris Johnson")]
    [InlineData("The coalition held together as Chancellor Angela Merkel stepped down on Monday.", "2025-06-01", "Angela Merkel", "Friedrich Merz")]
    [InlineData("The general ran the war until President George W. Bush replaced him 3 years ago.", "2021-06-30", "George W. Bush", "Joe Biden")]
    [InlineData("An imposing figure who forged a close bond with French President François Mitterrand in 2016, the old chancellor had been frail since a fall in 2008.", "2017-06-17", "François Mitterrand", "Emmanuel Macron")]
    public void A_dated_present_or_main_clause_title_is_still_outdated(string text, string asOf, string name, string holder)
    {
        var finding = Assert.Single(CheckAssert.Findings(Starter, text, asOf), f => f.Rule == RuleCatalog.Role.Name && f.Text == name);
        Assert.Equal((Verdict.Outdated, holder), (finding.Verdict, finding.Expected));
    }

    [Theory]
    [InlineData("The envoy kept her post until President Donald Trump replaced her.", "2015-06-01", "Donald Trump", "Barack Obama")]
    [InlineData("The diplomat, who was dismissed by President Joe Biden, testified on Tuesday.", "2019-03-01", "Joe Biden", "Donald Trump")]
    [InlineData("In 2005, the general arrived in Kabul. He led the mission until President Barack Obama recalled him.", "2022-03-01", "Barack Obama", "George W. Bush")]
    [InlineData("Gen. Hollis, a commander who ran the war until President Joe Biden replaced him, has died, his family said on Wednesday.", "2019-03-06", "Joe Biden", "Donald Trump")]
    public void A_person_who_had_not_yet_held_the_office_is_still_contradicted(string text, string asOf, string name, string holder)
    {
        var finding = Assert.Single(CheckAssert.Findings(Starter, text, asOf), f => f.Rule == RuleCatalog.Role.Name && f.Text == name);
        Assert.Equal((Verdict.Contradicted, holder), (finding.Verdict, finding.Expected));
    }

    [Fact]
    public void The_title_is_confirmed_as_held_before_the_time_spoken_of()
    {
        var finding = CheckAssert.Single(Starter, "The measure cleared Congress before President George W. Bush vetoed it.", "2022-03-01", RuleCatalog.Role.Name, "George W. Bush", "supported");
        Assert.Contains("was President of the United States before 1 March 2022", finding.Message, System.StringComparison.Ordinal);
    }
}
