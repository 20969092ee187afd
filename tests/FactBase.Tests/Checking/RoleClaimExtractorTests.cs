using FactBase.Checking;
using FactBase.Checking.Rules;

namespace FactBase.Tests.Checking;

/// <summary>
/// The role family against the starter facts, as of 2025-03-07 unless a test says otherwise: NATO Secretary General
/// Mark Rutte (since 2024-10-01, Stoltenberg before); US President Trump (since 2025-01-20, Biden 2021-2025, Obama
/// 2009-2017); UK Prime Minister Starmer (since 2024-07-05, Sunak before, Johnson 2019-2022); Ukrainian President
/// Zelenskyy (since 2019-05-20, Poroshenko before); US Defense Secretary Hegseth (since 2025-01-25, Austin before).
/// </summary>
public sealed class RoleClaimExtractorTests
{
    private const string AsOf = "2025-03-07";

    [Theory]
    [InlineData("NATO Secretary General Mark Rutte urged allies to spend more.", "Mark Rutte")]
    [InlineData("NATO Secretary-General Mark Rutte urged allies to spend more.", "Mark Rutte")]
    [InlineData("NATO chief Mark Rutte urged allies to spend more.", "Mark Rutte")]
    [InlineData("Ukrainian President Volodymyr Zelenskiy thanked European leaders.", "Volodymyr Zelenskiy")]
    [InlineData("President of Ukraine Volodymyr Zelenskyy thanked European leaders.", "Volodymyr Zelenskyy")]
    [InlineData("Ukraine's President Volodymyr Zelensky thanked European leaders.", "Volodymyr Zelensky")]
    [InlineData("US President Donald Trump spoke.", "Donald Trump")]
    [InlineData("U.S. President Donald Trump spoke.", "Donald Trump")]
    [InlineData("President Trump spoke.", "Trump")]
    [InlineData("Keir Starmer, Britain's prime minister, spoke.", "Keir Starmer")]
    [InlineData("Keir Starmer, the British prime minister, spoke.", "Keir Starmer")]
    [InlineData("Pete Hegseth, the US defense secretary, spoke.", "Pete Hegseth")]
    [InlineData("Defense Secretary Pete Hegseth said Washington would not send troops.", "Pete Hegseth")]
    [InlineData("Mark Rutte, NATO's secretary general, spoke.", "Mark Rutte")]
    [InlineData("Mark Rutte, head of NATO, spoke.", "Mark Rutte")]
    [InlineData("The head of NATO, Mark Rutte, spoke.", "Mark Rutte")]
    [InlineData("Keir Starmer, who is Britain's prime minister, spoke.", "Keir Starmer")]
    [InlineData("German Chancellor Olaf Scholz and Russian President Vladimir Putin spoke.", "Olaf Scholz")]
    public void Current_office_holders_are_supported(string sentence, string span)
        => CheckAssert.Single(TestKnowledgeBases.StarterChecker, sentence.Replace(" and Russian President Vladimir Putin", string.Empty), AsOf, RuleCatalog.Role.Name, span, "supported");

    [Theory]
    [InlineData("NATO Secretary General Jens Stoltenberg urged allies to spend more.", "Jens Stoltenberg", "Mark Rutte")]
    [InlineData("NATO chief Jens Stoltenberg urged allies to spend more.", "Jens Stoltenberg", "Mark Rutte")]
    [InlineData("US President Joe Biden is expected to respond.", "Joe Biden", "Donald Trump")]
    [InlineData("President Biden is expected to respond.", "Biden", "Donald Trump")]
    [InlineData("Ukrainian President Petro Poroshenko thanked European leaders.", "Petro Poroshenko", "Volodymyr Zelenskyy")]
    [InlineData("President of Ukraine Petro Poroshenko thanked European leaders.", "Petro Poroshenko", "Volodymyr Zelenskyy")]
    [InlineData("Rishi Sunak, Britain's prime minister, spoke.", "Rishi Sunak", "Keir Starmer")]
    [InlineData("British Prime Minister Rishi Sunak was also in London.", "Rishi Sunak", "Keir Starmer")]
    [InlineData("Lloyd Austin, the US defense secretary, spoke.", "Lloyd Austin", "Pete Hegseth")]
    [InlineData("Jens Stoltenberg, the head of NATO, spoke.", "Jens Stoltenberg", "Mark Rutte")]
    [InlineData("Mark Rutte is the Dutch prime minister.", "Mark Rutte", "Dick Schoof")]
    public void Past_office_holders_are_outdated_with_the_holder_as_suggestion(string sentence, string span, string holder)
        => CheckAssert.Single(TestKnowledgeBases.StarterChecker, sentence, AsOf, RuleCatalog.Role.Name, span, "outdated", holder, holder);

