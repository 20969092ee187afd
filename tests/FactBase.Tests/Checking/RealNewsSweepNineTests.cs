using FactBase.Checking;
using FactBase.Checking.Findings;
using FactBase.Checking.Rules;

namespace FactBase.Tests.Checking;

/// <summary>
/// False alarms a sweep of real news found (session 10), each cause now a general rule, in our own sentences beside a twin
/// that is still flagged: a joining of something the facts do not count ("the 21st country to join the euro"), "in power"
/// (any office, one after another), an age beside "now" and a time of something else, an English word one letter off a
/// word of a title ("Waves of" for "Prince of Wales"); and one error shared by several subjects is one finding.
/// </summary>
public sealed class RealNewsSweepNineTests
{
    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    [Theory]
    [InlineData("Bulgaria became the 21st country to join the euro on Thursday, deepening its EU ties.")]
    [InlineData("Bulgaria is the 21st country in the EU to adopt the euro.")]
    [InlineData("Bulgaria became the 21st member to join the eurozone, the EU said.")]
    [InlineData("Bulgaria, an EU member, is the 21st to join the euro.")]
    public void An_ordinal_of_joining_something_else_is_no_count_of_members(string text)
        => CheckAssert.NoAlarm(Starter, text, "2026-01-01");

    [Theory]
    [InlineData("Bulgaria became the 21st country to join the EU.", "21", Verdict.Contradicted)]
    [InlineData("Bulgaria became the 27th country to join the bloc, the EU said.", "27", Verdict.Supported)]
    [InlineData("Bulgaria became the 21st country in the EU to join in 2007.", "21", Verdict.Contradicted)]
    public void An_ordinal_of_joining_the_organization_is_still_checked(string text, string ordinal, Verdict verdict)
    {
        var finding = Assert.Single(CheckAssert.Findings(Starter, text, "2026-01-01"), f => f.Rule == RuleCatalog.Count.Name);
        Assert.Equal(verdict, finding.Verdict);
        Assert.StartsWith(ordinal, finding.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void In_power_since_is_any_office_and_only_confirmed()
    {
        CheckAssert.NoAlarm(Starter, "With this win, Vladimir Putin, who has been in power since 2000, will be president until 2030.", "2024-03-19");
        CheckAssert.NoAlarm(Starter, "Vladimir Putin, who has been in power since 1999, won again.", "2024-03-19");
    }

    [Fact]
    public void In_office_since_is_still_the_office_the_text_names()
    {
        var finding = Assert.Single(CheckAssert.Findings(Starter, "Vladimir Putin, who has been in office since 2000, will be president until 2030.", "2024-03-19"), f => f.Rule == RuleCatalog.Role.Name && f.Verdict != Verdict.Supported);
        Assert.Contains("since 7 May 2012", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("At 78, Donald Trump has now become the oldest president sworn in, breaking a record set four years ago.", 78)]
    [InlineData("At 78, Donald Trump is today the oldest man sworn in, four years after he lost.", 78)]
    public void An_age_in_a_sentence_that_says_now_may_be_the_age_now(string text, int age)
    {
        var finding = Assert.Single(CheckAssert.Findings(Starter, text, "2025-01-20"), f => f.Rule == RuleCatalog.Age.Name);
        Assert.Equal(Verdict.Supported, finding.Verdict);
        Assert.Equal(age.ToString(System.Globalization.CultureInfo.InvariantCulture), finding.Text[..2]);
    }

    [Fact]
    public void An_age_in_a_sentence_that_says_now_is_still_flagged_when_wrong_at_both_times()
    {
        var finding = Assert.Single(CheckAssert.Findings(Starter, "At 80, Donald Trump has now become the oldest president sworn in, breaking a record set four years ago.", "2025-01-20"), f => f.Rule == RuleCatalog.Age.Name);
        Assert.Equal(Verdict.Contradicted, finding.Verdict);
    }

    [Theory]
    [InlineData("Waves of members came in the 1960s, Charles III said.")]
    [InlineData("**Waves of members.** Decolonisation doubled the United Nations, and Charles III spoke of it.")]
    public void An_english_word_before_of_is_no_misspelled_title(string text)
        => CheckAssert.None(Starter, text, "2013-06-30", RuleCatalog.EntityName.Name);

    [Fact]
    public void A_particle_of_a_name_still_marks_its_misspelling()
    {
        var finding = Assert.Single(CheckAssert.Findings(Starter, "Ursula von der Layen met the leaders on Friday.", "2021-06-30"), f => f.Rule == RuleCatalog.EntityName.Name);
        Assert.Equal(Verdict.Misspelled, finding.Verdict);
        Assert.Equal("Layen", finding.Text);
        Assert.Contains("Leyen", finding.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void One_error_of_several_subjects_is_one_finding_that_names_them_all()
    {
        var findings = CheckAssert.Findings(Starter, "Austria, Finland and Sweden joined the EU in 1994.", "2013-06-30").Where(f => f.Verdict != Verdict.Supported).ToList();
        var finding = Assert.Single(findings);
        Assert.Equal("1994", finding.Text);
        Assert.StartsWith("Austria, Finland and Sweden joined the European Union on 1 January 1995", finding.Message, StringComparison.Ordinal);
        Assert.Equal("1995", finding.Suggestion);
    }

    [Fact]
    public void Subjects_with_different_facts_keep_their_own_findings()
    {
        // Slovenia joined in 2004, Croatia in 2013: two different corrections of the same year.
        var findings = CheckAssert.Findings(Starter, "Slovenia and Croatia joined the EU in 2007.", "2020-01-01").Where(f => f.Verdict != Verdict.Supported).ToList();
        Assert.Equal(2, findings.Count);
        Assert.Contains(findings, f => f.Message.StartsWith("Slovenia joined", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Message.StartsWith("Croatia joined", StringComparison.Ordinal));
    }

    [Fact]
    public void A_claim_checked_at_a_year_its_sentence_gets_wrong_is_left_to_the_years_finding()
    {
        const string Lead = "The European Union grew in waves.\n\n";
        var findings = CheckAssert.Findings(Starter, Lead + "Austria, Finland and Sweden, which joined in 1994, brought the bloc to fifteen members.", "2013-06-30")
            .Where(f => f.Verdict != Verdict.Supported).ToList();
        var date = Assert.Single(findings);
        Assert.Equal(RuleCatalog.Date.Name, date.Rule);
        Assert.Equal("1994", date.Text);

        // With the year right, a wrong count is the sentence's own error.
        var count = Assert.Single(CheckAssert.Findings(Starter, Lead + "Austria, Finland and Sweden, which joined in 1995, brought the bloc to sixteen members.", "2013-06-30"),
            f => f.Rule == RuleCatalog.Count.Name);
        Assert.Equal(Verdict.Contradicted, count.Verdict);
    }
}
