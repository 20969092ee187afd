using FactBase.Checking.Rules;

namespace FactBase.Tests.Checking;

/// <summary>
/// Counts told by a change of membership, founding counts and ordinals with no noun (issue 15): "taking the union to 28
/// members", "has grown to 32", "its twelve founding members", "founded by 51 countries", "the 31st to join", "followed as
/// the thirty-second". Each wrong claim has a true twin in the same phrasing. Starter facts: NATO 12 founding members,
/// 26 after 2004-03-29, Finland the 31st (2023-04-04), Sweden the 32nd (2024-03-07); the EU 28 from 2013-07-01; the UN 51
/// members at its founding.
/// </summary>
public sealed class CountChangeTests
{
    private static readonly FactBase.Checking.FactChecker Checker = TestKnowledgeBases.StarterChecker;

    [Theory]
    [InlineData("Estonia joined NATO in 2004, taking the alliance to 27 members.", "27", "contradicted", "26")]
    [InlineData("Estonia joined NATO in 2004, taking the alliance to 26 members.", "26", "supported", null)]
    [InlineData("Croatia entered the EU in 2013, bringing its membership to 29.", "29", "contradicted", "28")]
    [InlineData("Croatia entered the EU in 2013, bringing its membership to 28.", "28", "supported", null)]
    [InlineData("Since 1949 NATO has grown from twelve members to thirty-one.", "thirty-one", "outdated", "32")]
    [InlineData("Since 1949 NATO has grown from twelve members to thirty-two.", "thirty-two", "supported", null)]
    public void A_count_reached_by_a_change_is_the_count_at_its_time(string text, string span, string verdict, string? expected)
        => CheckAssert.Single(Checker, text, "2025-05-12", RuleCatalog.Count.Name, span, verdict, expected, expected);

    [Theory]
    [InlineData("The accession brought NATO to 30 members.")] // no time: when it happened is not said
    [InlineData("NATO leaders met. The heat brought the temperature to 31 degrees.")]
    [InlineData("NATO leaders met. Turnout rose to 31 percent.")]
    public void A_change_with_no_time_or_of_something_else_stays_silent(string text)
        => CheckAssert.None(Checker, text, "2025-05-12", RuleCatalog.Count.Name);

    [Theory]
    [InlineData("Norway was one of NATO's eleven founding members.", "eleven", "contradicted")]
    [InlineData("Norway was one of NATO's twelve founding members.", "twelve", "supported")]
    [InlineData("The United Nations was founded in 1945 by 50 countries.", "50", "contradicted")]
    [InlineData("The United Nations was founded in 1945 by 51 countries.", "51", "supported")]
    [InlineData("Poland counts among the 50 founders of the United Nations.", "50", "contradicted")]
    [InlineData("Poland counts among the 51 founders of the United Nations.", "51", "supported")]
    public void A_founding_count_is_the_members_the_timeline_starts_with(string text, string span, string verdict)
        => Assert.Contains(CheckAssert.Findings(Checker, text, "2025-05-12"), f => f.Rule == RuleCatalog.Count.Name && f.Text == span && f.Verdict.ToString().ToLowerInvariant() == verdict);

    [Fact]
    public void A_founding_count_is_not_the_count_at_the_time_of_the_sentence()
    {
        var finding = CheckAssert.Single(Checker, "NATO's 12 founding members met in 1949.", "2025-05-12", RuleCatalog.Count.Name, "12", "supported");
        Assert.Contains("founding", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Three founding members of NATO, Belgium, France and Italy, sent ministers.")]
    [InlineData("NATO leaders met. The six founding members that drafted the text were thanked.")]
    public void Some_of_the_founders_are_not_a_founding_count(string text)
        => CheckAssert.None(Checker, text, "2025-05-12", RuleCatalog.Count.Name);

    [Theory]
    [InlineData("NATO leaders met in Vilnius. Finland is the 30th to join.", "30th", "contradicted")]
    [InlineData("NATO leaders met in Vilnius. Finland is the 31st to join.", "31st", "supported")]
    [InlineData("NATO leaders met in Vilnius. Sweden followed Finland last year as the thirty-first.", "thirty-first", "contradicted")]
    [InlineData("NATO leaders met in Vilnius. Sweden followed Finland last year as the thirty-second.", "thirty-second", "supported")]
    public void An_ordinal_of_joining_with_no_noun_is_the_members_place(string text, string span, string verdict)
        => Assert.Contains(CheckAssert.Findings(Checker, text, "2025-05-12"), f => f.Rule == RuleCatalog.Count.Name && f.Text == span && f.Verdict.ToString().ToLowerInvariant() == verdict);

    [Fact]
    public void An_ordinal_of_something_else_stays_silent()
        => CheckAssert.None(Checker, "NATO leaders met in Vilnius. Finland finished as the 31st in the race.", "2025-05-12", RuleCatalog.Count.Name);
}
