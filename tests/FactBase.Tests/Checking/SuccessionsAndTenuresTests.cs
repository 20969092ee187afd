using FactBase.Checking;
using FactBase.Checking.Rules;

namespace FactBase.Tests.Checking;

/// <summary>
/// Starts of tenures and successions that only the office the text ties the person to makes certain (docs/rules.md,
/// "Session 11: successions and tenures"): "in power since", a tenure verb with no body after it ("who had ruled since"),
/// and a succession's date followed by a phrase of cause or sequence. Each wrong claim beside its true twin.
/// </summary>
public sealed class SuccessionsAndTenuresTests
{
    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    [Theory]
    [InlineData("Prime Minister Gordon Brown, in power since 2006, faces a revolt.", "2009-05-01", "Gordon Brown, in power since 2006")]
    [InlineData("David Cameron became Britain's prime minister. He replaced Gordon Brown, who had ruled since 2008 and who lost the election.", "2010-05-12", "Gordon Brown, who had ruled since 2008")]
    [InlineData("Gordon Brown, who succeeded Tony Blair in 2008 after years of waiting, faces a revolt.", "2009-05-01", "Gordon Brown, who succeeded Tony Blair in 2008")]
    public void A_wrong_start_is_flagged(string text, string asOf, string span)
        => Assert.Contains(CheckAssert.Findings(Starter, text, asOf), f => f.Rule == RuleCatalog.Role.Name && f.Text == span && f.Verdict.ToString() == "Contradicted");

    [Theory]
    [InlineData("Prime Minister Gordon Brown, in power since 2007, faces a revolt.", "2009-05-01", "Gordon Brown, in power since 2007")]
    [InlineData("David Cameron became Britain's prime minister. He replaced Gordon Brown, who had ruled since 2007 and who lost the election.", "2010-05-12", "Gordon Brown, who had ruled since 2007")]
    [InlineData("Gordon Brown, who succeeded Tony Blair in 2007 after years of waiting, faces a revolt.", "2009-05-01", "Gordon Brown, who succeeded Tony Blair in 2007")]
    public void The_true_twin_is_supported(string text, string asOf, string span)
    {
        var findings = CheckAssert.Findings(Starter, text, asOf);
        Assert.Contains(findings, f => f.Rule == RuleCatalog.Role.Name && f.Text == span && f.Verdict.ToString() == "Supported");
        Assert.DoesNotContain(findings, f => f.Verdict.ToString() != "Supported");
    }

    [Theory]
    // The facts list Russia's prime ministers from 1992: an earlier office of the person may be missing.
    [InlineData("President Vladimir Putin, in power since 1989, faces a revolt.", "2006-05-01")]
    // Ukraine's presidents are listed from December 1991, so "in power" in 1991 may count an office the facts leave out.
    [InlineData("She was jailed under Leonid Kuchma, in power since 1991, and freed later.", "2004-12-20")]
    // Two offices "ruled" tells of and no title written: which one is not said.
    [InlineData("Recep Tayyip Erdoğan, who has ruled since 2002, faces a revolt.", "2016-05-01")]
    // No office tied by the text and a person of two offices: only confirmed.
    [InlineData("Recep Tayyip Erdoğan, in power since 2001, faces a revolt.", "2016-05-01")]
    // A verb of several offices with no body and no date frame after it.
    [InlineData("Prime Minister Gordon Brown led from the front in 2008.", "2009-05-01")]
    public void An_uncertain_start_stays_silent(string text, string asOf)
        => Assert.DoesNotContain(CheckAssert.Findings(Starter, text, asOf), f => f.Verdict.ToString() != "Supported");

    [Theory]
    [InlineData("Britain has had these prime ministers since 1997:\n\n- Tony Blair (1997–2007), Labour\n- Gordon Brown (2007–2011), Labour\n", "Gordon Brown (2007–2011)")]
    [InlineData("# Heads of government\n\nBritain has had these heads of government since 2010:\n\n- David Cameron (2010–2016)\n- Theresa May (2016–2020)\n", "Theresa May (2016–2020)")]
    public void A_wrong_term_in_a_list_of_an_office_s_holders_is_flagged(string text, string span)
        => Assert.Contains(CheckAssert.Findings(Starter, text, "2020-01-01", FactBase.Documents.DocumentFormat.Markdown), f => f.Rule == RuleCatalog.Role.Name && f.Text == span && f.Verdict.ToString() == "Contradicted");

    [Theory]
    [InlineData("Britain has had these prime ministers since 1997:\n\n- Tony Blair (1997–2007), Labour\n- Gordon Brown (2007–2010), Labour\n", "Gordon Brown (2007–2010)")]
    [InlineData("# Heads of government\n\nBritain has had these heads of government since 2010:\n\n- David Cameron (2010–2016)\n- Theresa May (2016–2019)\n", "Theresa May (2016–2019)")]
    public void The_true_term_in_such_a_list_is_supported(string text, string span)
    {
        var findings = CheckAssert.Findings(Starter, text, "2020-01-01", FactBase.Documents.DocumentFormat.Markdown);
        Assert.Contains(findings, f => f.Rule == RuleCatalog.Role.Name && f.Text == span && f.Verdict.ToString() == "Supported");
        Assert.DoesNotContain(findings, f => f.Verdict.ToString() != "Supported");
    }

    [Theory]
    // Two bodies in the lead-in: whose office is not said.
    [InlineData("Britain and France have had these prime ministers:\n\n- Gordon Brown (2007–2011)\n")]
    // No office in the lead-in: the term after a name is only confirmed.
    [InlineData("Leaders Britain remembers:\n\n- Gordon Brown (2007–2011)\n")]
    // Someone who never held the office named (a rival, a stand-in): the list may hold others.
    [InlineData("Britain has had these prime ministers since 2007:\n\n- Angela Merkel (2005–2022)\n")]
    public void A_list_whose_office_is_unclear_stays_silent(string text)
        => Assert.DoesNotContain(CheckAssert.Findings(Starter, text, "2020-01-01", FactBase.Documents.DocumentFormat.Markdown), f => f.Verdict.ToString() != "Supported");

    [Fact]
    public void A_relative_time_in_a_clause_set_off_by_commas_does_not_license_a_title_outside_it()
    {
        // In May 2021 Merkel was chancellor; Schröder had left in 2005. "last year" is the talks', not the title's.
        const string wrong = "Chancellor Gerhard Schröder said in Berlin that the talks, stalled during the crisis last year, could resume.";
        Assert.Contains(CheckAssert.Findings(Starter, wrong, "2021-05-10"), f => f.Rule == RuleCatalog.Role.Name && f.Text.Contains("Gerhard Schröder", System.StringComparison.Ordinal) && f.Verdict.ToString() != "Supported");
        const string right = "Chancellor Angela Merkel said in Berlin that the talks, stalled during the crisis last year, could resume.";
        Assert.DoesNotContain(CheckAssert.Findings(Starter, right, "2021-05-10"), f => f.Verdict.ToString() != "Supported");
    }

    [Theory]
    // A clause right after the name is the person's own: its time may be the title's.
    [InlineData("Chancellor Gerhard Schröder, who lost the election last year, said the talks could resume.", "2006-05-10")]
    // A time in the main clause still licenses the title.
    [InlineData("Chancellor Gerhard Schröder said last year that the talks, stalled during the crisis, could resume.", "2006-05-10")]
    public void A_time_that_may_be_the_title_s_keeps_licensing_it(string text, string asOf)
        => Assert.DoesNotContain(CheckAssert.Findings(Starter, text, asOf), f => f.Verdict.ToString() != "Supported");
}
