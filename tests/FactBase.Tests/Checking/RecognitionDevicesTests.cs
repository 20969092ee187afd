using FactBase.Checking;
using FactBase.Checking.Findings;
using FactBase.Checking.Rules;

namespace FactBase.Tests.Checking;

/// <summary>
/// True claims told through devices the checker used to leave unread (issue 15, session 6): a count through a description
/// or a noun of which each member has one, an age at death after "aged", a capitalized noun of a person after an age, a
/// date carried as "the same day" or "that day", and members listed after a colon. Each true sentence is recognised; its
/// twin in the same phrasing with a wrong value is flagged, or, where the facts chose the subject, not confirmed.
/// </summary>
public sealed class RecognitionDevicesTests
{
    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    private static string? VerdictOf(string text, string asOf, string rule, string start)
        => CheckAssert.Findings(Starter, text, asOf).SingleOrDefault(f => f.Rule == rule && f.Text.StartsWith(start, StringComparison.Ordinal))?.Verdict.ToString().ToLowerInvariant();

    [Theory]
    // "the N-member bloc" in a text that names no organization with members: the one the facts describe as a bloc.
    [InlineData("Emmanuel Macron said the 27-member bloc is split over farm subsidies.", "27", "supported")]
    [InlineData("Emmanuel Macron said the 25-member bloc is split over farm subsidies.", "25", null)]
    // "The bloc's N member states" likewise.
    [InlineData("Talks in Rome ended on Monday. Emmanuel Macron said the bloc's 27 member states will vote in June.", "27", "supported")]
    [InlineData("Talks in Rome ended on Monday. Emmanuel Macron said the bloc's 29 member states will vote in June.", "29", null)]
    public void A_count_through_a_description_only_one_organization_has_is_confirmed(string text, string number, string? verdict)
        => Assert.Equal(verdict, VerdictOf(text, "2025-03-10", RuleCatalog.Count.Name, number));

    [Theory]
    [InlineData("The European Union agreed a budget on Friday. The union's 27 governments must now ratify it.", "27", "supported")]
    [InlineData("NATO ministers met in Brussels on Friday. The alliance's 32 capitals will be consulted.", "32", "supported")]
    [InlineData("The European Union agreed a budget on Friday. The union's 26 governments must now ratify it.", "26", null)]
    // Some of them: a phrase after the noun picks them out.
    [InlineData("The European Union agreed a budget on Friday. The union's 27 governments that signed must now ratify it.", "27", null)]
    public void A_number_of_governments_or_capitals_of_an_organization_is_confirmed_as_its_count(string text, string number, string? verdict)
        => Assert.Equal(verdict, VerdictOf(text, "2025-03-10", RuleCatalog.Count.Name, number));

    [Fact]
    public void Asking_the_member_states_to_act_is_the_whole_membership()
    {
        // "ask" is a verb of asking too, though it has only three letters.
        var text = "Ursula von der Leyen spoke in Strasbourg. She will ask the finance ministers of the 28 member states to propose names.";
        Assert.Contains(VerdictOf(text, "2024-07-20", RuleCatalog.Count.Name, "28"), new[] { "contradicted", "outdated" });
        Assert.Equal("supported", VerdictOf(text.Replace("28", "27", StringComparison.Ordinal), "2024-07-20", RuleCatalog.Count.Name, "27"));
    }

    [Theory]
    [InlineData("Queen Elizabeth II died at Balmoral on Thursday aged 96, the palace said.", "supported")]
    [InlineData("Queen Elizabeth II died at Balmoral on Thursday aged 94, the palace said.", "contradicted")]
    [InlineData("Queen Elizabeth II, the longest-reigning monarch in British history, died on Thursday aged 94.", "contradicted")]
    [InlineData("Queen Elizabeth II has died, aged 96.", "supported")]
    public void An_age_after_aged_that_follows_died_is_the_age_at_death(string text, string verdict)
        => Assert.Equal(verdict, VerdictOf(text, "2022-09-09", RuleCatalog.Age.Name, "9"));

