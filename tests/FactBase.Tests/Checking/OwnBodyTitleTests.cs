using FactBase.Checking;
using FactBase.Checking.Rules;

namespace FactBase.Tests.Checking;

/// <summary>
/// A title that names its own body ("Commission President", "President of the European Commission") identifies the one
/// entity the facts give that office, so a name written with it that is not among the office's holders at the time is
/// contradicted; the holder in the same words is supported. A title written apart from its name by commas ("X, the
/// president of the European Commission,", "The president of the European Commission, X,") is that name's title, never a
/// reference to another holder. Titles of their own ("Chancellor"), other bodies, past tenses and other offices stay silent.
/// </summary>
public sealed class OwnBodyTitleTests
{
    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    [Theory]
    [InlineData("European Commission President Angela Merkel opened the energy summit.", "2016-03-10", "Angela Merkel", "Jean-Claude Juncker")]
    [InlineData("At the summit, European Commission President Mark Rutte spoke first.", "2021-02-01", "Mark Rutte", "Ursula von der Leyen")]
    [InlineData("Mark Rutte, the president of the European Commission, spoke first at the summit.", "2021-02-01", "Mark Rutte", "Ursula von der Leyen")]
    [InlineData("The president of the European Commission, Donald Tusk, spoke first at the summit.", "2008-06-01", "Donald Tusk", "José Manuel Barroso")]
    [InlineData("Commission President Angela Merkel opened the energy summit.", "2016-03-10", "Angela Merkel", "Jean-Claude Juncker")]
    public void A_name_with_a_title_of_one_body_that_the_person_did_not_hold_is_contradicted(string text, string asOf, string span, string holder)
        => CheckAssert.Single(Starter, text, asOf, RuleCatalog.Role.Name, span, "contradicted", holder, holder);

    [Theory]
    [InlineData("European Commission President Jean-Claude Juncker opened the energy summit.", "2016-03-10")]
    [InlineData("At the summit, European Commission President Ursula von der Leyen spoke first.", "2021-02-01")]
    [InlineData("Ursula von der Leyen, the president of the European Commission, spoke first at the summit.", "2021-02-01")]
    [InlineData("The president of the European Commission, José Manuel Barroso, spoke first at the summit.", "2008-06-01")]
    [InlineData("Commission President Jean-Claude Juncker opened the energy summit.", "2016-03-10")]
    // A phrase of time after the title is no other body.
    [InlineData("Angela Merkel, Germany's chancellor of the last decade, opened the energy summit.", "2016-03-10")]
    public void The_holder_in_the_same_words_is_supported(string text, string asOf)
        => Assert.Equal("supported", Assert.Single(CheckAssert.Findings(Starter, text, asOf), f => f.Rule == RuleCatalog.Role.Name).Verdict.ToString().ToLowerInvariant());

    [Fact]
    public void A_title_set_off_with_a_name_is_not_a_reference_to_the_holder_named_earlier()
    {
        const string Wrong = "Jean-Claude Juncker landed in Warsaw on Monday. Donald Tusk, the president of the European Commission, met him at the airport.";
        var finding = Assert.Single(CheckAssert.Findings(Starter, Wrong, "2016-03-10"), f => f.Rule == RuleCatalog.Role.Name);
        Assert.Equal("Donald Tusk", finding.Text);
        Assert.Equal("contradicted", finding.Verdict.ToString().ToLowerInvariant());

        const string Right = "Donald Tusk landed in Warsaw on Monday. Jean-Claude Juncker, the president of the European Commission, met him at the airport.";
        var supported = Assert.Single(CheckAssert.Findings(Starter, Right, "2016-03-10"), f => f.Rule == RuleCatalog.Role.Name);
        Assert.Equal("Jean-Claude Juncker", supported.Text);
        Assert.Equal("supported", supported.Verdict.ToString().ToLowerInvariant());
    }

    [Fact]
    public void The_message_names_the_holder_and_the_office_the_person_held()
        => Assert.Equal(
            "Mark Rutte is not President of the European Commission; Ursula von der Leyen has been since 1 December 2019; Mark Rutte is Prime Minister of the Netherlands (since 14 October 2010)",
            Assert.Single(CheckAssert.Findings(Starter, "At the summit, European Commission President Mark Rutte spoke first.", "2021-02-01"), f => f.Rule == RuleCatalog.Role.Name).Message);

    [Theory]
    // Other offices: a vice-president or a president-elect is no holder.
    [InlineData("European Commission Vice-President Mark Rutte spoke first at the summit.", "2021-02-01")]
    [InlineData("European Commission President-elect Mark Rutte spoke first at the summit.", "2021-02-01")]
    // Another body's title held by a national of a country says nothing of the country's offices.
    [InlineData("Donald Tusk, the Polish president of the European Council, spoke first at the summit.", "2016-03-10")]
    [InlineData("Mark Rutte, the Dutch chancellor of Leiden University, spoke first at the summit.", "2021-02-01")]
    // A title of its own is used by many governments the facts do not list (Britain's chancellor of the exchequer).
    [InlineData("Chancellor Rishi Sunak presented the budget to parliament.", "2021-03-03")]
    // The title and the name belong to different people when the title is not set off by commas on both sides.
    [InlineData("Asked about the president of the European Commission, Donald Tusk said nothing.", "2016-03-10")]
    public void Past_titles_other_offices_and_titles_of_their_own_stay_silent(string text, string asOf)
        => CheckAssert.NoAlarm(Starter, text, asOf);

    [Theory]
    // "the last" holder after "became" or "was" says nothing against the role, like an ordinal.
    [InlineData("Binali Yildirim, who became the last prime minister in 2015, now chairs parliament.", "2018-07-12", "contradicted")]
    [InlineData("Binali Yildirim, who became the last prime minister in 2016, now chairs parliament.", "2018-07-12", "supported")]
    public void The_last_holder_after_became_dates_the_term(string text, string asOf, string verdict)
        => Assert.Equal(verdict, Assert.Single(CheckAssert.Findings(Starter, text, asOf), f => f.Rule == RuleCatalog.Role.Name).Verdict.ToString().ToLowerInvariant());

    [Fact]
    public void The_last_holder_set_off_by_commas_is_not_read_as_holding_it_now()
        => CheckAssert.NoAlarm(Starter, "Binali Yildirim, the last prime minister, now chairs parliament.", "2019-07-12");
}
