using FactBase.Checking;
using FactBase.Checking.Rules;

namespace FactBase.Tests.Checking;

/// <summary>
/// Roles as journalists write them (issue 15): titles carried by verbs of taking office, titles with no country after a
/// name, titles inside names and title back-references (confirmed only), the day an office changes hands, people described
/// by their age, and names misspelled with no title beside them. Each wrong sentence has a true twin in the same phrasing.
/// </summary>
public sealed class RoleReadingTests
{
    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    [Theory]
    [InlineData("Giorgia Meloni was sworn in on Saturday as Italy's prime minister.", "2022-10-23", "Giorgia Meloni was sworn in on Saturday as Italy's prime minister")]
    [InlineData("Mario Draghi took the oath as Italy's 30th prime minister in a palace ceremony.", "2021-02-13", "Mario Draghi took the oath as Italy's 30th prime minister")]
    [InlineData("The president swore in Mark Carney as prime minister of Canada on Friday.", "2025-03-15", "Mark Carney as prime minister of Canada")]
    [InlineData("Emmanuel Macron appointed Michel Barnier as France's prime minister.", "2024-09-05", "Michel Barnier as France's prime minister")]
    [InlineData("Giorgia Meloni, the party's founder since 2012, took office as the Italian prime minister.", "2022-10-23", "Giorgia Meloni, the party's founder since 2012, took office as the Italian prime minister")]
    public void A_title_after_a_verb_of_taking_office_is_recognised(string text, string asOf, string span)
        => CheckAssert.Single(Starter, text, asOf, RuleCatalog.Role.Name, span, "supported");

    [Theory]
    [InlineData("Mario Draghi was sworn in on Saturday as Italy's prime minister.", "2022-10-23", "Mario Draghi was sworn in on Saturday as Italy's prime minister", "Giorgia Meloni")]
    [InlineData("The president swore in Justin Trudeau as prime minister of Canada on Friday.", "2025-03-15", "Justin Trudeau as prime minister of Canada", "Mark Carney")]
    public void A_title_after_a_verb_of_taking_office_that_someone_else_took_is_flagged(string text, string asOf, string span, string holder)
    {
        var finding = Assert.Single(CheckAssert.Findings(Starter, text, asOf), f => f.Rule == RuleCatalog.Role.Name);
        Assert.Equal(span, finding.Text);
        Assert.NotEqual("supported", finding.Verdict.ToString().ToLowerInvariant());
        Assert.Equal(holder, finding.Suggestion);
    }

    [Theory]
    [InlineData("Giorgia Meloni will be sworn in as Italy's prime minister next week.", "2022-10-15")]
    [InlineData("Giorgia Meloni is expected to be sworn in as Italy's prime minister.", "2022-10-15")]
    [InlineData("Parliament elected Giorgia Meloni as Italy's prime minister.", "2022-10-15")]
    [InlineData("Mario Draghi was sworn in on Saturday as Italy's deputy prime minister.", "2022-10-23")]
    [InlineData("Mario Draghi was sworn in on Saturday as president of the football club.", "2022-10-23")]
    [InlineData("Mark Rutte was appointed as NATO's secretary general on Wednesday.", "2024-06-26")]
    public void Future_elected_deputy_and_other_bodies_stay_silent(string text, string asOf)
        => CheckAssert.None(Starter, text, asOf, RuleCatalog.Role.Name);

    [Fact]
    public void On_the_day_an_office_changes_hands_the_one_sworn_in_is_the_new_holder()
    {
        var wrong = CheckAssert.Single(Starter, "The cabinet of Prime Minister Justin Trudeau (59) was sworn in that morning.", "2025-03-14", RuleCatalog.Role.Name, "Justin Trudeau", "outdated", "Mark Carney", "Mark Carney");
        Assert.Contains("Mark Carney", wrong.Message, StringComparison.Ordinal);
        CheckAssert.Single(Starter, "The cabinet of Prime Minister Mark Carney (59) was sworn in that morning.", "2025-03-14", RuleCatalog.Role.Name, "Mark Carney", "supported");

        // The outgoing holder is still right that morning when the sentence does not tell of the swearing-in.
        CheckAssert.Single(Starter, "Prime Minister Justin Trudeau watched as the new cabinet was sworn in.", "2025-03-14", RuleCatalog.Role.Name, "Justin Trudeau", "supported");
    }

