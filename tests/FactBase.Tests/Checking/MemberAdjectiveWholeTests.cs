using FactBase.Checking;
using FactBase.Checking.Rules;

namespace FactBase.Tests.Checking;

/// <summary>
/// A count made an adjective of the organization itself ("the 15-member bloc,", "the 15-member EU met") describes all of
/// it, so a number far below the count is an error, not a part; a body or a group of it after the name stays a part.
/// </summary>
public sealed class MemberAdjectiveWholeTests
{
    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    [Theory]
    [InlineData("Spain, the fifth economy in the 15-member bloc, pays into the EU budget.", "2006-03-01")]
    [InlineData("Finland pays into the budget of the 15-member EU.", "2006-03-01")]
    [InlineData("The 12-member EU met in Brussels on Friday.", "2006-03-01")]
    [InlineData("NATO leaders gathered in Riga, where the 16-member alliance agreed a plan.", "2006-11-29")]
    public void A_count_far_below_the_membership_is_flagged(string text, string asOf)
        => Assert.Contains(CheckAssert.Findings(Starter, text, asOf), f => f.Rule == RuleCatalog.Count.Name && f.Verdict.ToString() is "Outdated" or "Contradicted");

    [Theory]
    [InlineData("Spain, the fifth economy in the 25-member bloc, pays into the EU budget.", "2006-03-01")]
    [InlineData("Finland pays into the budget of the 25-member EU.", "2006-03-01")]
    [InlineData("The 25-member EU met in Brussels on Friday.", "2006-03-01")]
    [InlineData("NATO leaders gathered in Riga, where the 26-member alliance agreed a plan.", "2006-11-29")]
    public void The_true_twin_is_supported(string text, string asOf)
    {
        var findings = CheckAssert.Findings(Starter, text, asOf);
        Assert.Contains(findings, f => f.Rule == RuleCatalog.Count.Name && f.Verdict.ToString() == "Supported");
        Assert.DoesNotContain(findings, f => f.Verdict.ToString() != "Supported");
    }

    [Theory]
    // A body of the organization, or a group of its people, after the name.
    [InlineData("The 15-member UN Security Council met on Friday.", "2006-03-01")]
    [InlineData("The 12-member EU delegation met on Friday.", "2006-03-01")]
    [InlineData("The 12-member EU team arrived in Kyiv.", "2006-03-01")]
    // A description of something else.
    [InlineData("The EU budget was approved by the 12-member committee.", "2006-03-01")]
    public void A_group_from_the_organization_stays_silent(string text, string asOf)
        => CheckAssert.None(Starter, text, asOf, RuleCatalog.Count.Name);
}