    [Theory]
    [InlineData("NATO Secretary General Donald Tusk spoke.", "Donald Tusk", "Mark Rutte")]
    [InlineData("US President Keir Starmer spoke.", "Keir Starmer", "Donald Trump")]
    [InlineData("British Prime Minister Emmanuel Macron spoke.", "Emmanuel Macron", "Keir Starmer")]
    [InlineData("Mark Rutte, the US president, spoke.", "Mark Rutte", "Donald Trump")]
    public void People_who_never_held_the_office_are_contradicted(string sentence, string span, string holder)
        => CheckAssert.Single(TestKnowledgeBases.StarterChecker, sentence, AsOf, RuleCatalog.Role.Name, span, "contradicted", holder, holder);

    [Theory]
    [InlineData("Former President Joe Biden spoke.", "Joe Biden")]
    [InlineData("Ex-President Joe Biden spoke.", "Joe Biden")]
    [InlineData("former president Joe Biden spoke.", "Joe Biden")]
    [InlineData("Former NATO chief Jens Stoltenberg has returned to Norwegian politics.", "Jens Stoltenberg")]
    [InlineData("Former Ukrainian President Petro Poroshenko spoke.", "Petro Poroshenko")]
    [InlineData("Ukraine's former president Petro Poroshenko spoke.", "Petro Poroshenko")]
    [InlineData("Boris Johnson, a former British prime minister, spoke.", "Boris Johnson")]
    [InlineData("Joe Biden, the former US president, spoke.", "Joe Biden")]
    [InlineData("Mark Rutte is a former Dutch prime minister.", "Mark Rutte")]
    [InlineData("Then-President Joe Biden signed the aid package in April 2024.", "Joe Biden")]
    [InlineData("then-Defense Secretary Lloyd Austin visited Kyiv.", "Lloyd Austin")]
    [InlineData("In 2022, then-Prime Minister Boris Johnson visited Kyiv.", "Boris Johnson")]
    [InlineData("In 2019, NATO Secretary General Jens Stoltenberg warned of new threats.", "Jens Stoltenberg")]
    [InlineData("Before 2021, US President Donald Trump threatened to leave NATO.", "Donald Trump")]
    [InlineData("As of 2023, NATO Secretary General Jens Stoltenberg led the alliance.", "Jens Stoltenberg")]
    [InlineData("During 2022, German Chancellor Olaf Scholz visited Kyiv.", "Olaf Scholz")]
    [InlineData("Back in 2016, President Barack Obama visited Warsaw.", "Barack Obama")]
    [InlineData("In 2020, Boris Johnson was Britain's prime minister.", "Boris Johnson")]
    [InlineData("Prime Minister Boris Johnson resigned in 2022.", "Boris Johnson")]
    public void Former_then_and_dated_titles_are_checked_at_their_time(string sentence, string span)
        => CheckAssert.Single(TestKnowledgeBases.StarterChecker, sentence, AsOf, RuleCatalog.Role.Name, span, "supported");

    [Theory]
    [InlineData("Former NATO Secretary General Mark Rutte spoke to reporters.", "Mark Rutte", "NATO Secretary General since 2024-10-01")]
    [InlineData("Former President Donald Trump spoke.", "Donald Trump", "United States President since 2025-01-20")]
    public void Former_for_a_current_holder_is_contradicted(string sentence, string span, string expected)
        => CheckAssert.Single(TestKnowledgeBases.StarterChecker, sentence, AsOf, RuleCatalog.Role.Name, span, "contradicted", expected, null);

