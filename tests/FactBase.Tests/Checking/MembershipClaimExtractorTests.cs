using FactBase.Checking;
using FactBase.Checking.Rules;

namespace FactBase.Tests.Checking;

/// <summary>
/// The membership family against the starter facts, as of 2025-03-07: Finland in NATO since 2023-04-04, Sweden since
/// 2024-03-07, Greece since 1952-02-18; Ukraine, Moldova, Austria not in NATO; the UK left the EU on 2020-02-01;
/// Poland in the EU since 2004-05-01; Norway never in the EU.
/// </summary>
public sealed class MembershipClaimExtractorTests
{
    private const string AsOf = "2025-03-07";

    [Theory]
    [InlineData("Ukraine, which is not a NATO member, asked for guarantees.", "Ukraine, which is not a NATO member")]
    [InlineData("NATO member Finland hosted the meeting.", "NATO member Finland")]
    [InlineData("fellow NATO ally Turkey hosted the meeting.", "NATO ally Turkey")]
    [InlineData("EU member state Poland hosted the meeting.", "EU member state Poland")]
    [InlineData("Greece, a member of NATO since 1952, hosted the meeting.", "1952")]
    [InlineData("Poland is a member of the EU.", "Poland is a member of the EU")]
    [InlineData("Poland is an EU member.", "Poland is an EU member")]
    [InlineData("Turkey, a NATO ally, hosted the meeting.", "Turkey, a NATO ally")]
    [InlineData("non-NATO member Ukraine hosted the meeting.", "non-NATO member Ukraine")]
    [InlineData("Ukraine is not a member of NATO.", "Ukraine is not a member of NATO")]
    [InlineData("Ukraine is not yet a NATO member.", "Ukraine is not yet a NATO member")]
    [InlineData("Ukraine has never been a member of NATO.", "Ukraine has never been a member of NATO")]
    [InlineData("Ukraine, not a member of the EU, asked for help.", "Ukraine, not a member of the EU")]
    [InlineData("Sweden has been a member of NATO since 2024.", "2024")]
    [InlineData("The UK is no longer a member of the EU.", "UK is no longer a member of the EU")]
    [InlineData("In 2019, the UK was a member of the EU.", "UK was a member of the EU")]
    [InlineData("Finland, which joined NATO in 2023, is a member of the EU.", "Finland, which joined NATO in 2023, is a member of the EU")]
    public void Right_membership_claims_are_supported(string sentence, string span)
        => CheckAssert.Single(TestKnowledgeBases.StarterChecker, sentence, AsOf, RuleCatalog.Membership.Name, span, "supported");

    [Theory]
    [InlineData("Finland, which is not a NATO member, asked for guarantees.", "Finland, which is not a NATO member", "member since 2023-04-04")]
    [InlineData("Sweden, which is not a NATO member, sent observers.", "Sweden, which is not a NATO member", "member since 2024-03-07")]
    [InlineData("non-NATO member Sweden sent observers.", "non-NATO member Sweden", "member since 2024-03-07")]
    [InlineData("NATO member Ukraine hosted the meeting.", "NATO member Ukraine", "not a member")]
    [InlineData("Norway is a member of the EU.", "Norway is a member of the EU", "not a member")]
    [InlineData("Austria, a NATO member, hosted the meeting.", "Austria, a NATO member", "not a member")]
    [InlineData("Sweden has never been a member of NATO.", "Sweden has never been a member of NATO", "member since 2024-03-07")]
    public void Wrong_membership_claims_are_contradicted(string sentence, string span, string expected)
        => CheckAssert.Single(TestKnowledgeBases.StarterChecker, sentence, AsOf, RuleCatalog.Membership.Name, span, "contradicted", expected, null);

    [Theory]
    [InlineData("Greece, a member of NATO since 1955, hosted the meeting.", "1955", "1952")]
    [InlineData("Finland, a member of NATO since 2022, hosted the meeting.", "2022", "2023")]
    public void A_wrong_since_date_is_contradicted_with_the_joining_date(string sentence, string span, string expected)
        => CheckAssert.Single(TestKnowledgeBases.StarterChecker, sentence, AsOf, RuleCatalog.Membership.Name, span, "contradicted", expected, expected);

