using FactBase.Checking;
using FactBase.Checking.Findings;
using FactBase.Checking.Rules;

namespace FactBase.Tests.Checking;

/// <summary>
/// True claims whose subject the clause only describes or stands for with a pronoun (issue 15, session 5): the reading finds
/// the one entity named lately that the facts fit, so it only confirms; the same phrasing with a wrong value stays silent.
/// The group counts and opening phrases beside them are read for their organization and time as written, and flagged when
/// wrong.
/// </summary>
public sealed class ConfirmedThroughFactsTests
{
    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    private static Finding? Find(string text, string asOf, string rule, string start)
        => CheckAssert.Findings(Starter, text, asOf).SingleOrDefault(f => f.Rule == rule && f.Text.StartsWith(start, StringComparison.Ordinal));

    [Theory]
    // A pronoun opening a new paragraph, after a sentence that names two people.
    [InlineData("Giorgia Meloni was sworn in on Saturday before President Sergio Mattarella.\n\nShe succeeds Mario Draghi, who led a unity government.", "She succeeds Mario Draghi")]
    // A description of the new holder.
    [InlineData("Donald Tusk won a vote of confidence on Monday.\n\nThe 66-year-old former council chief replaces Mateusz Morawiecki at the head of the government.", "The 66-year-old former council chief replaces Mateusz Morawiecki")]
    public void A_succession_whose_subject_is_only_described_is_confirmed_for_the_person_named_lately(string text, string span)
    {
        var asOf = text.Contains("Tusk", StringComparison.Ordinal) ? "2023-12-13" : "2022-10-22";
        var finding = Find(text, asOf, RuleCatalog.Role.Name, span.Split(' ')[0]);
        Assert.NotNull(finding);
        Assert.Equal(span, finding.Text);
        Assert.Equal(Verdict.Supported, finding.Verdict);
    }

    [Theory]
    [InlineData("Giorgia Meloni was sworn in on Saturday before President Sergio Mattarella.\n\nShe succeeds Matteo Renzi, who led a unity government.", "2022-10-22")]
    [InlineData("Donald Tusk won a vote of confidence on Monday.\n\nThe 66-year-old former council chief replaces Beata Szydło at the head of the government.", "2023-12-13")]
    // A capitalized word before the verb may be a name the facts do not know.
    [InlineData("Giorgia Meloni was sworn in on Saturday.\n\nThe Brothers of Italy leader replaces Mario Draghi.", "2022-10-22")]
    public void The_same_succession_with_a_wrong_predecessor_or_an_unknown_subject_stays_silent(string text, string asOf)
    {
        var findings = CheckAssert.Findings(Starter, text, asOf);
        Assert.DoesNotContain(findings, f => f.Rule == RuleCatalog.Role.Name && (f.Text.Contains("replaces", StringComparison.Ordinal) || f.Text.Contains("succeeds", StringComparison.Ordinal)));
        Assert.DoesNotContain(findings, f => f.Verdict != Verdict.Supported);
    }

    [Theory]
    [InlineData("Montenegro joined NATO in June 2017 after a long wait.\n\nThe ceremony made the small Adriatic state the alliance's 29th member.", "29th", "supported")]
    [InlineData("Montenegro joined NATO in June 2017 after a long wait.\n\nThe ceremony made the small Adriatic state the alliance's 28th member.", "28th", null)]
    [InlineData("North Macedonia joined NATO in March 2020. The Balkan country is the 30th to join.", "30th", "supported")]
    [InlineData("North Macedonia joined NATO in March 2020. The Balkan country is the 29th to join.", "29th", null)]
    public void A_member_ordinal_whose_member_is_only_described_is_confirmed_for_the_member_named_lately(string text, string span, string? verdict)
    {
        var finding = Find(text, "2020-06-01", RuleCatalog.Count.Name, span);
        Assert.Equal(verdict, finding?.Verdict.ToString().ToLowerInvariant());
    }

    [Theory]
    [InlineData("Giorgia Meloni took office on Saturday, replacing Mario Draghi, who had held the post since 2021.", "supported")]
    [InlineData("Giorgia Meloni took office on Saturday, replacing Mario Draghi, who had held the post since 2019.", null)]
    [InlineData("Giorgia Meloni took office on Saturday, replacing Mario Draghi, who had been in office since February 2021.", "supported")]
    public void Who_had_held_the_post_since_a_year_is_confirmed_for_an_office_of_the_person(string text, string? verdict)
    {
        var finding = Find(text, "2022-10-22", RuleCatalog.Role.Name, "Mario Draghi, who had");
        Assert.Equal(verdict, finding?.Verdict.ToString().ToLowerInvariant());
    }

