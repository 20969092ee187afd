using FactBase.Checking.Rules;

namespace FactBase.Tests.Checking;

/// <summary>
/// Counts at a past time the sentence names, ordinals of joining after a time, and memberships set apart from another
/// organization (issue 15, session 9): "when the alliance had 15 members", "By 2004 the union counted 25 members", "the then
/// 15-member EU", "At its founding, NATO had 12 members", "the first country to join NATO since 2009", "EU members outside
/// NATO", "in the EU but not in NATO". Each wrong claim has a true twin in the same phrasing. Starter facts: NATO 15 members
/// from 1955 to 1982, Spain the 16th (1982-05-30), Albania and Croatia on 2009-04-01, Montenegro 2017-06-05, North
/// Macedonia 2020-03-27, Finland 2023-04-04, Sweden 2024-03-07; the EU 15 members until 2004-05-01, then 25.
/// </summary>
public sealed class PastCountAndExclusionTests
{
    private static readonly FactBase.Checking.FactChecker Checker = TestKnowledgeBases.StarterChecker;

    [Theory]
    [InlineData("In 1971, when the alliance had 13 members, Belgium hosted NATO's ministers.", "13", "contradicted")]
    [InlineData("In 1971, when the alliance had 15 members, Belgium hosted NATO's ministers.", "15", "supported")]
    [InlineData("By 2005 the EU counted 27 members.", "27", "contradicted")]
    [InlineData("By 2005 the EU counted 25 members.", "25", "supported")]
    [InlineData("In 1975 NATO had 17 members.", "17", "contradicted")]
    [InlineData("In 1975 NATO had 15 members.", "15", "supported")]
    public void A_count_in_a_clause_of_a_named_time_is_checked_then(string text, string span, string verdict)
        => HasCount(text, span, verdict);

    private static void HasCount(string text, string span, string verdict)
        => Assert.Contains(CheckAssert.Findings(Checker, text, "2025-05-12"), f => f.Rule == RuleCatalog.Count.Name && f.Text == span && f.Verdict.ToString().ToLowerInvariant() == verdict);

    [Theory]
    [InlineData("Portugal and Spain joined the EU in 1986, when the union had 9 members.", "9", "contradicted")]
    [InlineData("Portugal and Spain joined the EU in 1986, when the union had 10 members.", "10", "supported")] // the day before
    [InlineData("Portugal and Spain joined the EU in 1986, when the union had 12 members.", "12", "supported")]
    [InlineData("NATO had 18 members when Greece and Turkey joined in 1952.", "18", "contradicted")]
    [InlineData("NATO had 14 members when Greece and Turkey joined in 1952.", "14", "supported")]
    public void A_past_count_is_checked_at_the_one_time_the_sentence_names_elsewhere(string text, string span, string verdict)
        => HasCount(text, span, verdict);

    [Theory]
    [InlineData("When Greece joined the EU, the bloc had 8 members.", "8", "contradicted")]
    [InlineData("When Greece joined the EU, the bloc had 10 members.", "10", "supported")]
    [InlineData("When Greece joined the EU, the bloc had 9 members.", "9", "supported")] // the day before the joining
    public void A_count_in_a_sentence_opened_by_a_joining_is_checked_on_its_day(string text, string span, string verdict)
        => HasCount(text, span, verdict);

    [Theory]
    [InlineData("When Greece joined the EU, NATO had 9 members.")] // another organization than the one joined
    [InlineData("When Greece joined the bloc, the alliance had 9 members.")] // no organization named in the clause
    public void A_joining_clause_of_another_or_no_organization_dates_nothing(string text)
        => CheckAssert.None(Checker, text, "2025-05-12", RuleCatalog.Count.Name);

    [Theory]
    [InlineData("By 2035 the EU will have 31 members.")] // to come
    [InlineData("NATO could have 35 members one day.")]
    public void A_count_to_come_stays_silent(string text)
        => CheckAssert.None(Checker, text, "2025-05-12", RuleCatalog.Count.Name);

    [Fact]
    public void A_count_wrong_for_all_of_a_year_in_which_it_changed_gives_the_range_and_no_fix()
    {
        var finding = CheckAssert.Single(Checker, "The then 13-member EU took in ten new countries in 2004.", "2025-05-12", RuleCatalog.Count.Name, "13", "contradicted", "15 to 25");
        Assert.Null(finding.Suggestion);
        CheckAssert.Single(Checker, "The then 15-member EU took in ten new countries in 2004.", "2025-05-12", RuleCatalog.Count.Name, "15", "supported");
    }

