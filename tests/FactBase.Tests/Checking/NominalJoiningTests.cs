using FactBase.Checking.Rules;

namespace FactBase.Tests.Checking;

/// <summary>
/// A joining told by a noun (issue 15): "Finland's entry on 4 April 2023", "Sweden's accession to NATO in March 2024", "the
/// accession of Croatia in 2013". Each wrong claim has a true twin; the process before a joining, and entries into other
/// things, stay silent. Starter facts: Finland joined NATO 2023-04-04, Sweden 2024-03-07; Croatia the EU 2013-07-01.
/// </summary>
public sealed class NominalJoiningTests
{
    private static readonly FactBase.Checking.FactChecker Checker = TestKnowledgeBases.StarterChecker;

    [Theory]
    [InlineData("NATO met. Finland's entry on 4 April 2022 changed the map.", "4 April 2022", "contradicted")]
    [InlineData("NATO met. Finland's entry on 4 April 2023 changed the map.", "4 April 2023", "supported")]
    [InlineData("Sweden's accession to NATO in March 2023 changed the map.", "March 2023", "contradicted")]
    [InlineData("Sweden's accession to NATO in March 2024 changed the map.", "March 2024", "supported")]
    [InlineData("The accession of Croatia in 2012 made the EU bigger.", "2012", "contradicted")]
    [InlineData("The accession of Croatia in 2013 made the EU bigger.", "2013", "supported")]
    public void A_joining_told_by_a_noun_is_a_joining_date(string text, string span, string verdict)
        => Assert.Contains(CheckAssert.Findings(Checker, text, "2025-05-12"), f => f.Rule == RuleCatalog.Date.Name && f.Text == span && f.Verdict.ToString().ToLowerInvariant() == verdict);

    [Theory]
    [InlineData("Sweden's accession to NATO was blocked in 2023 by Turkey.")]
    [InlineData("Sweden's accession to NATO in 2023 was blocked by Turkey.")]
    [InlineData("Ukraine's accession to NATO in 2008 was discussed.")] // never a member: a plan, not an entry
    [InlineData("NATO met. Finland's entry into the contest in 2019 was a surprise.")]
    public void A_process_or_an_entry_into_something_else_stays_silent(string text)
        => CheckAssert.None(Checker, text, "2025-05-12", RuleCatalog.Date.Name);
}
