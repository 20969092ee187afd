using FactBase.Checking;
using FactBase.Checking.Findings;
using FactBase.Checking.Rules;

namespace FactBase.Tests.Checking;

/// <summary>
/// Time carried across sentences by times named inside them (issue 15): the one time a past-tense sentence gives its
/// event governs the next sentence; "when he arrived" and "when she stepped down" speak of the start and end of the term
/// named last; "from X to Y, when ..." points at Y. Against the starter facts: German chancellors Schröder (1998-2005),
/// Merkel (2005-2021), Scholz (2021-2025); UK prime ministers Johnson (2019-2022), Truss and Sunak (2022), Starmer (from
/// 2024); US presidents Obama (to 2017-01-20), Trump (2017-2021); NATO 28 members from 2009, 29 from 2017-06-05.
/// </summary>
public sealed class NarrativeTimelineTests
{
    private const string AsOf = "2025-02-01";

    [Theory]
    [InlineData("The dispute peaked in 2003. Standing beside German Chancellor Angela Merkel, the envoy urged calm.", "Angela Merkel", "contradicted")]
    [InlineData("The dispute peaked in 2003. Standing beside German Chancellor Gerhard Schröder, the envoy urged calm.", "Gerhard Schröder", "supported")]
    [InlineData("Observers say the low point came in 2003. His ally, German Chancellor Angela Merkel, stayed away.", "Angela Merkel", "contradicted")]
    [InlineData("Observers say the low point came in 2003. His ally, German Chancellor Gerhard Schröder, stayed away.", "Gerhard Schröder", "supported")]
    public void A_past_sentence_that_names_one_time_for_its_event_dates_the_next_sentence(string text, string span, string verdict)
        => Assert.Equal(verdict, Role(text, span));

    [Theory]
    [InlineData("The dispute peaked in 2003.\n\nStanding beside German Chancellor Olaf Scholz, the envoy urged calm.")] // a new paragraph
    [InlineData("The dispute peaked in 2003. The envoy urged calm. German Chancellor Olaf Scholz praised him.")] // the next sentence only
    [InlineData("The dispute peaked in 2003. German Chancellor Olaf Scholz said the lessons were learned.")] // news of the day
    [InlineData("Talks collapsed in 2003. Sweden, a NATO member, hosted the envoys.")] // a name of its own first
    [InlineData("Talks collapsed in 2003. The envoys met German Chancellor Olaf Scholz in 2022.")] // a time of its own
    [InlineData("The envoy thanked a judge who retired in 2003. German Chancellor Olaf Scholz praised him.")] // a relative clause
    [InlineData("The dispute began in 2001 and peaked in 2003. German Chancellor Olaf Scholz praised the envoy.")] // several times
    [InlineData("The envoy served in Bonn in 1998-1999 and 2003-2005. He worked beside German Chancellor Olaf Scholz.")] // ranges and lists
    [InlineData("The envoy first won the post in 2003. German Chancellor Olaf Scholz praised him.")] // the background
    [InlineData("The envoy, appointed in 2003, stayed on. German Chancellor Olaf Scholz praised him.")] // a participle phrase
    [InlineData("The dispute peaked in 2003 and remains unresolved. German Chancellor Olaf Scholz praised the envoy.")] // present
    [InlineData("She was prime minister from 2019 to 2022. German Chancellor Olaf Scholz praised her.")] // a career's range
    [InlineData("The envoy was little known before becoming ambassador in 2003. Yet he grew popular after taking office, working for years beside German Chancellor Olaf Scholz.")] // a step under the main verb
    public void A_time_named_inside_a_sentence_does_not_govern_where_the_text_may_be_back_at_the_article_date(string text)
        => CheckAssert.NoAlarm(TestKnowledgeBases.StarterChecker, text, AsOf);

