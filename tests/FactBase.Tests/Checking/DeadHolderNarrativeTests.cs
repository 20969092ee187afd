using FactBase.Checking;
using FactBase.Checking.Rules;

namespace FactBase.Tests.Checking;

/// <summary>
/// A title on someone who died before the article, in a past-tense sentence that names no time of its own ("he was long
/// seen as the heir of Chancellor X"): the sentence tells of the years they held the office, so the title is not called
/// outdated. A sentence placed near the article's date ("met reporters on Monday") still is, and so is a living former
/// holder in the same words.
/// </summary>
public sealed class DeadHolderNarrativeTests
{
    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    [Theory]
    [InlineData("For years the minister was seen as the heir of Chancellor Helmut Kohl.", "2024-02-01")]
    [InlineData("The young diplomat worked closely with President Ronald Reagan on arms control.", "2024-02-01")]
    [InlineData("Her rise owed much to Prime Minister Margaret Thatcher.", "2024-02-01")]
    [InlineData("President François Mitterrand named her to the cabinet.", "2024-02-01")]
    public void A_dead_holder_in_an_undated_past_narrative_is_left_alone(string text, string asOf)
        => CheckAssert.NoAlarm(Starter, text, asOf);

    [Theory]
    // The same words about a living former holder: the title is outdated.
    [InlineData("For years the minister was seen as the heir of Chancellor Angela Merkel.", "2024-02-01", "Angela Merkel")]
    [InlineData("The young diplomat worked closely with President Barack Obama on arms control.", "2024-02-01", "Barack Obama")]
    // A dead holder placed at the article's time: outdated.
    [InlineData("President Ronald Reagan met reporters on Monday.", "2024-02-01", "Ronald Reagan")]
    [InlineData("Chancellor Helmut Kohl visited the factory last week.", "2024-02-01", "Helmut Kohl")]
    // A dead holder at a year of the narrative when someone else held the office.
    [InlineData("In 1995, President Ronald Reagan visited the factory.", "2024-02-01", "Ronald Reagan")]
    public void The_twins_are_flagged(string text, string asOf, string span)
        => Assert.Contains(CheckAssert.Findings(Starter, text, asOf), f => f.Rule == RuleCatalog.Role.Name && f.Text == span && f.Verdict.ToString() != "Supported");

    [Theory]
    // The title right for the year the sentence names.
    [InlineData("In 1985, President Ronald Reagan visited the factory.", "2024-02-01", "Ronald Reagan")]
    public void A_dead_holder_at_a_year_of_their_term_is_supported(string text, string asOf, string span)
        => Assert.Contains(CheckAssert.Findings(Starter, text, asOf), f => f.Rule == RuleCatalog.Role.Name && f.Text == span && f.Verdict.ToString() == "Supported");
}
