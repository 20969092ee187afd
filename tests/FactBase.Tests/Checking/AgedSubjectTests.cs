using FactBase.Checking;
using FactBase.Checking.Rules;

namespace FactBase.Tests.Checking;

/// <summary>
/// "The N-year-old" as the subject of a clause ("The 70-year-old drove to the palace", "the 70-year-old then said") stands
/// for the person just named, and a wrong age is flagged; before a noun ("the 70-year-old building", "the 70-year-old
/// retired teacher") it may describe someone or something else, and is at most confirmed.
/// </summary>
public sealed class AgedSubjectTests
{
    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    [Theory]
    [InlineData("Friedrich Merz spoke on Tuesday. The 70-year-old drove to the palace.", "70")]
    [InlineData("Friedrich Merz spoke on Tuesday. The 70-year-old then signed the decree.", "70")]
    [InlineData("Donald Tusk spoke in Warsaw. The 61-year-old met students.", "61")]
    public void A_wrong_age_of_a_clause_subject_is_flagged(string text, string span)
    {
        var age = Assert.Single(CheckAssert.Findings(Starter, text, "2025-05-06"), f => f.Rule == RuleCatalog.Age.Name);
        Assert.Equal((span, "contradicted"), (age.Text, age.Verdict.ToString().ToLowerInvariant()));
    }

    [Theory]
    [InlineData("Friedrich Merz spoke on Tuesday. The 69-year-old drove to the palace.", "69")]
    [InlineData("Donald Tusk spoke in Warsaw. The 68-year-old met students.", "68")]
    public void The_right_age_is_confirmed(string text, string span)
        => CheckAssert.Single(Starter, text, "2025-05-06", RuleCatalog.Age.Name, span, "supported");

    [Theory]
    [InlineData("Friedrich Merz spoke on Tuesday. The 70-year-old building burned.")]
    [InlineData("Friedrich Merz spoke on Tuesday. The 70-year-old retired teacher drove to the palace.")]
    public void Before_a_noun_the_age_may_be_another_one_and_raises_no_alarm(string text)
        => CheckAssert.NoAlarm(Starter, text, "2025-05-06");
}
