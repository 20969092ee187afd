using FactBase.Checking.Findings;
using FactBase.Checking.Rules;

namespace FactBase.Tests.Checking;

/// <summary>
/// Ages at an event and ages in apposition (issue 15): "died on ... at the age of 96", "became prime minister at 34 in
/// January 2024", "leaves office at 82", "At 71, X dominates", "X, the 34-year-old education minister,", "its 34-year-old
/// transport minister, X,". Each wrong claim has a true twin in the same phrasing; an age the sentence does not date, and
/// numbers that are times of day or addresses, stay silent. Starter facts: Elizabeth II born 1926-04-21, died 2022-09-08;
/// Gabriel Attal born 1989-03-16; Joe Biden born 1942-11-20; Vladimir Putin born 1952-10-07; Sanna Marin born 1985-11-16.
/// </summary>
public sealed class AgeAtEventTests
{
    private static readonly FactBase.Checking.FactChecker Checker = TestKnowledgeBases.StarterChecker;

    [Theory]
    [InlineData("Queen Elizabeth II died in Scotland on 8 September 2022 at the age of 95.", "95", "contradicted")]
    [InlineData("Queen Elizabeth II died in Scotland on 8 September 2022 at the age of 96.", "96", "supported")]
    // No date named: "died" is the day of death the facts know, with a place between or not.
    [InlineData("Queen Elizabeth II died at Balmoral at the age of 95.", "95", "contradicted")]
    [InlineData("Queen Elizabeth II, who died at Balmoral at the age of 96, reigned for seventy years.", "96", "supported")]
    [InlineData("Queen Elizabeth II died in hospital at 95.", "95", "contradicted")]
    [InlineData("Gabriel Attal became prime minister at 35 in January 2024.", "35", "contradicted")]
    [InlineData("Gabriel Attal became prime minister at 34 in January 2024.", "34", "supported")]
    [InlineData("Joe Biden quietly leaves the stage at 80.", "80", "contradicted")]
    [InlineData("Joe Biden quietly leaves the stage at 82.", "82", "supported")]
    [InlineData("At 70, Vladimir Putin dominates the country.", "70", "contradicted")]
    [InlineData("At 72, Vladimir Putin dominates the country.", "72", "supported")]
    public void An_age_at_an_event_is_checked_at_its_time(string text, string span, string verdict)
        => Assert.Contains(CheckAssert.Findings(Checker, text, "2025-01-21"), f => f.Rule == RuleCatalog.Age.Name && f.Text == span && f.Verdict.ToString().ToLowerInvariant() == verdict);

    [Theory]
    [InlineData("Gabriel Attal, 35, had been appointed in January at the age of 34.")] // a month the checker cannot place
    [InlineData("Gabriel Attal was appointed at the age of 30.")] // nothing dates it
    [InlineData("Joe Biden spoke at 11.")] // a time of day, far from any age of his
    [InlineData("Joe Biden arrived at 10 Downing Street.")]
    [InlineData("Joe Biden and Vladimir Putin met at 80 Park Lane.")]
    [InlineData("Queen Elizabeth II, who met the pope at the age of 95, died later.")] // the age is at another event
    [InlineData("Queen Elizabeth II died, and her son became king at the age of 73.")]
    public void An_age_at_no_placeable_time_or_a_number_that_is_no_age_stays_silent(string text)
        => CheckAssert.NoAlarm(Checker, text, "2025-01-21");

    [Theory]
    [InlineData("Macron named Gabriel Attal, the 36-year-old education minister, as prime minister.", "contradicted")]
    [InlineData("Macron named Gabriel Attal, the 34-year-old education minister, as prime minister.", "supported")]
    [InlineData("Helsinki picked its 36-year-old transport minister, Sanna Marin, to lead the cabinet.", "contradicted")]
    [InlineData("Helsinki picked its 34-year-old transport minister, Sanna Marin, to lead the cabinet.", "supported")]
    public void An_age_in_apposition_to_a_name_is_the_persons(string text, string verdict)
        => Assert.Contains(CheckAssert.Findings(Checker, text, text.Contains("Attal", StringComparison.Ordinal) ? "2024-01-10" : "2019-12-10"), f => f.Rule == RuleCatalog.Age.Name && f.Verdict.ToString().ToLowerInvariant() == verdict);

    [Theory]
    [InlineData("Finland joined NATO on the alliance's 70th birthday.", "70th", "contradicted")]
    [InlineData("Finland joined NATO on the alliance's 74th birthday.", "74th", "supported")]
    [InlineData("Turkey celebrated its centenary in 2013.", "centenary", "contradicted")]
    [InlineData("Turkey celebrated its centenary in 2023.", "centenary", "supported")]
    public void A_birthday_or_a_centenary_is_an_anniversary(string text, string span, string verdict)
        => Assert.Contains(CheckAssert.Findings(Checker, text, "2023-11-05"), f => f.Rule == RuleCatalog.Age.Name && f.Text == span && f.Verdict.ToString().ToLowerInvariant() == verdict);

    [Theory]
    [InlineData("Turkey won the centenary cup.")]
    public void A_centenary_of_nothing_stays_silent(string text)
        => CheckAssert.None(Checker, text, "2023-11-05", RuleCatalog.Age.Name);

    // The year named is the one the age counts from, not the time of the party: read at the article's date, only confirmed.
    [Fact]
    public void A_centenary_beside_its_founding_year_is_only_confirmed()
    {
        const string text = "Turkey, founded in 1923, celebrated its centenary.";
        Assert.Contains(CheckAssert.Findings(Checker, text, "2023-11-05"), f => f.Rule == RuleCatalog.Age.Name && f.Text == "centenary" && f.Verdict == Verdict.Supported);
        CheckAssert.None(Checker, text, "2026-01-10", RuleCatalog.Age.Name);
    }

    [Theory]
    [InlineData("Martti Ahtisaari, Nobel laureate in 2008 and president of Finland from 1994 to 2000, has died at the age of 86.")]
    [InlineData("Martti Ahtisaari, Nobel laureate in 2008 and president of Finland from 1994 to 2000, has died at the age of 84.")]
    public void An_age_with_several_years_in_the_sentence_is_at_no_one_of_them(string text)
        => CheckAssert.None(Checker, text, "2023-10-16", RuleCatalog.Age.Name);

    [Fact]
    public void An_age_at_one_of_several_years_and_no_event_stays_silent()
        => CheckAssert.None(Checker, "Martti Ahtisaari, Nobel laureate in 2008 and president from 1994 to 2000, at the age of 70 was honoured.", "2023-10-16", RuleCatalog.Age.Name);
}
