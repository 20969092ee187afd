using FactBase.Checking;
using FactBase.Checking.Findings;
using FactBase.Checking.Rules;

namespace FactBase.Tests.Checking;

/// <summary>
/// Session 8 readings (our own sentences): an age given to a description of a person named earlier ("The former welder, 62,
/// now has"), a succession dated with no title ("X, who succeeded him in 2008,"), a relative clause after a short
/// apposition ("X, Y's old rival, who was prime minister from ..."), and a title held only later ("Secretary of State X" a
/// few months before the term). Each wrong claim beside a true twin in the same words, and the traps that stay silent.
/// </summary>
public sealed class DescriptionsAndSuccessionDatesTests
{
    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    private const string Vote = "Stefan Löfven lost the confidence vote on Monday.";

    [Theory]
    [InlineData(Vote + " The former welder, {0}, now has a week to decide.")]
    [InlineData(Vote + " The former welder, aged {0}, now has a week to decide.")]
    [InlineData(Vote + " The ex-welder, now {0}, has a week to decide.")]
    [InlineData(Vote + " The veteran trade unionist, {0}, told reporters he would take his time.")]
    [InlineData(Vote + " The former welder and union leader, {0}, said he would take his time.")]
    [InlineData(Vote + "\n\nThe motion passed with 181 votes. It had been tabled after a row over rents.\n\nThe {0}-year-old former welder and union leader now has a week to decide.")]
    public void An_age_of_a_description_is_the_one_person_named_before(string template)
    {
        var wrong = Assert.Single(CheckAssert.Findings(Starter, string.Format(System.Globalization.CultureInfo.InvariantCulture, template, 61), "2021-06-21"), f => f.Rule == RuleCatalog.Age.Name);
        Assert.Equal(Verdict.Contradicted, wrong.Verdict);
        Assert.Equal("61", wrong.Text);
        Assert.Contains("Stefan Löfven is 63", wrong.Message, StringComparison.Ordinal);

        var right = Assert.Single(CheckAssert.Findings(Starter, string.Format(System.Globalization.CultureInfo.InvariantCulture, template, 63), "2021-06-21"), f => f.Rule == RuleCatalog.Age.Name);
        Assert.Equal(Verdict.Supported, right.Verdict);
    }

    [Theory]
    // Two people named; a relative spoken of; a noun of a relation; a quotation; a name the facts do not know in between;
    // a thing no person is as old as; the description's own name after the age.
    [InlineData("Stefan Löfven met Magdalena Andersson on Monday. The former welder, 61, now has a week to decide.")]
    [InlineData(Vote + " His son spoke to reporters. The former welder, 61, now has a week to decide.")]
    [InlineData(Vote + " The 45-year-old son of a miner said he was sad.")]
    [InlineData(Vote + " The former aide, 61, said he was sad.")]
    [InlineData(Vote + " \"The former welder, 61, is finished,\" a rival said.")]
    [InlineData(Vote + " Anna Berg spoke next. The former welder, 61, now has a week to decide.")]
    [InlineData(Vote + " The 150-year-old former power station now has a new owner.")]
    [InlineData(Vote + " The veteran diplomat, 71, met him at the embassy.")]
    public void A_description_that_may_be_someone_else_stays_silent(string text)
        => CheckAssert.None(Starter, text, "2021-06-21", RuleCatalog.Age.Name);

    [Theory]
    [InlineData("Tony Blair stepped down after ten years. Gordon Brown, who succeeded him in {0}, called no early election.", "2008", "2007")]
    [InlineData("Gordon Brown's chancellor, Alistair Darling, stayed on. David Cameron, who replaced Brown in {0}, formed a coalition.", "2009", "2010")]
    [InlineData("Liz Truss took over from Boris Johnson in {0}.", "2021", "September 2022")]
    [InlineData("Angela Merkel stood down after sixteen years. Her successor, Olaf Scholz, took office in {0}.", "2022", "2021")]
    [InlineData("Merkel's long-time partner Olaf Scholz, who succeeded her in {0}, led a three-party coalition.", "2020", "2021")]
    public void A_succession_dated_with_no_title_dates_the_successors_term(string template, string wrongDate, string rightDate)
    {
        static List<Finding> Terms(string text) => CheckAssert.Findings(Starter, text, "2025-06-01")
            .Where(f => f.Rule == RuleCatalog.Role.Name && f.Message.Contains("became", StringComparison.Ordinal)).ToList();

        var wrong = Assert.Single(Terms(template.Replace("{0}", wrongDate, StringComparison.Ordinal)));
        Assert.Equal(Verdict.Contradicted, wrong.Verdict);
        Assert.Contains("not in " + wrongDate, wrong.Message, StringComparison.Ordinal);

        var right = Assert.Single(Terms(template.Replace("{0}", rightDate, StringComparison.Ordinal)));
        Assert.Equal(Verdict.Supported, right.Verdict);
    }

    [Theory]
    // "as party leader" names another body; "him" may be a person the facts do not know; a date that does not end the
    // clause; a pronoun with no predecessor named in the paragraph.
    [InlineData("David Cameron resigned. Theresa May, who replaced him as party leader in 2015, began talks.")]
    [InlineData("Jeremy Corbyn led the party until Boris Johnson won. Keir Starmer, who replaced him in 2020, wants a new policy.")]
    [InlineData("David Cameron resigned. Theresa May, who replaced him in 2015 at a party congress, began talks.")]
    [InlineData("Theresa May, who replaced him in 2015, began talks.")]
    public void A_succession_that_may_be_of_another_office_stays_silent(string text)
        => Assert.DoesNotContain(CheckAssert.Findings(Starter, text, "2025-06-01"), f => f.Verdict != Verdict.Supported);

