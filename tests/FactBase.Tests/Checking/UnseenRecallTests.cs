using FactBase.Checking;
using FactBase.Checking.Rules;

namespace FactBase.Tests.Checking;

/// <summary>
/// Wrong claims written in ways the checker used to leave unread: an age after a surname the text never gives in full, an
/// age description before a noun of a person, an age at death in a relative clause beside another person, a title between
/// a succession verb and the predecessor, "he" among two people of whom one only could have succeeded, and an age event
/// with a month. Each wrong claim has a true twin in the same phrasing and a near miss that stays silent.
/// </summary>
public sealed class UnseenRecallTests
{
    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    // Jens Stoltenberg, born 16 March 1959: 62 on 1 June 2021; NATO's secretary general then.
    [Fact]
    public void An_age_after_a_lone_surname_of_the_one_person_who_carries_it_is_checked()
        => CheckAssert.Single(Starter, "NATO defence ministers met in Brussels on Tuesday. Stoltenberg, 61, opened the session.", "2021-06-01", RuleCatalog.Age.Name, "61", "contradicted", "62", "62");

    [Fact]
    public void The_right_age_after_a_lone_surname_is_confirmed()
        => CheckAssert.Single(Starter, "NATO defence ministers met in Brussels on Tuesday. Stoltenberg, 62, opened the session.", "2021-06-01", RuleCatalog.Age.Name, "62", "supported");

    [Theory]
    [InlineData("The institute held its board meeting on Tuesday. Stoltenberg, 61, opened the session.")] // no body he served named
    [InlineData("Camilla Stoltenberg visited NATO on Tuesday. Stoltenberg, 61, opened the session.")] // another given name
    [InlineData("NATO defence ministers met in Brussels on Tuesday. Stoltenberg, 35, opened the session.")] // far from his age
    [InlineData("NATO defence ministers met in Brussels on Tuesday. Kowalczyk, 61, opened the session.")] // no one known
    [InlineData("NATO defence ministers met in Brussels on Tuesday. Stoltenberg, 61, a caterer from Ghent, served lunch.")] // introduced as someone else
    public void A_lone_surname_that_may_be_someone_else_raises_no_alarm(string text)
        => CheckAssert.None(Starter, text, "2021-06-01", RuleCatalog.Age.Name);

    // Friedrich Merz, born 11 November 1955: 69 on 6 May 2025.
    [Fact]
    public void An_age_description_before_a_noun_of_a_person_and_a_verb_is_the_one_person_named_lately()
        => CheckAssert.Single(Starter, "Friedrich Merz won the vote on Tuesday. The 70-year-old conservative then drove to the palace.", "2025-05-06", RuleCatalog.Age.Name, "70", "contradicted", "69", "69");

    [Fact]
    public void The_right_age_before_a_noun_of_a_person_is_confirmed()
        => CheckAssert.Single(Starter, "Friedrich Merz won the vote on Tuesday. The 69-year-old conservative then drove to the palace.", "2025-05-06", RuleCatalog.Age.Name, "69", "supported");

    [Theory]
    [InlineData("Olaf Scholz conceded on Monday. Friedrich Merz won the vote on Tuesday. The 70-year-old conservative then drove to the palace.")]
    [InlineData("Friedrich Merz met Donald Tusk on Tuesday. The 70-year-old conservative then drove to the palace.")]
    [InlineData("Friedrich Merz won the vote on Tuesday. The 70-year-old conservative newspaper praised him.")]
    public void An_age_description_with_two_people_named_lately_or_a_thing_after_it_raises_no_alarm(string text)
        => CheckAssert.NoAlarm(Starter, text, "2025-05-06");

    // Elizabeth II, born 21 April 1926, died 8 September 2022 at 96.
    [Fact]
    public void An_age_at_death_in_a_relative_clause_is_of_the_person_the_clause_follows()
        => CheckAssert.Single(Starter, "King Charles III spoke of his mother, Queen Elizabeth II, who died at Balmoral at the age of 95 after a reign of seventy years.", "2023-05-06", RuleCatalog.Age.Name, "95", "contradicted", "96", "96");

    [Fact]
    public void The_right_age_at_death_in_a_relative_clause_is_confirmed()
        => CheckAssert.Single(Starter, "King Charles III spoke of his mother, Queen Elizabeth II, who died at Balmoral at the age of 96.", "2023-05-06", RuleCatalog.Age.Name, "96", "supported");

    [Theory]
    [InlineData("Rishi Sunak praised King Charles III, the son of Queen Elizabeth II, who died at the age of 95.")] // the clause may be either's
    [InlineData("Rishi Sunak praised King Charles III, who died at the age of 95.")] // no death in the facts
    public void An_age_at_death_in_a_clause_that_may_be_another_persons_raises_no_alarm(string text)
        => CheckAssert.None(Starter, text, "2023-05-06", RuleCatalog.Age.Name);