    [Theory]
    [InlineData("Justin Trudeau, the prime minister, opened the debate.", "2024-05-01", "Justin Trudeau", "supported")]
    [InlineData("Mark Carney, the prime minister, opened the debate.", "2024-05-01", "Mark Carney", "contradicted")]
    [InlineData("In 2019, Mario Draghi was prime minister and Giorgia Meloni led the opposition.", "2024-05-01", "Mario Draghi was prime minister", "contradicted")]
    [InlineData("In 2021, Mario Draghi was prime minister and Giorgia Meloni led the opposition.", "2024-05-01", "Mario Draghi was prime minister", "supported")]
    [InlineData("Justin Trudeau, a former prime minister who led the Liberals, spoke.", "2025-06-01", "Justin Trudeau", "supported")]
    public void A_title_with_no_country_after_a_name_means_the_offices_the_person_held(string text, string asOf, string span, string verdict)
    {
        var finding = Assert.Single(CheckAssert.Findings(Starter, text, asOf), f => f.Rule == RuleCatalog.Role.Name);
        Assert.Equal(span, finding.Text);
        Assert.Equal(verdict, finding.Verdict.ToString().ToLowerInvariant());
    }

    [Theory]
    [InlineData("Justin Trudeau, the president of the hockey club, opened the debate.", "2024-05-01")]
    [InlineData("Mark Carney, the prime minister's adviser, opened the debate.", "2024-05-01")]
    [InlineData("Mark Carney, the prime minister in waiting, opened the debate.", "2024-05-01")]
    public void A_title_of_another_body_or_a_phrase_after_a_name_stays_silent(string text, string asOf)
        => CheckAssert.None(Starter, text, asOf, RuleCatalog.Role.Name);

    [Fact]
    public void A_title_inside_a_name_is_confirmed_but_never_flagged()
    {
        CheckAssert.Single(Starter, "King Charles III opened parliament.", "2024-05-01", RuleCatalog.Role.Name, "King Charles III", "supported");

        // Before his accession the name with the title is how the article's readers know him, not a claim to refute.
        CheckAssert.None(Starter, "In 2015, King Charles III opened a hospital.", "2024-05-01", RuleCatalog.Role.Name);
    }

    [Fact]
    public void A_title_back_reference_is_confirmed_but_never_flagged()
    {
        const string text = "Emmanuel Macron met Justin Trudeau in Paris. The former prime minister praised the city.";
        var supported = CheckAssert.Findings(Starter, text, "2025-06-01").Where(f => f.Rule == RuleCatalog.Role.Name && f.Text == "prime minister").ToList();
        Assert.Equal("Supported", Assert.Single(supported).Verdict.ToString());

        // While Trudeau is still in office the description is wrong or means someone else: silent, not a finding.
        Assert.DoesNotContain(CheckAssert.Findings(Starter, text, "2024-06-01"), f => f.Rule == RuleCatalog.Role.Name && f.Text == "prime minister");
    }

    [Theory]
    [InlineData("Giorgia Meloni was sworn in on Saturday. The 45-year-old said the work starts now.", "2022-10-23", "supported", null)]
    [InlineData("Giorgia Meloni was sworn in on Saturday. The 47-year-old said the work starts now.", "2022-10-23", "contradicted", "45")]
    [InlineData("Giorgia Meloni was sworn in on Saturday.\n\nThe 47-year-old lawyer said the work starts now.", "2022-10-23", "contradicted", "45")]
    public void A_person_described_by_age_is_the_person_just_named(string text, string asOf, string verdict, string? expected)
        => CheckAssert.Single(Starter, text, asOf, RuleCatalog.Age.Name, verdict == "supported" ? "45" : "47", verdict, expected, expected);

    [Theory]
    [InlineData("Giorgia Meloni met Mario Draghi on Saturday. The 47-year-old said the work starts now.")]
    [InlineData("Giorgia Meloni was sworn in on Saturday. The 80-year-old building was closed.")]
    [InlineData("Giorgia Meloni was sworn in on Saturday. The 47-year-old Marco Rossi said the work starts now.")]
    [InlineData("Giorgia Meloni met the Spanish leader Pedro Sanchez. The 47-year-old said the work starts now.")]
    public void An_age_description_that_may_be_someone_else_is_never_flagged(string text)
        => CheckAssert.None(Starter, text, "2022-10-23", RuleCatalog.Age.Name);

    [Theory]
    [InlineData("Mario Draghi handed over to Giorgia Meloni. Sergio Mattarella thanked the 47-year-old lawyer.")]
    [InlineData("Giorgia Meloni met Sergio Mattarella. Mattarella, who welcomed the 47-year-old lawyer, spoke first.")]
    [InlineData("Giorgia Meloni and Mark Rutte spoke. Rutte greeted the 47-year-old Dutch leader.")]
    [InlineData("Mark Rutte spoke first. The 47-year-old Swedish leader answered.")]
    public void An_age_description_is_never_the_person_acting_on_it_nor_of_another_country(string text)
        => CheckAssert.None(Starter, text, "2022-10-23", RuleCatalog.Age.Name);

