using FactBase.Checking;
using System.Linq;
using FactBase.Checking.Findings;
using FactBase.Checking.Rules;
using Xunit;

namespace FactBase.Tests.Checking;

/// <summary>Numbers and anniversaries that speak of a part of an organisation, or of another event, are no claim about
/// the whole: a count far below the membership, a count on the day the membership changes, "the anniversary of its
/// enlargement".</summary>
public sealed class PartOrWholeTests
{
    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    [Theory]
    [InlineData("Germany and 14 NATO allies held a ceremony in Brussels.")]
    [InlineData("Denmark and 10 other NATO allies have agreed to train the pilots.")]
    [InlineData("The rule is ignored by eight NATO members.")]
    [InlineData("The 15-member UN Security Council met on Friday.")]
    public void A_count_far_below_the_membership_counts_a_part_and_stays_silent(string text)
        => CheckAssert.None(Starter, text, "2022-10-14", RuleCatalog.Count.Name);

    [Theory]
    [InlineData("NATO's 10 members agreed to meet again.")]
    [InlineData("NATO met in Brussels. Its 10 members agreed to meet again.")]
    public void The_organisations_own_members_with_nothing_that_picks_out_some_are_the_whole_however_far_below(string text)
        => CheckAssert.Single(Starter, text, "2022-10-14", RuleCatalog.Count.Name, "10", "contradicted", "30", "30");

    [Theory]
    [InlineData("NATO's 10 members in the east agreed to meet again.")]
    [InlineData("NATO's 10 members bordering Russia agreed to meet again.")]
    [InlineData("NATO's 10 members admitted after 1990 agreed to meet again.")]
    public void The_organisations_members_picked_out_by_what_follows_are_a_part(string text)
        => CheckAssert.None(Starter, text, "2022-10-14", RuleCatalog.Count.Name);

    [Theory]
    [InlineData("Twenty-two EU members are also NATO members.")]
    [InlineData("22 NATO members met the spending target this year.")]
    [InlineData("Fewer than ten NATO members met the spending target.")]
    [InlineData("More than 20 NATO members met the spending target.")]
    [InlineData("The 23 NATO members that spend enough were praised.")]
    public void A_number_of_members_without_a_determiner_of_the_whole_is_some_of_them(string text)
        => CheckAssert.None(Starter, text, "2024-06-20", RuleCatalog.Count.Name);

    [Theory]
    [InlineData("All 22 EU members agreed on the sanctions.", "22", "27")]
    [InlineData("The 22 EU members agreed on the sanctions.", "22", "27")]
    [InlineData("30 NATO members met in Vilnius on Tuesday.", "30", "32")]
    public void The_whole_or_a_number_near_the_count_is_still_checked(string text, string span, string expected)
        => Assert.Equal(expected, CheckAssert.Findings(Starter, text, "2024-06-20").Single(f => f.Rule == RuleCatalog.Count.Name && f.Text == span).Expected);

    [Theory]
    [InlineData("NATO's 28 members met in Brussels.", "28", "30")]
    [InlineData("Spain and the other 27 NATO allies met in Brussels.", "27", "29")]
    public void A_count_near_the_membership_is_still_checked(string text, string span, string expected)
        => CheckAssert.Single(Starter, text, "2022-10-14", RuleCatalog.Count.Name, span, "outdated", expected, expected);

    [Theory]
    [InlineData("Turkey approved the protocol on Tuesday, and Hungary has yet to let Sweden join NATO. All 29 other allies have done so.")]
    [InlineData("Hungary and Turkey have yet to let Sweden join NATO. The other 29 allies have ratified it.")]
    [InlineData("The Turkish parliament approved Sweden's bid to join NATO on Tuesday.\n\nHungary has yet to agree. All 29 other allies have done so.")]
    public void The_other_members_after_several_were_named_may_leave_out_all_of_them(string text)
        => CheckAssert.Single(Starter, text, "2024-01-23", RuleCatalog.Count.Name, "29", "supported");