    [Theory]
    // Someone else died.
    [InlineData("Queen Elizabeth II once met a soldier who died in France aged 20.")]
    // A time named that is not the death's is another event's.
    [InlineData("Queen Elizabeth II was crowned in 1953 and has died aged 96.")]
    public void An_age_after_aged_of_another_death_or_another_time_stays_silent(string text)
        => Assert.DoesNotContain(CheckAssert.Findings(Starter, text, "2022-09-09"), f => f.Rule == RuleCatalog.Age.Name);

    [Theory]
    // The relative clause's year is of the crowning; the main clause, read without it, tells the age at death.
    [InlineData("Queen Elizabeth II, who was crowned in 1953, has died aged 96.", "supported")]
    [InlineData("Queen Elizabeth II, who was crowned in 1953, has died aged 95.", "contradicted")]
    public void An_age_after_aged_with_a_year_only_in_a_relative_clause_is_the_age_at_death(string text, string verdict)
        => Assert.Equal(verdict, VerdictOf(text, "2022-09-09", RuleCatalog.Age.Name, text.Contains("96", StringComparison.Ordinal) ? "96" : "95"));

    [Theory]
    [InlineData("Joe Biden conceded on Wednesday.\n\nThe 81-year-old Democrat, who had led the country since 2021, spoke briefly.", "supported")]
    [InlineData("Joe Biden conceded on Wednesday.\n\nThe 82-year-old Democrat, who had led the country since 2021, spoke briefly.", "contradicted")]
    [InlineData("Joe Biden conceded on Wednesday.\n\nThe 80-year-old Democrat said he would help.", "contradicted")]
    [InlineData("Olaf Scholz conceded on Sunday.\n\nThe 65-year-old Social Democrat said he would stay in parliament.", "contradicted")]
    public void An_age_before_a_capitalized_noun_of_a_person_is_the_person_named_lately(string text, string verdict)
    {
        var asOf = text.Contains("Biden", StringComparison.Ordinal) ? "2024-11-06" : "2025-02-24";
        Assert.Equal(verdict, VerdictOf(text, asOf, RuleCatalog.Age.Name, "8") ?? VerdictOf(text, asOf, RuleCatalog.Age.Name, "6"));
    }

    [Fact]
    public void An_age_before_a_capitalized_noun_that_goes_on_as_a_name_is_no_person()
        => Assert.DoesNotContain(CheckAssert.Findings(Starter, "Joe Biden conceded on Wednesday.\n\nThe 170-year-old Republican Party said it had won.", "2024-11-06"), f => f.Rule == RuleCatalog.Age.Name);

    [Theory]
    [InlineData("Slovakia and Slovenia joined NATO on 29 March 2004. Latvia joined on the same day.", "supported")]
    [InlineData("Slovakia and Slovenia joined NATO on 29 March 2004. Albania joined on the same day.", "contradicted")]
    public void The_same_day_is_the_last_day_written_out(string text, string verdict)
        => Assert.Equal(verdict, VerdictOf(text, "2024-04-01", RuleCatalog.Date.Name, "the same day"));

    [Fact]
    public void The_same_day_after_only_a_year_stays_silent()
    {
        var text = "The European Union grew on 1 May 2004. The newcomers had been communist until 1989. Latvia and Slovenia joined on the same day.";
        var findings = CheckAssert.Findings(Starter, text, "2024-05-03");
        Assert.DoesNotContain(findings, f => f.Verdict != Verdict.Supported);
        Assert.Contains(findings, f => f.Rule == RuleCatalog.Date.Name && f.Text == "the same day" && f.Verdict == Verdict.Supported);
    }

    [Theory]
    [InlineData("Croatia joined NATO on 1 April 2009. Two countries joined that day: Albania and Croatia.", "supported")]
    [InlineData("Croatia joined NATO on 1 April 2009. Two countries joined that day: Montenegro and Croatia.", "contradicted")]
    public void Members_listed_after_a_colon_are_the_subjects_of_the_joining(string text, string verdict)
    {
        var findings = CheckAssert.Findings(Starter, text, "2024-04-01").Where(f => f.Rule == RuleCatalog.Date.Name && f.Text == "that day").ToList();
        Assert.Equal(2, findings.Count);
        Assert.Equal(verdict, findings.Any(f => f.Verdict != Verdict.Supported) ? "contradicted" : "supported");
    }

