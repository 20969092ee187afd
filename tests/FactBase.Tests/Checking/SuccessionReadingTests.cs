using FactBase.Checking;
using FactBase.Checking.Rules;

namespace FactBase.Tests.Checking;

/// <summary>
/// Who took over an office from whom (issue 15): "X succeeded Y", "X, 45, who replaced Y", "..., replacing Y", "taking over
/// from Y", "X's predecessor, Y", "her predecessor, Y". Checked in the timeline of the office both held; each wrong
/// sentence has a true twin in the same phrasing.
/// </summary>
public sealed class SuccessionReadingTests
{
    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    [Theory]
    [InlineData("Giorgia Meloni, 45, who succeeded Mario Draghi, opened the debate.", "Giorgia Meloni, 45, who succeeded Mario Draghi", "supported")]
    [InlineData("Giorgia Meloni, 45, who succeeded Giuseppe Conte, opened the debate.", "Giorgia Meloni, 45, who succeeded Giuseppe Conte", "contradicted")]
    [InlineData("Mario Draghi formed a unity cabinet in Rome, replacing Giuseppe Conte.", "Mario Draghi formed a unity cabinet in Rome, replacing Giuseppe Conte", "supported")]
    [InlineData("Mario Draghi formed a unity cabinet in Rome, replacing Matteo Renzi.", "Mario Draghi formed a unity cabinet in Rome, replacing Matteo Renzi", "contradicted")]
    [InlineData("Giuseppe Conte took over from Paolo Gentiloni after weeks of talks.", "Giuseppe Conte took over from Paolo Gentiloni", "supported")]
    [InlineData("Giuseppe Conte took over from Matteo Renzi after weeks of talks.", "Giuseppe Conte took over from Matteo Renzi", "contradicted")]
    [InlineData("Mario Draghi's predecessor, Giuseppe Conte, kept his seat.", "Mario Draghi's predecessor, Giuseppe Conte", "supported")]
    [InlineData("Mario Draghi's predecessor, Paolo Gentiloni, kept his seat.", "Mario Draghi's predecessor, Paolo Gentiloni", "contradicted")]
    [InlineData("Giorgia Meloni spoke first; her predecessor, Mario Draghi, did not attend.", "her predecessor, Mario Draghi", "supported")]
    [InlineData("Giorgia Meloni spoke first; her predecessor, Matteo Renzi, did not attend.", "her predecessor, Matteo Renzi", "contradicted")]
    [InlineData("Mario Draghi handed over to Giorgia Meloni at a short ceremony.", "Mario Draghi handed over to Giorgia Meloni", "supported")]
    [InlineData("Giuseppe Conte handed over to Giorgia Meloni at a short ceremony.", "Giuseppe Conte handed over to Giorgia Meloni", "contradicted")]
    [InlineData("Mario Draghi left Rome, handing over to Giorgia Meloni.", "Mario Draghi left Rome, handing over to Giorgia Meloni", "supported")]
    public void A_succession_is_checked_in_the_office_both_held(string text, string span, string verdict)
    {
        var finding = Assert.Single(CheckAssert.Findings(Starter, text, "2024-05-01"), f => f.Rule == RuleCatalog.Role.Name && f.Text.Length == span.Length);
        Assert.Equal(span, finding.Text);
        Assert.Equal(verdict, finding.Verdict.ToString().ToLowerInvariant());
        if (verdict == "contradicted")
        {
            Assert.Null(finding.Suggestion);
        }
    }

    [Theory]
    // Another body's title, the passive going on with a place or a ranking, a name inside a phrase, a succession still to
    // come, two people before "her".
    [InlineData("Giorgia Meloni replaced Matteo Renzi as party leader.", "2024-05-01")]
    [InlineData("Matteo Renzi was replaced by Giorgia Meloni in the poll.", "2024-05-01")]
    [InlineData("The leader, a long-time rival of Matteo Renzi, succeeded Mario Draghi.", "2024-05-01")]
    [InlineData("Giorgia Meloni will succeed Mario Draghi next month.", "2022-09-26")]
    [InlineData("Giorgia Meloni met Mario Draghi; her predecessor, Matteo Renzi, did not attend.", "2024-05-01")]
    public void Successions_that_are_not_of_the_office_or_not_clear_stay_silent(string text, string asOf)
        => CheckAssert.NoAlarm(Starter, text, asOf);

    [Theory]
    // "He" as the subject stands for the one person the text has just named.
    [InlineData("Olaf Scholz spoke on Monday. He replaced Angela Merkel in 2021.", "supported")]
    [InlineData("Olaf Scholz spoke on Monday. He replaced Gerhard Schröder in 2021.", "contradicted")]
    public void A_pronoun_subject_is_the_person_just_named(string text, string verdict)
    {
        var finding = Assert.Single(CheckAssert.Findings(Starter, text, "2025-05-06"), f => f.Rule == RuleCatalog.Role.Name);
        Assert.Equal(verdict, finding.Verdict.ToString().ToLowerInvariant());
        Assert.Contains("Olaf Scholz", finding.Message);
    }

    [Fact]
    public void A_pronoun_after_two_people_is_only_confirmed_for_the_one_the_facts_fit()
    {
        // Which of the two "he" is, the text does not say: the one the facts give as Merkel's successor is confirmed, and a
        // wrong predecessor is not flagged for either of them.
        var finding = Assert.Single(CheckAssert.Findings(Starter, "Friedrich Merz met Olaf Scholz on Monday. He replaced Angela Merkel in 2021.", "2025-05-06"), f => f.Rule == RuleCatalog.Role.Name);
        Assert.Equal("supported", finding.Verdict.ToString().ToLowerInvariant());
        Assert.Contains("Olaf Scholz", finding.Message);
        CheckAssert.None(Starter, "Friedrich Merz met Olaf Scholz on Monday. He replaced Gerhard Schröder in 2021.", "2025-05-06", RuleCatalog.Role.Name);
    }
}