    [Fact]
    public void Another_time_named_ends_the_time_in_force()
    {
        // "In 2003," governs until the sentence that names 2019; that one sets none (a range), so Scholz is of the article date.
        CheckAssert.NoAlarm(TestKnowledgeBases.StarterChecker, "In 2003, the envoy arrived. He served from 2019 to 2022. German Chancellor Olaf Scholz praised him.", AsOf);
        Assert.Equal("contradicted", Role("In 2003, the envoy arrived. He served long. German Chancellor Olaf Scholz praised him.", "Olaf Scholz"));
    }

    [Theory]
    [InlineData("She was prime minister from 2019 to 2022, when a revolt forced her out. British Prime Minister Keir Starmer then praised her.", "Keir Starmer", "contradicted")]
    [InlineData("She was prime minister from 2019 to 2022, when a revolt forced her out. British Prime Minister Rishi Sunak then praised her.", "Rishi Sunak", "supported")]
    public void A_when_clause_after_a_range_points_at_its_end(string text, string span, string verdict)
        => Assert.Equal(verdict, Role(text, span));

    [Theory]
    [InlineData("He moved to Brussels, a post he held from 2010 to 2016. When he arrived, NATO had 26 members.", "flagged")]
    [InlineData("He moved to Brussels, a post he held from 2010 to 2016. When he arrived, NATO had 28 members.", "supported")]
    [InlineData("She led the alliance from 2010 to 2016. When she took office NATO had 28 members.", "supported")]
    [InlineData("She led the alliance from 2010 to 2016. When she took office NATO had 29 members.", "flagged")]
    [InlineData("He led the alliance from 2010 to 2017. When he stepped down, NATO had 29 members.", "supported")]
    [InlineData("He led the alliance from 2010 to 2016. When he stepped down, NATO had 29 members.", "flagged")]
    [InlineData("He led the alliance from 2010 to 2016. At the end of his term, NATO had 29 members.", "flagged")]
    public void When_he_arrived_or_stepped_down_speaks_of_the_start_or_end_of_the_term_named_last(string text, string verdict)
    {
        var count = CheckAssert.Findings(TestKnowledgeBases.StarterChecker, text, AsOf).Single(f => f.Rule == RuleCatalog.Count.Name);
        Assert.Equal(verdict, count.Verdict == Verdict.Supported ? "supported" : "flagged");
    }

    [Theory]
    [InlineData("When he arrived, NATO had 26 members.")] // no term named
    [InlineData("He led the alliance from 2010 to 2016.\n\nWhen he arrived, NATO had 26 members.")] // another paragraph
    public void When_he_arrived_with_no_term_named_in_its_paragraph_stays_undated(string text)
        => CheckAssert.None(TestKnowledgeBases.StarterChecker, text, AsOf, RuleCatalog.Count.Name);

    [Theory]
    [InlineData("The envoy took over the agency in 2012. Four years later, US President Barack Obama honoured him.", "Barack Obama", "supported")]
    [InlineData("The envoy took over the agency in 2012. Four years later, US President Donald Trump honoured him.", "Donald Trump", "contradicted")]
    [InlineData("The envoy worked in banking before taking over the agency in 2012. Four years later, US President Barack Obama honoured him.", "Barack Obama", "supported")]
    [InlineData("The envoy worked in banking before taking over the agency in 2012. Four years later, US President Donald Trump honoured him.", "Donald Trump", "contradicted")]
    public void A_time_relative_to_the_narrative_follows_a_time_named_inside_the_sentence_before(string text, string span, string verdict)
        => Assert.Equal(verdict, Role(text, span));

    private static string Role(string text, string span)
    {
        var findings = CheckAssert.Findings(TestKnowledgeBases.StarterChecker, text, AsOf);
        var role = findings.SingleOrDefault(f => f.Rule == RuleCatalog.Role.Name && f.Text == span);
        Assert.True(role is not null, $"no role finding on '{span}' in \"{text}\": {CheckAssert.Describe(findings)}");
        return role!.Verdict.ToString().ToLowerInvariant();
    }
}