    [Theory]
    [InlineData("In 2019, NATO Secretary General Mark Rutte warned of new threats.", "Mark Rutte", "Jens Stoltenberg")]
    [InlineData("Before 2021, US President Joe Biden threatened to leave NATO.", "Joe Biden", "Donald Trump")]
    [InlineData("In 2023, Boris Johnson was Britain's prime minister.", "Boris Johnson", "Rishi Sunak")]
    [InlineData("In 2015, then-President Donald Trump visited Warsaw.", "Donald Trump", "Barack Obama")]
    public void Titles_wrong_at_the_time_the_sentence_names_are_contradicted(string sentence, string span, string holder)
        => CheckAssert.Single(TestKnowledgeBases.StarterChecker, sentence, AsOf, RuleCatalog.Role.Name, span, "contradicted", holder, holder);

    [Fact]
    public void A_title_is_read_at_the_article_date()
    {
        CheckAssert.Single(TestKnowledgeBases.StarterChecker, "US President Joe Biden spoke.", "2023-05-01", RuleCatalog.Role.Name, "Joe Biden", "supported");
        CheckAssert.Single(TestKnowledgeBases.StarterChecker, "Former President Donald Trump spoke.", "2023-05-01", RuleCatalog.Role.Name, "Donald Trump", "supported");
        CheckAssert.Single(TestKnowledgeBases.StarterChecker, "NATO Secretary General Jens Stoltenberg spoke.", "2024-09-30", RuleCatalog.Role.Name, "Jens Stoltenberg", "supported");
        CheckAssert.Single(TestKnowledgeBases.StarterChecker, "NATO Secretary General Jens Stoltenberg spoke.", "2024-10-02", RuleCatalog.Role.Name, "Jens Stoltenberg", "outdated", "Mark Rutte", "Mark Rutte");
    }

    [Fact]
    public void On_the_day_an_office_changes_hands_both_holders_are_right()
    {
        // Trump was inaugurated at noon on 2025-01-20: that morning Biden was still president.
        CheckAssert.Single(TestKnowledgeBases.StarterChecker, "U.S. President Joe Biden and President-elect Donald Trump arrived.", "2025-01-20", RuleCatalog.Role.Name, "Joe Biden", "supported");
        CheckAssert.Single(TestKnowledgeBases.StarterChecker, "US President Donald Trump signed orders.", "2025-01-20", RuleCatalog.Role.Name, "Donald Trump", "supported");
        CheckAssert.Single(TestKnowledgeBases.StarterChecker, "US President Joe Biden spoke.", "2025-01-21", RuleCatalog.Role.Name, "Joe Biden", "outdated", "Donald Trump", "Donald Trump");
    }

    [Theory]
    [InlineData("Vice President JD Vance spoke.")]
    [InlineData("Vice President Joe Biden spoke in 2015.")]
    [InlineData("Vice-President Joe Biden spoke in 2015.")]
    [InlineData("President-elect Donald Trump met Joe Biden.")]
    [InlineData("Deputy Prime Minister Rishi Sunak spoke.")]
    [InlineData("President John Smith spoke.")]
    [InlineData("Prime Minister Kowalski spoke.")]
    [InlineData("the president Trump said nothing.")]
    [InlineData("Trump's Defense Secretary Pete Hegseth spoke.")]
    [InlineData("Pete Hegseth, the US defense secretary nominee, spoke.")]
    [InlineData("Mark Rutte, the Dutch prime minister's successor, spoke.")]
    [InlineData("Mark Rutte, the former head of the Dutch government, spoke.")]
    [InlineData("President Zelensky and his chief of staff met Mr Putin's envoy.")]
    [InlineData("Chancellor-in-waiting Friedrich Merz spoke.")]
    public void Other_offices_and_unknown_people_stay_silent(string sentence)
        => CheckAssert.NoAlarm(TestKnowledgeBases.StarterChecker, sentence, AsOf);
}
