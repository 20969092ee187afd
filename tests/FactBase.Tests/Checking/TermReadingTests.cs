using FactBase.Checking;
using FactBase.Checking.Rules;

namespace FactBase.Tests.Checking;

/// <summary>
/// When a term in office began and ended (issue 15): "who became prime minister in 2016", "was elected president in 2020",
/// "was prime minister from 2010 to 2024", "served as ... from ... to", and "he" as the subject when the sentence names one
/// person. Each wrong sentence has a true twin in the same phrasing.
/// </summary>
public sealed class TermReadingTests
{
    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    [Theory]
    [InlineData("Giorgia Meloni, who became prime minister in 2022, chaired the meeting.", "Giorgia Meloni, who became prime minister in 2022", "supported")]
    [InlineData("Giorgia Meloni, who became prime minister in 2021, chaired the meeting.", "Giorgia Meloni, who became prime minister in 2021", "contradicted")]
    [InlineData("Mario Draghi became Italy's prime minister in February 2021 after the coalition fell.", "Mario Draghi became Italy's prime minister in February 2021", "supported")]
    [InlineData("Mario Draghi became Italy's prime minister in March 2021 after the coalition fell.", "Mario Draghi became Italy's prime minister in March 2021", "contradicted")]
    [InlineData("Emmanuel Macron was elected president in 2017 at the age of 39.", "Emmanuel Macron was elected president in 2017", "supported")]
    [InlineData("Emmanuel Macron was elected president in 2014 at the age of 39.", "Emmanuel Macron was elected president in 2014", "contradicted")]
    [InlineData("Mario Draghi took over as prime minister in February 2021 after the coalition fell.", "Mario Draghi took over as prime minister in February 2021", "supported")]
    [InlineData("Mario Draghi took over as prime minister in February 2020 after the coalition fell.", "Mario Draghi took over as prime minister in February 2020", "contradicted")]
    public void The_year_a_term_began_is_checked_against_the_office(string text, string span, string verdict)
        => SpanAndVerdict(text, span, verdict);

    [Fact]
    public void A_wrong_start_names_the_day_the_term_began_and_suggests_no_one()
    {
        var finding = CheckAssert.Single(Starter, "Giorgia Meloni, who became prime minister in 2021, chaired the meeting.", "2024-05-01", RuleCatalog.Role.Name, "Giorgia Meloni, who became prime minister in 2021", "contradicted", expected: "since 22 October 2022");
        Assert.Contains("22 October 2022", finding.Message, StringComparison.Ordinal);
        Assert.Null(finding.Suggestion);
    }

    [Theory]
    [InlineData("Mario Draghi was prime minister of Italy from 2021 to 2022, leading a unity government.", "Mario Draghi was prime minister of Italy from 2021 to 2022", "supported")]
    [InlineData("Mario Draghi was prime minister of Italy from 2020 to 2022, leading a unity government.", "Mario Draghi was prime minister of Italy from 2020 to 2022", "contradicted")]
    [InlineData("Mario Draghi was prime minister of Italy from February 2021 until October 2022.", "Mario Draghi was prime minister of Italy from February 2021 until October 2022", "supported")]
    [InlineData("Mario Draghi was prime minister of Italy from February 2021 until December 2022.", "Mario Draghi was prime minister of Italy from February 2021 until December 2022", "contradicted")]
    [InlineData("Giuseppe Conte served as prime minister from 2018 to 2021 before Draghi took over.", "Giuseppe Conte served as prime minister from 2018 to 2021", "supported")]
    [InlineData("Giuseppe Conte served as prime minister from 2018 to 2020 before Draghi took over.", "Giuseppe Conte served as prime minister from 2018 to 2020", "contradicted")]
    public void A_term_from_one_date_to_another_must_begin_and_end_then(string text, string span, string verdict)
        => SpanAndVerdict(text, span, verdict);

    [Theory]
    [InlineData("Mario Draghi, 76, still speaks often: he was prime minister from 2021 to 2022.", "he was prime minister from 2021 to 2022", "supported")]
    [InlineData("Mario Draghi, 76, still speaks often: he was prime minister from 2019 to 2022.", "he was prime minister from 2019 to 2022", "contradicted")]
    [InlineData("The vote went to Giorgia Meloni, the favourite, long before she became prime minister in 2022.", "she became prime minister in 2022", "supported")]
    [InlineData("The vote went to Giorgia Meloni, the favourite, long before she became prime minister in 2020.", "she became prime minister in 2020", "contradicted")]
    public void He_or_she_stands_for_the_one_person_the_sentence_names(string text, string span, string verdict)
        => SpanAndVerdict(text, span, verdict);

    [Theory]
    // Two people before the pronoun, a name the facts do not know, a person in the possessive: someone else may be meant.
    [InlineData("Mario Draghi praised Giorgia Meloni: she became prime minister in 2020.")]
    [InlineData("Mario Draghi met Romano Prodi, who said he was prime minister from 2019 to 2022.")]
    [InlineData("Mario Draghi's mentor recalled that he was prime minister from 2019 to 2022.")]
    public void Ambiguous_subjects_stay_silent(string text)
        => CheckAssert.None(Starter, text, "2024-05-01", RuleCatalog.Role.Name);

    [Theory]
    // Chosen with no date, a day of the week, a range that may mean a part of the term: no term is read
    // (the role itself may still be confirmed).
    [InlineData("Emmanuel Macron was elected president on Sunday.")]
    [InlineData("Mario Draghi was prime minister of Italy between 2020 and 2022.")]
    // The facts list no holder as early as the date written: an earlier term may be missing.
    [InlineData("Emmanuel Macron, who became president in 1970, spoke.")]
    public void Dates_that_do_not_bound_one_term_raise_no_alarm(string text)
        => CheckAssert.NoAlarm(Starter, text, "2024-05-01");

    [Fact]
    public void A_term_still_running_is_not_flagged_for_an_end_not_yet_past()
        => CheckAssert.NoAlarm(Starter, "Giorgia Meloni was prime minister from 2022 to 2027 in the plan the coalition drew up.", "2024-05-01");

    private static void SpanAndVerdict(string text, string span, string verdict)
    {
        var finding = Assert.Single(CheckAssert.Findings(Starter, text, "2024-05-01"), f => f.Rule == RuleCatalog.Role.Name);
        Assert.Equal(span, finding.Text);
        Assert.Equal(verdict, finding.Verdict.ToString().ToLowerInvariant());
    }
}