    [Theory]
    [InlineData("At its founding in 1949, NATO had 10 members.", "10", "contradicted")]
    [InlineData("At its founding in 1949, NATO had 12 members.", "12", "supported")]
    [InlineData("When it was founded, NATO had 14 members.", "14", "contradicted")]
    [InlineData("When it was founded, NATO had 12 members.", "12", "supported")]
    public void A_count_at_the_founding_is_the_founding_count(string text, string span, string verdict)
        => HasCount(text, span, verdict);

    [Theory]
    [InlineData("The then 13-member EU took in ten new countries.")] // "then" with no time named
    [InlineData("When the alliance had 13 members, Belgium hosted NATO's ministers.")] // no time
    [InlineData("At the founding summit, NATO had 10 members.")] // a later meeting, not the founding
    [InlineData("In 1975, 9 NATO members took part in the drill.")] // some of them
    public void A_past_count_with_no_time_or_of_some_stays_silent(string text)
        => CheckAssert.None(Checker, text, "2025-05-12", RuleCatalog.Count.Name);

    [Theory]
    [InlineData("Montenegro became the second country to join NATO since 2009.", "second", "contradicted")]
    [InlineData("Montenegro became the first country to join NATO since 2009.", "first", "supported")]
    [InlineData("Sweden was the first to join NATO since 2020.", "first", "contradicted")]
    [InlineData("Sweden was the second to join NATO since 2020.", "second", "supported")]
    [InlineData("Albania became the third member to join NATO since 2004.", "third", "contradicted")]
    [InlineData("Albania became the first member to join NATO since 2004.", "first", "supported")] // with Croatia, same day
    [InlineData("Albania became the second member to join NATO since 2004.", "second", "supported")]
    public void An_ordinal_of_joining_since_a_time_counts_the_joinings_after_it(string text, string span, string verdict)
        => HasCount(text, span, verdict);

    [Theory]
    [InlineData("Sweden was the first country to join NATO since 2024.")] // it joined in 2024: the text counts something else
    [InlineData("Sweden was the first leader to visit NATO since 2020.")]
    public void An_ordinal_since_a_time_that_the_timeline_cannot_decide_stays_silent(string text)
        => CheckAssert.None(Checker, text, "2025-05-12", RuleCatalog.Count.Name);

    [Theory]
    [InlineData("Austria, Malta and Poland are EU members outside NATO.", "Poland")]
    [InlineData("Austria, Malta and Poland are in the EU but not in NATO.", "Poland")]
    [InlineData("Sweden is a member of NATO but not of the EU.", "Sweden is a member of NATO but not of the EU")]
    [InlineData("Norway is in the EU.", "Norway is in the EU")]
    [InlineData("Sweden is in NATO, but not in the EU.", "Sweden is in NATO, but not in the EU")]
    public void Each_country_set_apart_from_an_organization_is_a_claim(string text, string span)
        => Assert.Contains(CheckAssert.Findings(Checker, text, "2025-05-12"), f => f.Rule == RuleCatalog.Membership.Name && f.Text == span && f.Verdict.ToString() == "Contradicted");

    [Theory]
    [InlineData("Austria, Malta and Ireland are EU members outside NATO.")]
    [InlineData("Austria, Malta and Ireland are in the EU but not in NATO.")]
    [InlineData("Norway is a member of NATO but not of the EU.")]
    [InlineData("Ireland is in the EU.")]
    [InlineData("Norway is in NATO, but not in the EU.")]
    [InlineData("Ukraine is in the EU accession queue.")]
    [InlineData("Poland is in NATO's eastern flank.")]
    [InlineData("Finnish troops are in NATO territory.")]
    [InlineData("Stoltenberg is in NATO headquarters.")]
    public void Their_true_twins_and_places_are_not_flagged(string text)
        => CheckAssert.NoAlarm(Checker, text, "2025-05-12");

    [Fact]
    public void Each_country_of_the_list_is_checked_against_both_organizations()
    {
        var findings = CheckAssert.Findings(Checker, "Austria, Malta and Ireland are in the EU but not in NATO.", "2025-05-12");
        Assert.Equal(6, findings.Count(f => f.Rule == RuleCatalog.Membership.Name && f.Verdict.ToString() == "Supported"));
    }
}
