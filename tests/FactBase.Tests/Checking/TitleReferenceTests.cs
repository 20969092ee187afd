using FactBase.Checking;
using FactBase.Checking.Findings;
using FactBase.Checking.Rules;

namespace FactBase.Tests.Checking;

/// <summary>
/// Back-references made of a title (issue 15): "the former Dutch prime minister" (a country's adjective narrows the title)
/// and "the new chancellor" among several chancellors named (the one in office at the article's date). The noun chose the
/// person, so the role is only ever confirmed; two people who fit keep it silent.
/// </summary>
public sealed class TitleReferenceTests
{
    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    [Fact]
    public void A_country_adjective_before_a_title_narrows_the_back_reference()
    {
        CheckAssert.Single(Starter, "Mark Rutte toured the harbour. The former Dutch prime minister then met the mayor.", "2025-02-01", RuleCatalog.Role.Name, "prime minister", "supported");

        // Rutte was never France's prime minister: nobody fits, nothing is read.
        CheckAssert.None(Starter, "Mark Rutte toured the harbour. The former French prime minister then met the mayor.", "2025-02-01", RuleCatalog.Role.Name);
    }

    [Fact]
    public void The_new_chancellor_among_several_named_is_the_one_in_office()
    {
        // The first sentence is a succession of its own (supported); the reference is the finding on "chancellor".
        var text = "Olaf Scholz handed over to Friedrich Merz in Berlin.\n\nThe new chancellor travels to Warsaw and Paris this week.";
        var finding = Assert.Single(CheckAssert.Findings(Starter, text, "2025-05-08"), f => f.Rule == RuleCatalog.Role.Name && f.Text == "chancellor");
        Assert.Equal(Verdict.Supported, finding.Verdict);
        Assert.Contains("Friedrich Merz", finding.Message);
    }

    [Theory]
    // Both were chancellors before the article's date: "the former chancellor" may be either.
    [InlineData("Angela Merkel and Olaf Scholz sat in the front row.\n\nThe former chancellor left early.", "2025-05-08")]
    // Before Merz took office nobody named is the new chancellor.
    [InlineData("Angela Merkel and Friedrich Merz sat in the front row.\n\nThe new chancellor left early.", "2024-05-08")]
    public void A_title_back_reference_that_no_one_or_two_people_fit_stays_silent(string text, string asOf)
        => CheckAssert.None(Starter, text, asOf, RuleCatalog.Role.Name);

    [Theory]
    // The description belongs to the name before the comma, which the facts do not know: neither the role nor the age
    // is the earlier-named person's.
    [InlineData("Donald Tusk spoke in Warsaw. Sorensen, the prime minister, was paid for speeches.")]
    [InlineData("Mark Rutte toured the harbour. Rasmussen, the former Dutch prime minister, met the mayor.")]
    [InlineData("Donald Tusk spoke in Warsaw. They later met Sorensen, the 61-year-old.")]
    [InlineData("Donald Tusk spoke in Warsaw. Sorensen, the 61-year-old lawyer, was paid for speeches.")]
    public void A_description_in_apposition_to_an_unknown_name_is_not_the_earlier_person(string text)
        => CheckAssert.None(Starter, text, "2025-02-01", null);

    [Theory]
    // The twins: an adverb, a place or a time before the comma is no apposition, and the same description still refers
    // back, to flag a wrong claim as well as to confirm a true one.
    [InlineData("Donald Tusk spoke in Warsaw. Later, the 67-year-old, smiling, met students.", "age", "supported")]
    [InlineData("Donald Tusk spoke in Warsaw. Later, the 61-year-old, smiling, met students.", "age", "contradicted")]
    [InlineData("Donald Tusk spoke in Warsaw. In Gdansk, the 61-year-old, smiling, met students.", "age", "contradicted")]
    [InlineData("NATO ministers met in Brussels. However, the alliance, which has 31 members, said little.", "count", "outdated")]
    public void An_adverb_place_or_time_before_the_comma_keeps_the_back_reference(string text, string rule, string verdict)
        => Assert.Equal(verdict, Assert.Single(CheckAssert.Findings(Starter, text, "2025-02-01"), f => f.Rule == rule).Verdict.ToString().ToLowerInvariant());
}
