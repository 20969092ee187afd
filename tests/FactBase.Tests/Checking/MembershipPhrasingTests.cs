using FactBase.Checking;
using FactBase.Checking.Rules;

namespace FactBase.Tests.Checking;

/// <summary>
/// Membership as journalists write it (issue 15): a bare "member" of the organization the text is about, several subjects
/// gathered by "both", two organizations before one noun, "belongs to neither ... nor", "not a member of X or Y". Each
/// wrong sentence has a true twin in the same phrasing.
/// </summary>
public sealed class MembershipPhrasingTests
{
    private const string AsOf = "2023-06-01";

    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    private static List<(string Text, string Verdict)> Membership(string text)
        => CheckAssert.Findings(Starter, text, AsOf).Where(f => f.Rule == RuleCatalog.Membership.Name)
            .Select(f => (f.Text, f.Verdict.ToString().ToLowerInvariant())).ToList();

    [Theory]
    [InlineData("NATO met in Vilnius. Turkey, a member since 1952, raised objections.", "1952", "supported")]
    [InlineData("NATO met in Vilnius. Turkey, a member since 1962, raised objections.", "1962", "contradicted")]
    [InlineData("Sweden, which is not yet a member, hopes to join NATO by July.", "Sweden, which is not yet a member", "supported")]
    [InlineData("Finland, which is not yet a member, hopes to join NATO by July.", "Finland, which is not yet a member", "contradicted")]
    public void A_bare_member_means_the_organization_the_text_is_about(string text, string span, string verdict)
        => Assert.Equal((span, verdict), Assert.Single(Membership(text)));

    [Theory]
    [InlineData("NATO and the EU met. Sweden, a member since 1995, spoke.")]
    [InlineData("Sweden, a member since 1995, spoke.")]
    [InlineData("The alliance met. Sweden, a member-state diplomat said, will wait.")]
    public void A_bare_member_with_two_organizations_or_none_around_stays_silent(string text)
        => Assert.Empty(Membership(text));

    [Fact]
    public void Two_subjects_gathered_by_both_give_one_claim_each()
    {
        var claims = Membership("NATO grew. Finland and Sweden, both now members, ended decades of neutrality.");
        Assert.Contains(("Finland", "supported"), claims);
        Assert.Contains(("Sweden", "contradicted"), claims);
        Assert.Equal(new[] { ("Finland", "supported"), ("Norway", "supported") }, Membership("NATO grew. Finland and Norway, both now members, ended decades of neutrality."));
    }

    [Fact]
    public void Two_organizations_before_one_noun_give_one_claim_each()
    {
        var ireland = Membership("Leaders met the prime minister of Ireland, an EU and NATO member, on Friday.");
        Assert.Equal(2, ireland.Count);
        Assert.Contains(ireland, c => c.Verdict == "contradicted" && c.Text.EndsWith("NATO", StringComparison.Ordinal));
        Assert.Contains(ireland, c => c.Verdict == "supported" && c.Text.EndsWith("EU", StringComparison.Ordinal));
        Assert.All(Membership("Leaders met the prime minister of Denmark, an EU and NATO member, on Friday."), c => Assert.Equal("supported", c.Verdict));
    }

    [Theory]
    [InlineData("Switzerland belongs to neither NATO nor the EU.", 0)]
    [InlineData("Austria belongs to neither NATO nor the EU.", 1)]
    [InlineData("Ukraine, which is not a member of NATO or the European Union, asked for help.", 0)]
    [InlineData("Poland, which is not a member of NATO or the European Union, asked for help.", 2)]
    public void Neither_nor_and_not_or_deny_both_memberships(string text, int wrong)
    {
        var claims = Membership(text);
        Assert.Equal(2, claims.Count);
        Assert.Equal(wrong, claims.Count(c => c.Verdict != "supported"));
    }

    [Theory]
    [InlineData("Switzerland belongs to neither NATO nor the OSCE.")]
    [InlineData("Austria belongs to the EU and the OSCE.")]
    public void A_body_the_facts_do_not_know_leaves_the_phrase_unread(string text)
        => Assert.Empty(Membership(text));

    [Theory]
    [InlineData("Sweden, which joined the European Union in 1995 but is not a member of NATO, hesitated.", "2020-06-01", "supported")]
    [InlineData("Sweden, which joined the European Union in 1995 but is not a member of NATO, hesitated.", "2025-06-01", "contradicted")]
    [InlineData("Finland, which joined the European Union in 1995 and is a member of NATO, hesitated.", "2025-06-01", "supported")]
    [InlineData("Finland, which joined the European Union in 1995 and is a member of NATO, hesitated.", "2020-06-01", "contradicted")]
    public void A_relative_clause_that_goes_on_after_but_or_and_keeps_its_subject(string text, string asOf, string verdict)
    {
        var finding = Assert.Single(CheckAssert.Findings(Starter, text, asOf), f => f.Rule == RuleCatalog.Membership.Name);
        Assert.Equal(verdict, finding.Verdict.ToString().ToLowerInvariant());
    }
}
