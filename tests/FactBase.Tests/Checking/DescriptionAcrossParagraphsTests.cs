using FactBase.Checking;
using FactBase.Checking.Findings;
using FactBase.Checking.Rules;
using Xunit;

namespace FactBase.Tests.Checking;

/// <summary>Two readings that took the wrong entity (our own sentences): an age description opening a paragraph whose age is
/// that of the person the article is about, not of the one the last paragraph ended on; and a member's ordinal after a
/// relative clause that names another member.</summary>
public sealed class DescriptionAcrossParagraphsTests
{
    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    private const string Obituary = "Jacques Chirac died in Paris on Thursday. Nicolas Sarkozy, who succeeded him in 2007, paid tribute.\n\n";

    [Fact]
    public void An_age_that_fits_the_article_s_subject_and_not_the_last_person_named_is_the_subject_s()
    {
        var finding = Assert.Single(CheckAssert.Findings(Starter, Obituary + "The 86-year-old later wrote two volumes of memoirs.", "2019-09-26"), f => f.Rule == RuleCatalog.Age.Name);
        Assert.Equal((Verdict.Supported, "86"), (finding.Verdict, finding.Text));
        Assert.Contains("Chirac", finding.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_age_that_fits_no_one_is_still_checked_against_the_last_person_named()
    {
        var finding = Assert.Single(CheckAssert.Findings(Starter, Obituary + "The 70-year-old later wrote two volumes of memoirs.", "2019-09-26"), f => f.Rule == RuleCatalog.Age.Name);
        Assert.Equal((Verdict.Contradicted, "70"), (finding.Verdict, finding.Text));
        Assert.Contains("Sarkozy", finding.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("North Macedonia, which ended its quarrel with Greece, became the thirtieth member of NATO.", "supported")]
    [InlineData("North Macedonia, which ended its quarrel with Greece, became the twenty-ninth member of NATO.", "contradicted")]
    public void A_member_named_in_a_relative_clause_is_not_the_one_the_ordinal_counts(string text, string verdict)
    {
        var finding = Assert.Single(CheckAssert.Findings(Starter, text, "2021-01-10"), f => f.Rule == RuleCatalog.Count.Name);
        Assert.Equal(verdict, finding.Verdict.ToString().ToLowerInvariant());
        Assert.Contains("North Macedonia", finding.Message, System.StringComparison.Ordinal);
    }
}
