using FactBase.Checking;
using FactBase.Checking.Findings;
using FactBase.Checking.Rules;
using Xunit;

namespace FactBase.Tests.Checking;

/// <summary>"It has 32 members" after a sentence naming an organization: "it" stands for the one organization with members
/// the paragraph has named (our own sentences). Two such organizations, or one named only in another paragraph, leave it
/// silent.</summary>
public sealed class CountPronounTests
{
    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    [Theory]
    [InlineData("Leaders of NATO gathered in Vilnius. It has thirty-one members, diplomats said.", "thirty-one")]
    [InlineData("The alliance's leaders gathered in Brussels after NATO's talks. It now has 31 members.", "31")]
    public void It_counts_the_members_of_the_organization_the_paragraph_named(string text, string number)
    {
        var finding = Assert.Single(CheckAssert.Findings(Starter, text, "2025-02-01"), f => f.Rule == RuleCatalog.Count.Name);
        Assert.Equal((Verdict.Outdated, number, "32"), (finding.Verdict, finding.Text, finding.Expected));
    }

    [Fact]
    public void The_true_count_is_confirmed()
        => CheckAssert.Single(Starter, "Leaders of NATO gathered in Vilnius. It has thirty-two members, diplomats said.", "2025-02-01", RuleCatalog.Count.Name, "thirty-two", "supported");

    [Theory]
    [InlineData("Leaders of NATO and the EU gathered in Vilnius. It has thirty-one members, diplomats said.")]
    [InlineData("Leaders of NATO gathered in Vilnius.\n\nIt has thirty-one members, diplomats said.")]
    public void Two_organizations_or_another_paragraph_leave_it_silent(string text)
        => CheckAssert.None(Starter, text, "2025-02-01", RuleCatalog.Count.Name);
}