    [Theory]
    [InlineData("The meeting was chaired by Donald Tusk, Kaczyński's old rival, who was prime minister from 2007 to {0}.")]
    [InlineData("Donald Tusk, his long-time rival, who was prime minister from 2007 to {0}, now chairs the summits.")]
    [InlineData("Donald Tusk, a former historian, who was prime minister from 2007 to {0}, now chairs the summits.")]
    public void A_relative_clause_after_a_short_apposition_is_the_names(string template)
    {
        var wrong = Assert.Single(CheckAssert.Findings(Starter, template.Replace("{0}", "2015", StringComparison.Ordinal), "2017-12-11"), f => f.Rule == RuleCatalog.Role.Name);
        Assert.Equal(Verdict.Contradicted, wrong.Verdict);
        var right = Assert.Single(CheckAssert.Findings(Starter, template.Replace("{0}", "2014", StringComparison.Ordinal), "2017-12-11"), f => f.Rule == RuleCatalog.Role.Name);
        Assert.Equal(Verdict.Supported, right.Verdict);
    }

    [Fact]
    public void A_relative_clause_after_an_apposition_that_names_another_head_stays_silent()
        => CheckAssert.None(Starter, "Donald Tusk, the son of a sailor, who was prime minister from 2007 to 2015, now chairs the summits.", "2017-12-11", RuleCatalog.Role.Name);

    [Fact]
    public void A_title_months_before_the_first_term_is_held_only_later()
    {
        var finding = CheckAssert.Single(Starter, "In October 1979, Secretary of State Edmund Muskie visited Seoul.", "2016-02-16", RuleCatalog.Role.Name, "Edmund Muskie", "contradicted");
        Assert.Contains("not yet", finding.Message, StringComparison.Ordinal);
        Assert.Contains("8 May 1980", finding.Message, StringComparison.Ordinal);
        CheckAssert.Single(Starter, "In October 1980, Secretary of State Edmund Muskie visited Seoul.", "2016-02-16", RuleCatalog.Role.Name, "Edmund Muskie", "supported");
    }

    [Fact]
    public void A_title_long_before_the_facts_timeline_stays_silent()
        => CheckAssert.None(Starter, "In 1970, Secretary of State Edmund Muskie visited Seoul.", "2016-02-16", RuleCatalog.Role.Name);

    [Theory]
    [InlineData("Sanna Marin was {0} when she became prime minister in December 2019.", "30", "34")]
    [InlineData("Olaf Scholz, who now teaches, had been {0} when he took office in December 2021.", "60", "63")]
    [InlineData("Scholz met voters in Potsdam. He was {0} when he was sworn in as chancellor in 2021.", "58", "63")]
    public void An_age_in_a_when_clause_is_at_the_date_it_names(string template, string wrong, string right)
    {
        var flagged = Assert.Single(CheckAssert.Findings(Starter, template.Replace("{0}", wrong, StringComparison.Ordinal), "2025-06-01"), f => f.Rule == RuleCatalog.Age.Name);
        Assert.Equal(Verdict.Contradicted, flagged.Verdict);
        Assert.Equal(wrong, flagged.Text);
        CheckAssert.Single(Starter, template.Replace("{0}", right, StringComparison.Ordinal), "2025-06-01", RuleCatalog.Age.Name, right, "supported");
    }

    [Theory]
    // Someone else's event, no date, a date that does not end the clause.
    [InlineData("Sanna Marin was 12 when her father lost his job in 1997.")]
    [InlineData("Sanna Marin was 30 when she met Olaf Scholz in 2010.")]
    [InlineData("Sanna Marin was 30 when she became prime minister.")]
    [InlineData("Sanna Marin was 30 when she became prime minister in 2019 after a strike.")]
    public void A_when_clause_of_another_event_or_time_stays_silent(string text)
        => CheckAssert.None(Starter, text, "2025-06-01", RuleCatalog.Age.Name);

    [Theory]
    [InlineData("Poland marked the {0} anniversary of its accession to NATO on Tuesday.", "30th", "25th")]
    [InlineData("NATO celebrated the {0} anniversary of the accession of Bulgaria, Estonia and Latvia.", "15th", "20th")]
    [InlineData("Ministers marked round membership anniversaries in NATO: the {0} for Albania and Croatia.", "10th", "15th")]
    [InlineData("The alliance held a dinner for Croatia on the {0} anniversary of Croatia's entry into NATO.", "twentieth", "fifteenth")]
    public void An_ordinal_anniversary_of_joining_dates_the_joining(string template, string wrong, string right)
    {
        static List<Finding> Dates(string text) => CheckAssert.Findings(Starter, text, "2024-04-04").Where(f => f.Rule == RuleCatalog.Date.Name).ToList();

        var flagged = Dates(template.Replace("{0}", wrong, StringComparison.Ordinal));
        Assert.NotEmpty(flagged);
        Assert.All(flagged, f => Assert.Equal(Verdict.Contradicted, f.Verdict));

        var supported = Dates(template.Replace("{0}", right, StringComparison.Ordinal));
        Assert.NotEmpty(supported);
        Assert.All(supported, f => Assert.Equal(Verdict.Supported, f.Verdict));
    }

    [Theory]
    // An anniversary of something else; a name that never joined; no word of joining before "the Nth for".
    [InlineData("NATO marked the 75th anniversary of the treaty on Thursday.")]
    [InlineData("Ministers marked round accession anniversaries in NATO: the 10th for Albania and Ukraine.")]
    [InlineData("Ministers marked round anniversaries: the 10th for Albania and Croatia.")]
    public void Other_anniversaries_stay_silent(string text)
        => CheckAssert.None(Starter, text, "2024-04-04", RuleCatalog.Date.Name);
}