    [Theory]
    // A list that goes on after the names, or a name that never joined, stays silent.
    [InlineData("Croatia joined NATO on 1 April 2009. Two countries joined that day: Albania and Croatia, both from the Balkans.")]
    [InlineData("Croatia joined NATO on 1 April 2009. Two countries joined that day: Albania and Serbia.")]
    public void A_colon_list_with_more_than_members_stays_silent(string text)
        => Assert.DoesNotContain(CheckAssert.Findings(Starter, text, "2024-04-01"), f => f.Rule == RuleCatalog.Date.Name && f.Text == "that day");

    [Theory]
    [InlineData("Olaf Scholz is 66.", "supported")]
    [InlineData("Olaf Scholz is 62.", "contradicted")]
    [InlineData("The German chancellor, Olaf Scholz, is 66, and his rival is older.", "supported")]
    public void A_name_then_is_and_a_number_that_ends_the_clause_is_an_age(string text, string verdict)
        => Assert.Equal(verdict, VerdictOf(text, "2024-11-01", RuleCatalog.Age.Name, "6"));

    [Theory]
    [InlineData("Olaf Scholz is 66 points ahead in one poll.")]
    [InlineData("Olaf Scholz is 16th in the ranking.")]
    public void A_number_after_is_that_goes_on_is_no_age(string text)
        => Assert.DoesNotContain(CheckAssert.Findings(Starter, text, "2024-11-01"), f => f.Rule == RuleCatalog.Age.Name);

    [Theory]
    [InlineData("The European Union and NATO held a joint summit. Switzerland and Serbia belong to neither club.", "supported")]
    // The clubs are chosen by the text, so a wrong member is not confirmed (and not flagged).
    [InlineData("The European Union and NATO held a joint summit. Switzerland and Poland belong to neither club.", null)]
    public void Neither_club_is_the_two_organizations_the_text_names(string text, string? verdict)
    {
        var findings = CheckAssert.Findings(Starter, text, "2025-01-10").Where(f => f.Rule == RuleCatalog.Membership.Name).ToList();
        Assert.DoesNotContain(findings, f => f.Verdict != Verdict.Supported);
        Assert.Equal(verdict, findings.Any(f => f.Text.StartsWith("Switzerland", StringComparison.Ordinal)) && findings.Count(f => f.Text.StartsWith("Serbia", StringComparison.Ordinal) || f.Text.StartsWith("Poland", StringComparison.Ordinal)) > 0 ? "supported" : null);
    }

    [Theory]
    [InlineData("NATO leaders met in Vilnius. Moldova and Georgia were offered closer ties; neither is a member yet.", Verdict.Supported)]
    [InlineData("NATO leaders met in Vilnius. Moldova and Romania were offered closer ties; neither is a member yet.", Verdict.Contradicted)]
    public void Neither_is_a_member_denies_it_for_the_pair_before(string text, Verdict worst)
    {
        var findings = CheckAssert.Findings(Starter, text, "2023-07-12").Where(f => f.Rule == RuleCatalog.Membership.Name).ToList();
        Assert.Equal(2, findings.Count);
        Assert.Equal(worst, findings.Any(f => f.Verdict == Verdict.Contradicted) ? Verdict.Contradicted : Verdict.Supported);
    }

    [Theory]
    [InlineData("Finland completed its accession to NATO in April 2023.", "supported")]
    [InlineData("Finland completed its accession to NATO in April 2022.", "contradicted")]
    public void Completing_an_accession_is_a_joining(string text, string verdict)
        => Assert.Equal(verdict, VerdictOf(text, "2024-03-08", RuleCatalog.Date.Name, "April"));
}