    [Theory]
    [InlineData("Montenegro held a referendum in 2006. The small Adriatic state joined NATO in June 2017.", "supported")]
    [InlineData("Montenegro held a referendum in 2006. The small Adriatic state joined NATO in June 2016.", null)]
    public void A_joining_whose_member_is_only_described_is_confirmed_for_the_member_named_lately(string text, string? verdict)
    {
        var finding = Find(text, "2020-06-01", RuleCatalog.Date.Name, "June");
        Assert.Equal(verdict, finding?.Verdict.ToString().ToLowerInvariant());
    }

    [Theory]
    // Two people in the paragraph: the pronoun is not resolved, and the person whose birth date agrees is confirmed.
    [InlineData("Giorgia Meloni spoke to Mario Draghi on Friday.\n\nBorn in Rome on 15 January 1977, she grew up in Garbatella.", "supported")]
    [InlineData("Giorgia Meloni spoke to Mario Draghi on Friday.\n\nBorn in Rome on 15 January 1975, she grew up in Garbatella.", null)]
    public void An_opening_birth_phrase_after_two_people_is_only_confirmed(string text, string? verdict)
    {
        var finding = Find(text, "2022-10-22", RuleCatalog.Date.Name, "15 January");
        Assert.Equal(verdict, finding?.Verdict.ToString().ToLowerInvariant());
    }

    [Theory]
    // "countries" is said of any group of countries: the organization of the text is only a guess.
    [InlineData("Voters in all 27 countries choose a new parliament in June.", "supported")]
    [InlineData("Voters in all 26 countries choose a new parliament in June.", null)]
    public void All_the_countries_of_the_organization_in_context_are_only_confirmed(string sentence, string? verdict)
    {
        var finding = Find("The European Union prepared for the vote.\n\n" + sentence, "2024-05-02", RuleCatalog.Count.Name, "2");
        Assert.Equal(verdict, finding?.Verdict.ToString().ToLowerInvariant());
    }

    [Fact]
    public void The_last_of_the_members_to_act_counts_the_members_at_the_time_named()
    {
        const string Before = "NATO signed an accession protocol with North Macedonia in 2019.\n\n";
        CheckAssert.Single(Starter, Before + "Spain became the last of the 29 allies to ratify it, on 20 March 2020.", "2020-06-01", RuleCatalog.Count.Name, "29", "supported");
        var wrong = Find(Before + "Spain became the last of the 28 allies to ratify it, on 20 March 2020.", "2020-06-01", RuleCatalog.Count.Name, "28");
        Assert.NotNull(wrong);
        Assert.NotEqual(Verdict.Supported, wrong.Verdict);
    }

    [Theory]
    // The time of the act is not named: the count of the article's date may not be the one meant.
    [InlineData("Spain was the last of NATO's 29 members to ratify the protocol.")]
    [InlineData("Spain became the last of NATO's 29 allies to ratify the protocol.")]
    public void The_last_of_the_members_to_act_at_a_time_not_named_stays_silent(string text)
        => CheckAssert.NoAlarm(Starter, text, "2024-06-01");

    [Theory]
    [InlineData("NATO leaders met in Vilnius. With 31 allies, the alliance now spans the Atlantic.", "supported")]
    [InlineData("NATO leaders met in Vilnius. With 30 allies, the alliance now spans the Atlantic.", "outdated")]
    [InlineData("With 31 allies, NATO now spans the Atlantic.", "supported")]
    public void An_opening_with_phrase_counts_the_members_of_the_subject_after_it(string text, string verdict)
    {
        var finding = Find(text, "2023-07-11", RuleCatalog.Count.Name, "3");
        Assert.NotNull(finding);
        Assert.Equal(verdict, finding.Verdict.ToString().ToLowerInvariant());
    }

    [Theory]
    [InlineData("At 81, the president is still the most trusted figure in the country.", "supported")]
    [InlineData("At 79, the president is still the most trusted figure in the country.", null)]
    public void An_opening_age_of_a_description_is_only_confirmed(string sentence, string? verdict)
    {
        var text = "Sergio Mattarella opened the new parliament on Thursday.\n\n" + sentence;
        var finding = Find(text, "2022-10-22", RuleCatalog.Age.Name, sentence.Substring(3, 2));
        Assert.Equal(verdict, finding?.Verdict.ToString().ToLowerInvariant());
    }

    [Fact]
    public void An_opening_age_of_a_name_is_flagged_when_wrong()
        => CheckAssert.Single(Starter, "At 79, Sergio Mattarella is still the most trusted figure in the country.", "2022-10-22", RuleCatalog.Age.Name, "79", "contradicted", "81", "81");
}
