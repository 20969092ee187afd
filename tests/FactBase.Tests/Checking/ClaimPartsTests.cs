using FactBase.Checking;
using FactBase.Checking.Rules;

namespace FactBase.Tests.Checking;

/// <summary>Claims whose parts stand apart (a phrase between the verb and its date) or are shared (coordinated subjects
/// and objects give one claim each).</summary>
public sealed class ClaimPartsTests
{
    private const string AsOf = "2025-03-07";

    private static FactChecker Checker => TestKnowledgeBases.StarterChecker;

    [Theory]
    [InlineData("Ukraine declared independence from the Soviet Union on 24 August 1990.", "24 August 1990", "1991-08-24")]
    [InlineData("Vladimir Putin was born in Leningrad in 1953.", "1953", "1952")]
    [InlineData("Finland joined NATO at a ceremony in Brussels in 2022.", "2022", "2023")]
    public void A_date_after_a_phrase_of_place_or_manner_still_belongs_to_the_verb(string text, string span, string expected)
    {
        var finding = CheckAssert.Single(Checker, text, AsOf, RuleCatalog.Date.Name, span, "contradicted", expected, expected.Length == 4 ? expected : null);
        Assert.Equal(span, finding.Text);
    }

    [Theory]
    [InlineData("Ukraine declared independence from the Soviet Union on 24 August 1991.", "24 August 1991")]
    [InlineData("Vladimir Putin was born in Leningrad in 1952.", "1952")]
    [InlineData("Finland joined NATO at a ceremony in Brussels in 2023.", "2023")]
    public void The_true_twin_with_the_phrase_between_is_supported(string text, string span)
        => CheckAssert.Single(Checker, text, AsOf, RuleCatalog.Date.Name, span, "supported");

    [Fact]
    public void Each_of_several_coordinated_subjects_gives_its_own_claim()
    {
        // The three wrong claims share one place and one fix: one finding names the three (SharedSpanFindings).
        var wrong = CheckAssert.Findings(Checker, "Estonia, Latvia and Lithuania, which joined NATO in 2005, border Russia or Belarus.", AsOf);
        var error = Assert.Single(wrong, f => f.Rule == RuleCatalog.Date.Name && f.Verdict == FactBase.Checking.Findings.Verdict.Contradicted);
        Assert.StartsWith("Estonia, Latvia and Lithuania joined NATO", error.Message, StringComparison.Ordinal);
        var right = CheckAssert.Findings(Checker, "Estonia, Latvia and Lithuania, which joined NATO in 2004, border Russia or Belarus.", AsOf);
        Assert.Equal(3, right.Count(f => f.Rule == RuleCatalog.Date.Name && f.Verdict == FactBase.Checking.Findings.Verdict.Supported));
        var pair = CheckAssert.Findings(Checker, "Greece and Turkey joined NATO in 1952.", AsOf);
        Assert.Equal(2, pair.Count(f => f.Rule == RuleCatalog.Date.Name && f.Verdict == FactBase.Checking.Findings.Verdict.Supported));
    }

    [Fact]
    public void Each_of_two_coordinated_organisations_gives_its_own_claim()
    {
        // Poland joined NATO in 1999 and the EU in 2004.
        var findings = CheckAssert.Findings(Checker, "Poland joined NATO and the EU in 2004.", AsOf);
        Assert.Contains(findings, f => f.Rule == RuleCatalog.Date.Name && f.Verdict == FactBase.Checking.Findings.Verdict.Contradicted && f.Message.Contains("NATO"));
        Assert.Contains(findings, f => f.Rule == RuleCatalog.Date.Name && f.Verdict == FactBase.Checking.Findings.Verdict.Supported);
        CheckAssert.NoAlarm(Checker, "Slovakia joined NATO and the EU in 2004.", AsOf);
    }

    [Fact]
    public void A_list_under_a_lead_in_about_joining_gives_a_claim_per_item()
    {
        const string Article = "# Enlargement\n\nNATO members and the year they joined:\n\n- Estonia (2004)\n- Finland (2022)\n- Sweden (2024)\n";
        var findings = CheckAssert.Findings(Checker, Article, AsOf, FactBase.Documents.DocumentFormat.Markdown);
        var wrong = Assert.Single(findings, f => f.Verdict != FactBase.Checking.Findings.Verdict.Supported);
        Assert.Equal("2022", wrong.Text);
        Assert.Equal("2023", wrong.Expected);
        Assert.Equal(2, findings.Count(f => f.Rule == RuleCatalog.Date.Name && f.Verdict == FactBase.Checking.Findings.Verdict.Supported));
    }

    [Theory]
    [InlineData("NATO members and the year they joined:\n\n- Estonia (2004)\n- Finland (2023)\n")]
    [InlineData("NATO members that raised spending:\n\n- Estonia (2022)\n- Finland (2021)\n")]
    [InlineData("NATO and the EU: members and the year they joined\n\n- Finland (1995)\n")]
    [InlineData("NATO members and the year they joined:\n\n- Finland, after a vote in 2022\n- Sweden 2023 2024\n")]
    public void A_list_whose_lead_in_or_items_say_something_else_gives_no_alarm(string article)
        => Assert.DoesNotContain(CheckAssert.Findings(Checker, article, AsOf, FactBase.Documents.DocumentFormat.Markdown), f => f.Verdict != FactBase.Checking.Findings.Verdict.Supported);

    [Theory]
    [InlineData("Finland and Sweden joined NATO in 2023 and 2024 respectively.")]
    [InlineData("Finland and Sweden joined NATO in 2023 and in 2024.")]
    [InlineData("The summit in Estonia and Latvia, which NATO founded in 1949, was short.")]
    [InlineData("NATO, founded in Washington in 1949, celebrated its 75th anniversary in 2024.")]
    [InlineData("Vladimir Putin was born in Leningrad after the war in 1952.")]
    public void Pairs_and_phrases_that_do_not_share_a_part_stay_silent(string text)
        => CheckAssert.NoAlarm(Checker, text, AsOf);
}