    [Theory]
    [InlineData("The UK is a member of the EU.", "UK is a member of the EU")]
    [InlineData("Britain, an EU member, voted against.", "Britain, an EU member")]
    [InlineData("EU member Britain voted against.", "EU member Britain")]
    [InlineData("In 2021, the UK was a member of the EU.", "UK was a member of the EU")]
    public void A_member_that_left_is_outdated(string sentence, string span)
        => CheckAssert.Single(TestKnowledgeBases.StarterChecker, sentence, AsOf, RuleCatalog.Membership.Name, span, "outdated", "not a member since 2020-02-01", null);

    [Fact]
    public void Membership_is_read_at_the_article_date()
    {
        CheckAssert.Single(TestKnowledgeBases.StarterChecker, "The UK is a member of the EU.", "2019-06-01", RuleCatalog.Membership.Name, "UK is a member of the EU", "supported");
        CheckAssert.Single(TestKnowledgeBases.StarterChecker, "Sweden, which is not a NATO member, sent observers.", "2023-06-01", RuleCatalog.Membership.Name, "Sweden, which is not a NATO member", "supported");
        CheckAssert.Single(TestKnowledgeBases.StarterChecker, "NATO member Sweden sent observers.", "2023-06-01", RuleCatalog.Membership.Name, "NATO member Sweden", "contradicted", "member from 2024-03-07", null);
    }

    [Fact]
    public void Coordinated_subjects_are_each_checked()
    {
        var findings = CheckAssert.Findings(TestKnowledgeBases.StarterChecker, "Finland, Sweden and Ukraine are NATO members.", AsOf)
            .Where(f => f.Rule == RuleCatalog.Membership.Name).Select(f => (f.Text, f.Verdict.ToString())).ToList();
        Assert.Equal(new[] { ("Finland", "Supported"), ("Sweden", "Supported"), ("Ukraine", "Contradicted") }, findings);

        var negative = CheckAssert.Findings(TestKnowledgeBases.StarterChecker, "Moldova and Ukraine are not members of NATO.", AsOf)
            .Where(f => f.Rule == RuleCatalog.Membership.Name).Select(f => (f.Text, f.Verdict.ToString())).ToList();
        Assert.Equal(new[] { ("Moldova", "Supported"), ("Ukraine", "Supported") }, negative);

        var listed = CheckAssert.Findings(TestKnowledgeBases.StarterChecker, "NATO members Finland and Ukraine met.", AsOf)
            .Where(f => f.Rule == RuleCatalog.Membership.Name).Select(f => f.Verdict.ToString()).ToList();
        Assert.Equal(new[] { "Supported", "Contradicted" }, listed);
    }

    [Fact]
    public void Coordinated_organizations_are_each_checked()
    {
        var findings = CheckAssert.Findings(TestKnowledgeBases.StarterChecker, "Norway is a member of the EU and NATO.", AsOf)
            .Where(f => f.Rule == RuleCatalog.Membership.Name).Select(f => (f.Text, f.Verdict.ToString())).ToList();
        Assert.Equal(new[] { ("Norway is a member of the EU", "Contradicted"), ("Norway is a member of the EU and NATO", "Supported") }, findings);
    }

    [Theory]
    [InlineData("The UK was a member of the EU.")]
    [InlineData("Ukraine wants to be a member of NATO.")]
    [InlineData("Ukraine is a candidate for EU membership.")]
    [InlineData("Ukraine could become a NATO member.")]
    [InlineData("Poland is a member of NATO and the G7.")]
    [InlineData("Hungary, an EU and NATO member, objected.")]
    [InlineData("John Smith, a NATO member of staff, objected.")]
    [InlineData("Sweden's membership of NATO was ratified by Turkey.")]
    [InlineData("NATO members met in Brussels.")]
    public void Unclear_membership_statements_stay_silent(string sentence)
        => CheckAssert.NoAlarm(TestKnowledgeBases.StarterChecker, sentence, AsOf);
}