    // Keir Starmer became prime minister on 5 July 2024, succeeding Rishi Sunak.
    [Fact]
    public void A_title_between_a_succession_verb_and_the_predecessor_is_read_past()
    {
        var findings = CheckAssert.Findings(Starter, "Keir Starmer succeeded Prime Minister Boris Johnson in July 2024.", "2025-01-01");
        var succession = Assert.Single(findings, f => f.Rule == RuleCatalog.Role.Name && f.Text.StartsWith("Keir Starmer", StringComparison.Ordinal));
        Assert.Equal(("Keir Starmer succeeded Prime Minister Boris Johnson", "contradicted"), (succession.Text, succession.Verdict.ToString().ToLowerInvariant()));
        Assert.Contains("Rishi Sunak", succession.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_right_predecessor_after_a_title_is_confirmed()
    {
        var findings = CheckAssert.Findings(Starter, "Keir Starmer succeeded Prime Minister Rishi Sunak in July 2024.", "2025-01-01");
        Assert.Contains(findings, f => f.Text == "Keir Starmer succeeded Prime Minister Rishi Sunak" && f.Verdict == FactBase.Checking.Findings.Verdict.Supported);
        Assert.DoesNotContain(findings, f => f.Verdict != FactBase.Checking.Findings.Verdict.Supported);
    }

    [Fact]
    public void A_title_of_another_body_before_the_predecessor_raises_no_alarm()
        => CheckAssert.NoAlarm(Starter, "Keir Starmer succeeded party leader Boris Johnson in July 2024.", "2025-01-01");

    // Friedrich Merz became chancellor on 6 May 2025, succeeding Olaf Scholz; Frank-Walter Steinmeier was never chancellor.
    [Fact]
    public void He_among_two_people_is_the_one_who_held_the_predecessors_office()
    {
        var findings = CheckAssert.Findings(Starter, "Friedrich Merz met President Frank-Walter Steinmeier on Tuesday. He replaces Angela Merkel.", "2025-05-07");
        var succession = Assert.Single(findings, f => f.Text == "He replaces Angela Merkel");
        Assert.Equal(FactBase.Checking.Findings.Verdict.Contradicted, succession.Verdict);
        Assert.Equal("Olaf Scholz", succession.Expected);
        Assert.Contains("Friedrich Merz", succession.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void He_replacing_the_right_predecessor_is_confirmed()
    {
        var findings = CheckAssert.Findings(Starter, "Friedrich Merz met President Frank-Walter Steinmeier on Tuesday. He replaces Olaf Scholz.", "2025-05-07");
        Assert.Equal(FactBase.Checking.Findings.Verdict.Supported, Assert.Single(findings, f => f.Text == "He replaces Olaf Scholz").Verdict);
        Assert.DoesNotContain(findings, f => f.Verdict != FactBase.Checking.Findings.Verdict.Supported);
    }

    [Theory]
    [InlineData("Friedrich Merz met Olaf Scholz on Tuesday. He replaced Angela Merkel.")] // both held her office
    [InlineData("Friedrich Merz met Lars Klingbeil on Tuesday. He replaces Angela Merkel.")] // a name the facts do not know
    public void He_with_two_people_who_may_be_meant_raises_no_alarm(string text)
        => CheckAssert.NoAlarm(Starter, text, "2025-05-07");

    // Joe Biden was born on 20 November 1942, Donald Trump on 14 June 1946, Friedrich Merz on 11 November 1955.
    [Theory]
    [InlineData("Joe Biden turned 81 in June.", "81", null)] // his birthday is in November
    [InlineData("Donald Trump turned 79 in June.", "79", "78")] // June 2024: 78
    [InlineData("Friedrich Merz turns 70 next month.", "70", null)] // June 2025; his birthday is in November
    [InlineData("Friedrich Merz turned 68 last year.", "68", "69")]
    public void An_age_reached_in_a_month_or_year_is_checked_against_the_birthday(string text, string span, string? expected)
        => CheckAssert.Single(Starter, text, "2025-05-06", RuleCatalog.Age.Name, span, "contradicted", expected, expected);

    [Theory]
    [InlineData("Donald Trump turned 78 in June.", "78")]
    [InlineData("Friedrich Merz will turn 70 in November.", "70")]
    [InlineData("Friedrich Merz turned 69 last year.", "69")]
    [InlineData("Friedrich Merz turned 69 in November 2024.", "69")]
    public void An_age_reached_in_the_month_of_the_birthday_is_confirmed(string text, string span)
        => CheckAssert.Single(Starter, text, "2025-05-06", RuleCatalog.Age.Name, span, "supported");

    [Fact]
    public void A_birthday_in_the_articles_own_month_may_be_still_to_come_and_raises_no_alarm()
        => CheckAssert.NoAlarm(Starter, "Donald Trump turned 78 in June.", "2025-06-03");
}
