using FactBase.Checking.Rules;

namespace FactBase.Tests.Checking;

/// <summary>
/// Member counts written as a definite group or after a noun for the organization (issue 15): "the 30 allies", "six of the
/// 27 member states", "one of 32 allies", "the 193 members of the world body", "an alliance of 32 countries", "an
/// alliance that now counts 32 members". Each wrong claim has a true twin in the same phrasing; groups that may be some of
/// the members stay silent. Starter facts: NATO 31 members from 2023-04-04, 32 from 2024-03-07; the EU 27 from 2020-02-01.
/// </summary>
public sealed class CountGroupTests
{
    private static readonly FactBase.Checking.FactChecker Checker = TestKnowledgeBases.StarterChecker;

    [Theory]
    [InlineData("NATO envoys flew to Oslo. Diplomats from the 31 allies arrived on Monday.", "31", "outdated")]
    [InlineData("NATO envoys flew to Oslo. Diplomats from the 32 allies arrived on Monday.", "32", "supported")]
    [InlineData("The EU held a summit. Only six of the 28 member states backed the plan.", "28", "outdated")]
    [InlineData("The EU held a summit. Only six of the 27 member states backed the plan.", "27", "supported")]
    [InlineData("NATO drills began. Norway is one of 30 allies, officials said.", "30", "outdated")]
    [InlineData("NATO drills began. Norway is one of 32 allies, officials said.", "32", "supported")]
    [InlineData("The mayor greeted the 195 members of the United Nations.", "195", "contradicted")]
    [InlineData("The mayor greeted the 193 members of the United Nations.", "193", "supported")]
    public void A_definite_group_of_members_is_the_whole_membership(string text, string span, string verdict)
        => CheckAssert.Single(Checker, text, "2025-05-12", RuleCatalog.Count.Name, span, verdict, verdict == "supported" ? null : ExpectedFor(text), verdict == "supported" ? null : ExpectedFor(text));

    [Theory]
    [InlineData("NATO envoys flew to Oslo. The eight allies bordering Russia asked for more troops.")]
    [InlineData("NATO envoys flew to Oslo. The 23 allies that meet the target were praised.")]
    [InlineData("NATO envoys flew to Oslo. The 12 allies to have signed in 1949 were honoured.")]
    [InlineData("NATO envoys flew to Oslo. The 20 members in the eurozone disagreed.")]
    [InlineData("The 15 members of the UN Security Council voted.")]
    [InlineData("NATO envoys flew to Oslo. The 16 allies were united against the Soviet Union.")] // a past time the sentence does not date
    [InlineData("NATO envoys flew to Oslo. The two allies signed a deal.")] // a pair, never the count
    public void A_group_that_may_be_some_of_the_members_stays_silent(string text)
        => CheckAssert.None(Checker, text, "2025-05-12", RuleCatalog.Count.Name);

    [Fact]
    public void An_infinitive_after_a_verb_of_asking_leaves_the_group_whole()
    {
        CheckAssert.Single(Checker, "The EU summit ended. The chair asked the 28 member states to send names.", "2025-05-12", RuleCatalog.Count.Name, "28", "outdated", "27", "27");
        CheckAssert.Single(Checker, "The EU summit ended. The chair asked the 27 member states to send names.", "2025-05-12", RuleCatalog.Count.Name, "27", "supported");
    }

    [Theory]
    [InlineData("Rutte took charge of NATO. He inherits an alliance of 31 countries.", "31", "outdated")]
    [InlineData("Rutte took charge of NATO. He inherits an alliance of 32 countries.", "32", "supported")]
    [InlineData("Rutte took charge of NATO. He leads an alliance that now counts 30 members.", "30", "outdated")]
    [InlineData("Rutte took charge of NATO. He leads an alliance that now counts 32 members.", "32", "supported")]
    public void A_noun_the_facts_describe_the_organization_by_takes_its_count(string text, string span, string verdict)
        => CheckAssert.Single(Checker, text, "2025-05-12", RuleCatalog.Count.Name, span, verdict, verdict == "supported" ? null : "32", verdict == "supported" ? null : "32");

    [Fact]
    public void Another_group_of_countries_is_not_the_organization()
        => CheckAssert.None(Checker, "Rutte took charge of NATO. He praised a coalition of 50 countries that armed Ukraine.", "2025-05-12", RuleCatalog.Count.Name);

    [Theory]
    [InlineData("Sweden asked to join NATO in 2022; the alliance had 31 members.", "contradicted")] // "had": in 2022, when it had 30
    [InlineData("Sweden asked to join NATO in 2022; the alliance had 30 members.", "supported")]
    public void The_organization_named_again_by_a_description_is_one_subject(string text, string verdict)
        => Assert.Contains(CheckAssert.Findings(Checker, text, "2025-05-12"), f => f.Rule == RuleCatalog.Count.Name && f.Verdict.ToString().ToLowerInvariant() == verdict);

    private static string ExpectedFor(string text) => text.Contains("United Nations", StringComparison.Ordinal) ? "193" : text.Contains("EU", StringComparison.Ordinal) ? "27" : "32";
}