    [Theory]
    [InlineData("Giorgia Meloni arrived. Sergio Mattarella thanked the 45-year-old lawyer.", "supported", null)]
    [InlineData("Giorgia Meloni arrived. Sergio Mattarella thanked the 47-year-old Italian leader.", "contradicted", "45")]
    public void An_age_description_after_a_verb_is_the_person_named_before(string text, string verdict, string? expected)
        => CheckAssert.Single(Starter, text, "2022-10-23", RuleCatalog.Age.Name, verdict == "supported" ? "45" : "47", verdict, expected, expected);

    [Theory]
    [InlineData("Emmanuel Macron and Kier Starmer will chair the call.", "Kier", "Keir")]
    [InlineData("António Guterres spoke first. Later, Guteres renewed his call for reform.", "Guteres", "Guterres")]
    [InlineData("Jens Stoltenberg spoke first. Later, Stoltenbreg spoke again.", "Stoltenbreg", "Stoltenberg")]
    [InlineData("António Guterres spoke first. Guteres renewed his call for reform.", "Guteres", "Guterres")]
    [InlineData("Jens Stoltenberg spoke first.\n\nStoltenbreg, a former finance minister, answered.", "Stoltenbreg", "Stoltenberg")]
    public void A_misspelled_name_with_no_title_beside_it_is_flagged(string text, string span, string right)
        => CheckAssert.Single(Starter, text, "2025-03-01", RuleCatalog.EntityName.Name, span, "misspelled", right, right);

    [Theory]
    [InlineData("Emmanuel Macron and Keir Starmer will chair the call.")]
    [InlineData("António Guterres spoke first. Later, Guterres renewed his call for reform.")]
    [InlineData("António Guterres spoke first. Later, Martin Guteres renewed his call for reform.")]
    [InlineData("Guteres renewed his call for reform.")]
    [InlineData("António Guterres spoke first. Guterres renewed his call for reform.")]
    [InlineData("Guteres spoke first. António Guterres renewed his call for reform.")]
    [InlineData("António Guterres spoke first. Guteres Street was closed.")]
    [InlineData("David Cameron spoke first. He then held talks with Cameroon on trade.")]
    [InlineData("David Cameron spoke first. Cameroon and Gabon signed the deal.")]
    public void The_right_names_namesakes_and_names_never_written_right_stay_silent(string text)
        => CheckAssert.None(Starter, text, "2025-03-01", RuleCatalog.EntityName.Name);

    [Fact]
    public void A_plural_title_is_shared_by_every_name_after_it()
    {
        var roles = CheckAssert.Findings(Starter, "Former presidents Bill Clinton, George W. Bush and Barack Obama attended.", "2024-10-01")
            .Where(f => f.Rule == RuleCatalog.Role.Name).Select(f => (f.Text, f.Verdict.ToString())).ToList();
        Assert.Equal(new[] { ("Bill Clinton", "Supported"), ("George W. Bush", "Supported"), ("Barack Obama", "Supported") }, roles);

        var wrong = CheckAssert.Findings(Starter, "Former presidents Bill Clinton, Joe Biden and Barack Obama attended.", "2024-10-01")
            .Where(f => f.Rule == RuleCatalog.Role.Name && f.Text == "Joe Biden").ToList();
        Assert.Equal("Contradicted", Assert.Single(wrong).Verdict.ToString());

        // A singular title stays with the first name: "President Joe Biden and Barack Obama" says nothing of Obama.
        Assert.DoesNotContain(CheckAssert.Findings(Starter, "President Joe Biden and Barack Obama attended.", "2024-10-01"), f => f.Rule == RuleCatalog.Role.Name && f.Text == "Barack Obama");
    }

    [Fact]
    public void A_term_after_a_name_is_confirmed_but_never_flagged()
    {
        const string list = "Secretaries general of the alliance:\n\n- Javier Solana (1995–1999)\n- Mark Rutte (2001-2003)\n";
        var roles = CheckAssert.Findings(Starter, list, "2024-10-01").Where(f => f.Rule == RuleCatalog.Role.Name).ToList();
        Assert.Equal("Javier Solana (1995–1999)", Assert.Single(roles).Text);
    }

    [Theory]
    [InlineData("NATO met. Jens Stoltenberg, 65, who became its 13th secretary general in 2014, spoke.", "Jens Stoltenberg, 65, who became its 13th secretary general in 2014", "supported")]
    [InlineData("NATO met. Jens Stoltenberg, 65, who became its 13th secretary general in 2012, spoke.", "Jens Stoltenberg, 65, who became its 13th secretary general in 2012", "contradicted")]
    public void Became_with_an_ordinal_states_the_role_from_the_name_to_the_date(string text, string span, string verdict)
    {
        var finding = Assert.Single(CheckAssert.Findings(Starter, text, "2024-10-01"), f => f.Rule == RuleCatalog.Role.Name);
        Assert.Equal(span, finding.Text);
        Assert.Equal(verdict, finding.Verdict.ToString().ToLowerInvariant());
    }
}
