using FactBase.Checking;
using FactBase.Checking.Findings;
using FactBase.Checking.Rules;
using Xunit;

namespace FactBase.Tests.Checking;

/// <summary>A title written after a name that says which of the holders or which years it means (our own sentences): an
/// ordinal counts the holders ("X, the fifth President of Ukraine"), years in brackets give the term ("X, Prime Minister of
/// Ukraine (2014-2016),").</summary>
public sealed class ApposedTitleTimeTests
{
    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    [Fact]
    public void An_ordinal_title_after_a_former_holder_s_name_is_not_flagged()
        => CheckAssert.NoAlarm(Starter, "Petro Poroshenko, the fifth President of Ukraine, spoke in Kyiv.", "2025-02-17");

    [Fact]
    public void Without_the_ordinal_the_title_is_of_the_article_date()
    {
        var finding = Assert.Single(CheckAssert.Findings(Starter, "Petro Poroshenko, the President of Ukraine, spoke in Kyiv.", "2025-02-17"), f => f.Rule == RuleCatalog.Role.Name);
        Assert.Equal(Verdict.Outdated, finding.Verdict);
    }

    [Theory]
    [InlineData("Arseniy Yatsenyuk, Prime Minister of Ukraine (2014-2016), founded a think tank.", Verdict.Supported)]
    [InlineData("Arseniy Yatsenyuk, Prime Minister of Ukraine (2012-2016), founded a think tank.", Verdict.Contradicted)]
    public void Years_in_brackets_after_the_title_are_its_term(string text, Verdict verdict)
    {
        var finding = Assert.Single(CheckAssert.Findings(Starter, text, "2020-05-18"), f => f.Rule == RuleCatalog.Role.Name);
        Assert.Equal(verdict, finding.Verdict);
    }

    [Fact]
    public void Years_in_brackets_of_an_office_the_person_never_held_are_silent()
        => CheckAssert.None(Starter, "Arseniy Yatsenyuk, President of Ukraine (2014-2016), founded a think tank.", "2020-05-18", RuleCatalog.Role.Name);
}
