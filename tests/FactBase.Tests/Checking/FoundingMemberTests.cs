using FactBase.Checking;
using FactBase.Checking.Rules;

namespace FactBase.Tests.Checking;

/// <summary>
/// "a founding member of NATO", "one of NATO's founders", "among the alliance's twelve founding members" (issue 15, session
/// 5): membership on the first day of the organization's timeline, one claim per coordinated subject; a late joiner is
/// flagged in the same phrasing.
/// </summary>
public sealed class FoundingMemberTests
{
    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    [Theory]
    [InlineData("Portugal is one of NATO's founders and hosted the summit.", "supported")]
    [InlineData("Greece is one of NATO's founders and hosted the summit.", "contradicted")]
    [InlineData("Luxembourg, a small state with a large army budget, is also one of the EU's founding members.", "supported")]
    [InlineData("Ireland, a small state with a large army budget, is also one of the EU's founding members.", "contradicted")]
    public void A_founding_member_is_a_member_on_the_first_day(string text, string verdict)
    {
        var finding = Assert.Single(CheckAssert.Findings(Starter, text, "2023-11-20"), f => f.Rule == RuleCatalog.Membership.Name);
        Assert.Equal(verdict, finding.Verdict.ToString().ToLowerInvariant());
    }

    [Fact]
    public void Coordinated_founders_give_one_claim_each()
    {
        var findings = CheckAssert.Findings(Starter, "Belgium, Canada and Greece were among NATO's founding members, its website says.", "2023-11-20")
            .Where(f => f.Rule == RuleCatalog.Membership.Name).ToList();
        Assert.Equal(3, findings.Count);
        Assert.Equal(2, findings.Count(f => f.Verdict == FactBase.Checking.Findings.Verdict.Supported));
        Assert.Contains(findings, f => f.Verdict == FactBase.Checking.Findings.Verdict.Contradicted && f.Message.Contains("Greece", StringComparison.Ordinal));
    }

    [Theory]
    // Founders named as examples, and a count of founders with no member named.
    [InlineData("The founding members such as Portugal met in Lisbon.")]
    [InlineData("NATO's twelve founding members met in Washington in 1949.")]
    public void Founders_not_stated_of_a_member_give_no_membership_claim(string text)
        => CheckAssert.None(Starter, text, "2023-11-20", RuleCatalog.Membership.Name);
}
