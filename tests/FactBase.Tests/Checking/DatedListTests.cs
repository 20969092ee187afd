using FactBase.Checking.Findings;
using FactBase.Checking.Rules;
using FactBase.Documents;

namespace FactBase.Tests.Checking;

/// <summary>
/// A Markdown list of names under a lead-in that dates a joining (issue 15): "## Joined on 1 May 2004" then "- Malta",
/// "In 2004 these countries joined NATO:" then "- Estonia". Each item is a joining-date claim of the lead-in's organization,
/// else of the one the text is about. Starter facts: Malta and Cyprus joined the EU 2004-05-01, Croatia 2013-07-01; Estonia
/// joined NATO 2004-03-29, Albania 2009-04-01.
/// </summary>
public sealed class DatedListTests
{
    private static readonly FactBase.Checking.FactChecker Checker = TestKnowledgeBases.StarterChecker;

    private static List<Finding> DateFindings(string text)
        => CheckAssert.Findings(Checker, text, "2024-05-02", DocumentFormat.Markdown).Where(f => f.Rule == RuleCatalog.Date.Name).ToList();

    [Fact]
    public void Names_under_a_dated_heading_joined_the_organization_of_the_text_then()
    {
        var findings = DateFindings("# Ten years on\n\nThe EU marked the day.\n\n## Joined on 1 May 2004\n- Malta\n- Croatia\n");
        Assert.Equal(2, findings.Count);
        Assert.Equal(Verdict.Supported, findings.Single(f => f.Text == "Malta").Verdict);
        var croatia = findings.Single(f => f.Text == "Croatia");
        Assert.Equal(Verdict.Contradicted, croatia.Verdict);
        Assert.Null(croatia.Suggestion); // the span is the name: nothing to rewrite
    }

    [Fact]
    public void Names_under_a_dated_lead_in_sentence_joined_the_organization_it_names()
    {
        var findings = DateFindings("Allies met.\n\nIn 2004 these countries joined NATO:\n- Estonia\n- Albania\n");
        Assert.Equal(Verdict.Supported, findings.Single(f => f.Text == "Estonia").Verdict);
        Assert.Equal(Verdict.Contradicted, findings.Single(f => f.Text == "Albania").Verdict);
    }

    [Theory]
    [InlineData("NATO met.\n\nHighlights of 2004:\n- Albania\n")] // no joining told
    [InlineData("NATO met.\n\nIn 2004 these countries joined NATO:\n- Albania won a prize\n")] // more than a name
    [InlineData("NATO and the EU met.\n\n## Joined in 2004\n- Albania\n")] // two organizations in the text
    [InlineData("NATO met.\n\nIn 2004 and 2009 these countries joined NATO:\n- Albania\n")] // two dates
    public void Lists_under_lead_ins_that_do_not_date_one_joining_stay_silent(string text)
        => Assert.Empty(DateFindings(text));
}
