using FactBase.Checking;
using FactBase.Checking.Findings;
using FactBase.Checking.Rules;
using Xunit;

namespace FactBase.Tests.Checking;

/// <summary>Readings of obituaries and biographies (our own sentences): the age sentence after a death report, a birth date
/// in an opening phrase that goes on before its comma, and a list of places that names no one.</summary>
public sealed class ObituaryAndListReadingTests
{
    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    private const string Death = "Colin Powell, the son of immigrants from Jamaica who rose to lead the Joint Chiefs, died on Monday.";

    [Fact]
    public void The_age_after_a_death_report_is_the_deceased_s()
        => CheckAssert.Single(Starter, Death + " He was 84.", "2021-10-18", RuleCatalog.Age.Name, "84", "supported");

    [Fact]
    public void A_wrong_age_after_a_death_report_is_flagged()
        => AssertVerdict(Death + " He was 85.", "2021-10-18", RuleCatalog.Age.Name, "85", Verdict.Contradicted);

    [Theory]
    [InlineData("Colin Powell mourned Jim Harlow, a friend from the Bronx, who died on Sunday. He was 85.", "2015-03-02")] // Powell was alive
    [InlineData("Colin Powell, the son of immigrants from Jamaica, died last week. His brother said he was 85.", "2021-10-18")]
    [InlineData("Colin Powell, the son of immigrants from Jamaica, gave a speech. He was 85.", "2021-10-18")] // no death spoken of
    public void The_age_sentence_stays_silent_unless_one_person_has_just_died(string text, string asOf)
        => CheckAssert.None(Starter, text, asOf, RuleCatalog.Age.Name);

    [Theory]
    [InlineData("Born in Cairo in 1922 into a family of landowners, Boutros Boutros-Ghali studied law in Paris.", "supported")]
    [InlineData("Born in Cairo in 1923 into a family of landowners, Boutros Boutros-Ghali studied law in Paris.", "contradicted")]
    [InlineData("Boutros Boutros-Ghali studied in Paris. Born in Cairo in 1923 into a Coptic family, he taught law.", "contradicted")]
    public void A_birth_date_in_an_opening_phrase_that_goes_on_is_read(string text, string verdict)
    {
        var finding = Assert.Single(CheckAssert.Findings(Starter, text, "2016-02-16"), f => f.Rule == RuleCatalog.Date.Name);
        Assert.Equal(verdict, finding.Verdict.ToString().ToLowerInvariant());
    }

    [Fact]
    public void A_name_inside_the_opening_phrase_is_not_skipped()
        => CheckAssert.None(Starter, "Born in 1923 near the home of Mark Rutte, Boutros Boutros-Ghali studied law.", "2016-02-16", RuleCatalog.Date.Name);

    [Theory]
    [InlineData("Mark Rutte spent Monday in Somalia and Rwanda. He is 59.")]
    [InlineData("Mark Rutte spent Monday in Kenya, Somalia and Rwanda. He is 59.")]
    public void Places_listed_after_a_preposition_of_place_name_no_one(string text)
        => AssertVerdict(text, "2025-05-21", RuleCatalog.Age.Name, "59", Verdict.Contradicted);

    [Theory]
    [InlineData("Mark Rutte spent Monday with Somalia and Rwanda. He is 59.")] // after "with" the words may be people
    [InlineData("In Rome, Rossi met Mark Rutte. He is 59.")]
    public void A_capitalized_word_that_may_be_a_person_keeps_the_pronoun_open(string text)
        => CheckAssert.None(Starter, text, "2025-05-21", RuleCatalog.Age.Name);

    private static void AssertVerdict(string text, string asOf, string rule, string span, Verdict verdict)
    {
        var finding = Assert.Single(CheckAssert.Findings(Starter, text, asOf), f => f.Rule == rule);
        Assert.Equal(span, finding.Text);
        Assert.Equal(verdict, finding.Verdict);
    }
}
