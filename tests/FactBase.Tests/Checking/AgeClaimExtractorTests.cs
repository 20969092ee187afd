using FactBase.Checking;
using FactBase.Checking.Rules;

namespace FactBase.Tests.Checking;

/// <summary>
/// The age family against the starter facts. As of 2025-03-07: NATO (founded 1949-04-04) is 75, the EU (1993-11-01) 31;
/// Trump (1946-06-14) 78, Putin (1952-10-07) 72, Biden (1942-11-20) 82, Rutte (1967-02-14) 58, Starmer (1962-09-02) 62.
/// </summary>
public sealed class AgeClaimExtractorTests
{
    private const string AsOf = "2025-03-07";

    [Theory]
    [InlineData("The 75-year-old NATO held a ceremony.", "75")]
    [InlineData("The 75-year-old military alliance NATO held a ceremony.", "75")]
    [InlineData("the 78-year-old Donald Trump arrived late.", "78")]
    [InlineData("The 72-year-old Russian leader Vladimir Putin spoke.", "72")]
    [InlineData("Vladimir Putin, a 72-year-old former spy, spoke.", "72")]
    [InlineData("Donald Trump, 78, did not attend.", "78")]
    [InlineData("Trump, 78, did not attend.", "78")]
    [InlineData("Vladimir Putin (72) dismissed the event.", "72")]
    [InlineData("Mark Rutte, aged 58, opened the summit.", "58")]
    [InlineData("Aged 58, Mark Rutte is the alliance's youngest chief in years.", "58")]
    [InlineData("Mark Rutte, 58 years old, opened the summit.", "58")]
    [InlineData("Joe Biden is 82 years old.", "82")]
    [InlineData("Keir Starmer, now 62, spoke.", "62")]
    [InlineData("Donald Trump, who is 78, spoke.", "78")]
    [InlineData("At 78, Donald Trump is the oldest president ever inaugurated.", "78")]
    [InlineData("NATO's 75th anniversary was marked in Washington.", "75th")]
    [InlineData("NATO's 76th anniversary falls in April.", "76th")]
    [InlineData("the 75th anniversary of NATO was marked in Washington.", "75th")]
    [InlineData("the 31-year-old EU is still growing.", "31")]
    [InlineData("In 2017, Donald Trump was 70 years old.", "70")]
    public void Right_ages_are_supported(string sentence, string span)
        => CheckAssert.Single(TestKnowledgeBases.StarterChecker, sentence, AsOf, RuleCatalog.Age.Name, span, "supported");

    [Theory]
    [InlineData("The 76-year-old NATO held a ceremony.", "76", "75", "75")]
    [InlineData("The 70-year-old alliance NATO held a ceremony.", "70", "75", "75")]
    [InlineData("Donald Trump, 79, did not attend.", "79", "78", "78")]
    [InlineData("Vladimir Putin (73) dismissed the event.", "73", "72", "72")]
    [InlineData("Mark Rutte, aged 57, opened the summit.", "57", "58", "58")]
    [InlineData("Mark Rutte, 60 years old, opened the summit.", "60", "58", "58")]
    [InlineData("Joe Biden is 80 years old.", "80", "82", "82")]
    [InlineData("NATO's 70th anniversary is being celebrated.", "70th", "76th", "76th")]
    [InlineData("the 80th anniversary of NATO is being celebrated.", "80th", "76th", "76th")]
    [InlineData("In 2017, Donald Trump was 75 years old.", "75", "70 or 71", null)]
    [InlineData("In 2019, Vladimir Putin, 60, met Trump.", "60", "66 or 67", null)]
    public void Wrong_ages_are_contradicted_with_the_right_age(string sentence, string span, string expected, string? suggestion)
        => CheckAssert.Single(TestKnowledgeBases.StarterChecker, sentence, AsOf, RuleCatalog.Age.Name, span, "contradicted", expected, suggestion);

    [Fact]
    public void Age_depends_on_the_article_date_to_the_day()
    {
        // NATO turns 76 on 2025-04-04.
        CheckAssert.Single(TestKnowledgeBases.StarterChecker, "The 75-year-old NATO met.", "2025-04-03", RuleCatalog.Age.Name, "75", "supported");
        CheckAssert.Single(TestKnowledgeBases.StarterChecker, "The 75-year-old NATO met.", "2025-04-10", RuleCatalog.Age.Name, "75", "contradicted", "76", "76");
    }

    [Theory]
    [InlineData("Bexley Quorn, 80, sent a letter.", "supported", null)]
    [InlineData("Bexley Quorn, 81, sent a letter.", "supported", null)]
    [InlineData("Bexley Quorn, 83, sent a letter.", "contradicted", "80 or 81")]
    public void A_birth_year_without_a_day_allows_two_ages(string sentence, string verdict, string? expected)
        => CheckAssert.Single(TestKnowledgeBases.FixtureChecker, sentence, AsOf, RuleCatalog.Age.Name, sentence.Split(' ')[2].TrimEnd(','), verdict, expected, null);

    [Theory]
    [InlineData("John Smith, 78, did not attend.")]
    [InlineData("The 75-year-old building near NATO headquarters was sold.")]
    [InlineData("The 75-year-old treaty that created NATO was signed in Washington.")]
    [InlineData("A 78-year-old man met Donald Trump at the rally.")]
    [InlineData("Donald Trump won 78 votes in the straw poll.")]
    [InlineData("Donald Trump was 70 years old when he took office.")]
    [InlineData("At 16, Donald Trump went to a military academy.")]
    [InlineData("NATO's 75 years of peace were celebrated.")]
    [InlineData("NATO's 75th summit opened.")]
    [InlineData("Trump, 1946, is a year in a list.")]
    [InlineData("Turnout was 78, down from 80.")]
    public void Numbers_that_are_not_ages_of_known_entities_stay_silent(string sentence)
        => CheckAssert.None(TestKnowledgeBases.StarterChecker, sentence, AsOf, RuleCatalog.Age.Name);
}
