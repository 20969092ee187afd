using FactBase.Checking;
using FactBase.Checking.Findings;
using FactBase.Checking.Rules;
using Xunit;

namespace FactBase.Tests.Checking;

/// <summary>Ages read through the facts, and so only confirmed: "the 46-year-old centrist" after a sentence naming several
/// people (the one of that age), "the 65-year-old Norwegian" when the nearest person is of another country, and an age
/// or anniversary in a sentence that names the date it counts from (read at the article's date).</summary>
public sealed class AgeAgreementTests
{
    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    private const string Hosts = "Prime Minister Keir Starmer hosted President Emmanuel Macron at Chequers on Saturday. ";

    [Fact]
    public void Of_several_people_the_one_of_that_age_is_confirmed()
        => AgeVerdict(Hosts + "The 46-year-old centrist praised the talks.", "2024-07-20", "46", Verdict.Supported);

    [Fact]
    public void An_age_no_one_named_has_stays_silent()
        => CheckAssert.None(Starter, Hosts + "The 47-year-old centrist praised the talks.", "2024-07-20", RuleCatalog.Age.Name);

    [Fact]
    public void A_nationality_finds_the_person_of_that_country_named_earlier()
        => AgeVerdict("Mark Rutte met Jens Stoltenberg in Brussels. Rutte thanked his staff. Rutte spoke again. The 65-year-old Norwegian said he would rest.", "2024-07-20", "65", Verdict.Supported);

    [Fact]
    public void A_nationality_with_the_wrong_age_stays_silent()
        => CheckAssert.None(Starter, "Mark Rutte met Jens Stoltenberg in Brussels. Rutte thanked his staff. Rutte spoke again. The 66-year-old Norwegian said he would rest.", "2024-07-20", RuleCatalog.Age.Name);

    [Fact]
    public void An_anniversary_beside_its_founding_year_is_confirmed_in_the_articles_year()
        => AgeVerdict("NATO, founded in 1949, marked its 75th anniversary on Thursday.", "2024-07-20", "75th", Verdict.Supported);

    [Theory]
    [InlineData("NATO, founded in 1949, marked its 76th anniversary on Thursday.")]
    [InlineData("NATO, founded in 1949, marked its 74th anniversary on Thursday.")]
    public void An_anniversary_beside_its_founding_year_that_does_not_fit_stays_silent(string text)
        => CheckAssert.None(Starter, text, "2024-07-20", RuleCatalog.Age.Name);

    [Fact]
    public void A_present_age_beside_a_birth_year_is_confirmed()
        => AgeVerdict("Karol Nawrocki was sworn in on Wednesday. The 42-year-old historian, who was born in 1983, thanked voters.", "2025-08-07", "42", Verdict.Supported);

    [Fact]
    public void A_wrong_age_beside_a_birth_year_stays_silent()
        => CheckAssert.None(Starter, "Karol Nawrocki was sworn in on Wednesday. The 43-year-old historian, who was born in 1983, thanked voters.", "2025-08-07", RuleCatalog.Age.Name);

    private static void AgeVerdict(string text, string asOf, string span, Verdict verdict)
        => Assert.Equal(verdict, Assert.Single(CheckAssert.Findings(Starter, text, asOf), f => f.Rule == RuleCatalog.Age.Name && f.Text == span).Verdict);
}