    [Theory]
    [InlineData("Hungary has yet to let Sweden join NATO. All 29 other allies have done so.", "30")]
    [InlineData("Hungary and Turkey have yet to let Sweden join NATO. All 28 other allies have done so.", "29 to 30")]
    public void The_other_members_beyond_those_named_before_are_still_checked(string text, string expected)
        => Assert.Equal(expected, CheckAssert.Findings(Starter, text, "2024-01-23").Single(f => f.Rule == RuleCatalog.Count.Name).Expected);

    [Theory]
    [InlineData("EU ministers agreed on Tuesday that Bulgaria becomes the 21st member to adopt the euro.")]
    [InlineData("EU ministers cleared Bulgaria on Tuesday, making it the single currency area's 21st member.")]
    public void An_ordinal_among_the_members_that_did_something_else_or_of_another_group_is_no_joining_order(string text)
        => CheckAssert.None(Starter, text, "2025-07-08", RuleCatalog.Count.Name);

    [Theory]
    [InlineData("EU ministers noted that Bulgaria became the 21st member to join the EU.")]
    [InlineData("Bulgaria became the EU's 21st member in 2007.")]
    public void An_ordinal_of_joining_is_still_checked(string text)
        => Assert.Contains(CheckAssert.Findings(Starter, text, "2025-07-08"), f => f.Rule == RuleCatalog.Count.Name && f.Verdict == Verdict.Contradicted);

    [Fact]
    public void A_year_in_another_clause_dates_that_clause_only()
        => Assert.DoesNotContain(
            CheckAssert.Findings(Starter, "The United Nations met. When he took office the world body had 185 members; when he stepped down at the end of 2006 it had 192 members.", "2018-08-18"),
            f => f.Rule == RuleCatalog.Count.Name && f.Text == "185");

    [Fact]
    public void A_year_in_the_clause_of_the_count_still_dates_it()
        => Assert.Contains(
            CheckAssert.Findings(Starter, "The United Nations met. When he took office in 1997 the world body had 180 members; when he stepped down at the end of 2006 it had 192 members.", "2018-08-18"),
            f => f.Rule == RuleCatalog.Count.Name && f.Text == "180" && f.Verdict != Verdict.Supported);

    [Theory]
    [InlineData("NATO's 29 members had all approved the protocol.")]
    [InlineData("NATO's 30 members welcomed the new ally.")]
    public void On_the_day_a_member_joins_both_counts_are_right(string text)
        => CheckAssert.Single(Starter, text, "2020-03-27", RuleCatalog.Count.Name, text.Contains("29") ? "29" : "30", "supported");

    [Fact]
    public void The_day_after_a_member_joins_the_old_count_is_outdated()
        => CheckAssert.Single(Starter, "NATO's 29 members had all approved the protocol.", "2020-03-28", RuleCatalog.Count.Name, "29", "outdated", "30", "30");

    [Theory]
    [InlineData("The European Union celebrates the 20th anniversary of its largest enlargement.")]
    [InlineData("Leaders marked the 10th anniversary of NATO's summit in Wales.")]
    public void The_anniversary_of_another_event_is_not_the_organisations_age(string text)
        => CheckAssert.None(Starter, text, "2024-05-01", RuleCatalog.Age.Name);

    [Theory]
    [InlineData("Leaders marked the 75th anniversary of NATO's founding.", "75th", "supported", null)]
    [InlineData("Leaders marked the 70th anniversary of NATO's founding.", "70th", "contradicted", "75th")]
    public void The_anniversary_of_an_organisations_founding_is_its_age(string text, string span, string verdict, string? expected)
        => CheckAssert.Single(Starter, text, "2024-04-04", RuleCatalog.Age.Name, span, verdict, expected, expected);

    [Theory]
    [InlineData("North Macedonia became the 14th country to join NATO after the end of the Cold War.")]
    [InlineData("The papers were filed at the US State Department, making the small Balkan state the 29th member of NATO.")]
    public void An_ordinal_of_some_members_or_with_its_member_inside_another_name_stays_silent(string text)
        => CheckAssert.None(Starter, text, "2020-03-27", RuleCatalog.Count.Name);

    [Fact]
    public void The_same_ordinal_of_the_whole_membership_is_checked()
        => CheckAssert.Single(Starter, "North Macedonia became the 29th country to join NATO.", "2020-03-27", RuleCatalog.Count.Name, "29th", "contradicted", "30th", "30th");
}
