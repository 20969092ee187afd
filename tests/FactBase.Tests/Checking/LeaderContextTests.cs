using FactBase.Checking;
using FactBase.Checking.Rules;

namespace FactBase.Tests.Checking;

/// <summary>
/// A person who holds an office of an organization with members stands for it when a later sentence counts members without
/// naming it (issue 15): the facts give the Commission's presidency as an office of the EU, so a text about its president
/// is about the EU. A person who leads only a country, or offices of two such organizations, says nothing.
/// </summary>
public sealed class LeaderContextTests
{
    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    [Theory]
    [InlineData("Ursula von der Leyen opened the summit in Brussels. Leaders of a 27-member union then agreed on the budget with Emmanuel Macron.", "27", "supported")]
    [InlineData("Ursula von der Leyen opened the summit in Brussels. Leaders of a 26-member union then agreed on the budget with Emmanuel Macron.", "26", "contradicted")]
    public void A_count_after_a_leader_of_the_organization_counts_its_members(string text, string span, string verdict)
    {
        var finding = Assert.Single(CheckAssert.Findings(Starter, text, "2024-03-01"), f => f.Rule == RuleCatalog.Count.Name);
        Assert.Equal(span, finding.Text);
        Assert.Equal(verdict, finding.Verdict.ToString().ToLowerInvariant());
    }

    [Fact]
    public void A_leader_of_a_country_gives_no_organization_to_count()
        => CheckAssert.None(Starter, "Emmanuel Macron opened the summit in Paris. Leaders of a 26-member union then agreed on the budget with Olaf Scholz.", "2024-03-01", RuleCatalog.Count.Name);
}
