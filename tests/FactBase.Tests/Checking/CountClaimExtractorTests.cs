using FactBase.Checking;
using FactBase.Checking.Rules;

namespace FactBase.Tests.Checking;

/// <summary>
/// The count family against the starter facts. NATO had 29 members from 2017-06-05, 30 from 2020-03-27, 31 from
/// 2023-04-04 and 32 from 2024-03-07; the EU has 27 since 2020-02-01 (28 before); the UN 193 since 2011-07-14.
/// </summary>
public sealed class CountClaimExtractorTests
{
    private const string AsOf = "2025-03-07";

    [Theory]
    [InlineData("NATO's 32 members agreed to meet again.")]
    [InlineData("NATO's 32 member states agreed to meet again.")]
    [InlineData("NATO's 32 allies agreed to meet again.")]
    [InlineData("All 32 NATO allies signed the statement.")]
    [InlineData("The 32 NATO members signed the statement.")]
    [InlineData("The 32-member alliance met at NATO headquarters.")]
    [InlineData("The 32-nation NATO met in The Hague.")]
    [InlineData("The alliance's 32 members met at NATO headquarters.")]
    [InlineData("NATO, with its 32 members, met.")]
    [InlineData("NATO has 32 members.")]
    [InlineData("NATO now has 32 members.")]
    [InlineData("NATO, which has 32 member countries, met.")]
    [InlineData("NATO counts 32 members.")]
    [InlineData("Leaders of NATO's 32 member states met.")]
    public void Right_counts_are_supported(string sentence)
        => CheckAssert.Single(TestKnowledgeBases.StarterChecker, sentence, AsOf, RuleCatalog.Count.Name, "32", "supported");

    [Theory]
    [InlineData("the EU's 27 member states met.", "27")]
    [InlineData("the 27-nation EU met.", "27")]
    [InlineData("The EU, which has 27 members, met.", "27")]
    [InlineData("the UN's 193 member states met.", "193")]
    public void Counts_of_other_organizations_are_supported(string sentence, string span)
        => CheckAssert.Single(TestKnowledgeBases.StarterChecker, sentence, AsOf, RuleCatalog.Count.Name, span, "supported");

    [Theory]
    [InlineData("NATO's 30 member states agreed to meet again.", "30", "outdated", "32")]
    [InlineData("NATO's 31 members agreed to meet again.", "31", "outdated", "32")]
    [InlineData("All 31 NATO allies signed the statement.", "31", "outdated", "32")]
    [InlineData("The 30-member alliance met at NATO headquarters.", "30", "outdated", "32")]
    [InlineData("NATO, with its 30 members, met.", "30", "outdated", "32")]
    [InlineData("NATO has 31 members.", "31", "outdated", "32")]
    [InlineData("NATO has 35 members.", "35", "contradicted", "32")]
    [InlineData("the 28 EU member states met.", "28", "outdated", "27")]
    [InlineData("The UN has 190 member states.", "190", "outdated", "193")]
    [InlineData("The UN has 200 member states.", "200", "contradicted", "193")]
    public void Wrong_counts_say_the_right_number(string sentence, string span, string verdict, string expected)
        => CheckAssert.Single(TestKnowledgeBases.StarterChecker, sentence, AsOf, RuleCatalog.Count.Name, span, verdict, expected, expected);

    [Theory]
    [InlineData("NATO's 31 members met in Oslo.", "2023-06-01", "supported", null)]
    [InlineData("NATO's 32 members met in Oslo.", "2023-06-01", "contradicted", "31")]
    [InlineData("In 2020, NATO's 30 members met.", AsOf, "supported", null)]
    [InlineData("In 2021, NATO's 32 members met.", AsOf, "contradicted", "30")]
    public void Counts_are_read_at_the_time_spoken_of(string sentence, string asOf, string verdict, string? expected)
    {
        var span = sentence.Split(' ').First(w => w.All(char.IsDigit));
        CheckAssert.Single(TestKnowledgeBases.StarterChecker, sentence, asOf, RuleCatalog.Count.Name, span, verdict, expected, expected);
    }

    [Theory]
    [InlineData("Sweden became the 32nd member of NATO.", "32nd", "supported", null)]
    [InlineData("Sweden officially becomes 32nd member of NATO", "32nd", "supported", null)]
    [InlineData("Sweden joined NATO as the 32nd member.", "32nd", "supported", null)]
    [InlineData("Sweden, NATO's 32nd member, hosted the talks.", "32nd", "supported", null)]
    [InlineData("Croatia became the EU's 28th member state in 2013.", "28th", "supported", null)]
    [InlineData("Slovakia became NATO's 20th member in 2004.", "20th", "supported", null)]
    [InlineData("Finland became the 32nd member of NATO.", "32nd", "contradicted", "31st")]
    [InlineData("Sweden became the 31st member of NATO.", "31st", "contradicted", "32nd")]
    public void Ordinal_member_places_are_checked_at_the_joining_date(string sentence, string span, string verdict, string? expected)
        => CheckAssert.Single(TestKnowledgeBases.StarterChecker, sentence, AsOf, RuleCatalog.Count.Name, span, verdict, expected, expected);

    [Fact]
    public void Members_that_joined_together_have_no_order_among_them()
        => CheckAssert.Single(TestKnowledgeBases.StarterChecker, "Estonia became NATO's 12th member.", AsOf, RuleCatalog.Count.Name, "12th", "contradicted", "20th to 26th", null);

    [Theory]
    [InlineData("Ukraine hopes to become NATO's 33rd member.")]
    [InlineData("Germany is NATO's 2nd largest member.")]
    [InlineData("Sweden is the 32nd country to sign the pledge.")]
    public void Ordinals_that_are_not_joining_places_stay_silent(string sentence)
        => CheckAssert.None(TestKnowledgeBases.StarterChecker, sentence, AsOf, RuleCatalog.Count.Name);

    [Theory]
    [InlineData("NATO has nearly 30 members.")]
    [InlineData("NATO has up to 30 members in each committee.")]
    [InlineData("NATO's two newest members met.")]
    [InlineData("NATO's 3 new members met.")]
    [InlineData("The 32-member alliance met.")]
    [InlineData("The 30-member bloc met with NATO and EU officials.")]
    [InlineData("NATO has 30 battalions in the east.")]
    [InlineData("NATO spends 2 percent of GDP.")]
    [InlineData("Sweden has 10 million people.")]
    public void Bounds_other_nouns_and_unknown_organizations_stay_silent(string sentence)
        => CheckAssert.None(TestKnowledgeBases.StarterChecker, sentence, AsOf, RuleCatalog.Count.Name);
}
