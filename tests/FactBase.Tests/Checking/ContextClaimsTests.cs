using FactBase.Checking.Rules;
using FactBase.Documents;

namespace FactBase.Tests.Checking;

/// <summary>
/// Claims that lean on the rest of the document (issue 15): counts and joining dates of an organization the sentence does
/// not name, joining dates written relative to the article or the narrative, ages written in words before a description,
/// and pipe tables of members. Each wrong claim has a true twin in the same phrasing. Against the starter facts: NATO 32
/// members from 2024-03-07 (Sweden the 32nd, Finland the 31st on 2023-04-04, North Macedonia 2020-03-27, Poland
/// 1999-03-12), founded 1949-04-04; the EU: Slovakia 2004-05-01, Bulgaria 2007-01-01.
/// </summary>
public sealed class ContextClaimsTests
{
    private static readonly FactBase.Checking.FactChecker Checker = TestKnowledgeBases.StarterChecker;

    [Theory]
    [InlineData("Defence ministers of NATO gathered in Brussels. Italy, unlike the other 30 allies, asked for more time.", "outdated", "31")]
    [InlineData("Defence ministers of NATO gathered in Brussels. Italy, unlike the other 31 allies, asked for more time.", "supported", null)]
    public void A_group_of_allies_counts_the_organization_of_the_paragraph(string text, string verdict, string? expected)
        => CheckAssert.Single(Checker, text, "2025-05-10", RuleCatalog.Count.Name, verdict == "supported" ? "31" : "30", verdict, expected, expected);

    [Fact]
    public void A_group_is_not_given_an_organization_when_the_paragraph_names_two()
        => CheckAssert.None(Checker, "NATO and the EU sent envoys. Italy, unlike the other 30 allies, asked for more time.", "2025-05-10", RuleCatalog.Count.Name);

    [Fact]
    public void Countries_of_no_named_organization_are_not_counted()
        => CheckAssert.None(Checker, "NATO envoys met in Rome. Italy, unlike the other 30 countries, asked for more time.", "2025-05-10", RuleCatalog.Count.Name);

    [Theory]
    [InlineData("The talks were about NATO. Officials pointed to Sweden, which became its thirty-first member last year.", "contradicted")]
    [InlineData("The talks were about NATO. Officials pointed to Sweden, which became its thirty-second member last year.", "supported")]
    public void A_members_ordinal_takes_the_organization_of_the_paragraph(string text, string verdict)
        => Assert.Contains(CheckAssert.Findings(Checker, text, "2025-05-10"), f => f.Rule == RuleCatalog.Count.Name && f.Verdict.ToString().ToLowerInvariant() == verdict);

    [Theory]
    [InlineData("NATO envoys met. It was the first visit for the seventy-five-year-old alliance.", "contradicted")]
    [InlineData("NATO envoys met. It was the first visit for the seventy-six-year-old alliance.", "supported")]
    [InlineData("NATO envoys met. It was a first in the 75-year-old alliance's history.", "contradicted")]
    [InlineData("NATO envoys met. It was a first in the 76-year-old alliance's history.", "supported")]
    public void An_age_in_words_or_before_a_possessive_reads_a_description(string text, string verdict)
        => Assert.Contains(CheckAssert.Findings(Checker, text, "2025-06-20"), f => f.Rule == RuleCatalog.Age.Name && f.Verdict.ToString().ToLowerInvariant() == verdict);

    [Theory]
    [InlineData("Allies gathered at NATO headquarters. Poland joined last year, the minister claimed.", "last year", "contradicted")]
    [InlineData("Allies gathered at NATO headquarters. Finland joined last year, the minister said.", "last year", "supported")]
    [InlineData("Sweden celebrated at NATO on Thursday, after months of delay. Norway joined NATO on Thursday too.", "on Thursday", "contradicted")]
    [InlineData("NATO welcomed a new member. Sweden joined NATO on Thursday, after months of delay.", "Thursday", "supported")]
    public void A_joining_date_relative_to_the_article_date_is_checked(string text, string span, string verdict)
    {
        var findings = CheckAssert.Findings(Checker, text, "2024-03-08").Where(f => f.Rule == RuleCatalog.Date.Name).ToList();
        var finding = Assert.Single(findings);
        Assert.Contains(finding.Text, span);
        Assert.Equal(verdict, finding.Verdict.ToString().ToLowerInvariant());
        Assert.Null(finding.Suggestion); // "last year" is never rewritten to a year
    }

    [Theory]
    [InlineData("In April 2004, ministers of the European Union met in Dublin. Slovakia and Bulgaria joined the European Union a few weeks later.")]
    public void A_round_distance_from_the_narrative_flags_only_a_date_years_off(string text)
    {
        var findings = CheckAssert.Findings(Checker, text, "2024-05-01").Where(f => f.Rule == RuleCatalog.Date.Name).ToList();
        Assert.Contains(findings, f => f.Message.StartsWith("Slovakia", StringComparison.Ordinal) && f.Verdict == FactBase.Checking.Findings.Verdict.Supported);
        Assert.Contains(findings, f => f.Message.StartsWith("Bulgaria", StringComparison.Ordinal) && f.Verdict == FactBase.Checking.Findings.Verdict.Contradicted);
    }

    [Theory]
    [InlineData("NATO leaders met. Poland joined last year's summit in Vilnius.")]
    [InlineData("NATO leaders met. Poland joined in 2015 a coalition of its neighbours.")]
    [InlineData("NATO leaders met. Finland joined two years ago.")] // 2023-04-04 read from 2025-02-01: within a year of "two years"
    public void A_time_that_is_not_when_the_member_joined_stays_silent(string text)
        => CheckAssert.NoAlarm(Checker, text, "2025-02-01");

    [Fact]
    public void A_table_of_joining_years_is_read_under_its_header()
    {
        const string text = "# NATO's newest members\n\n| Year | Members |\n|---|---|\n| 2020 | North Macedonia |\n| 2022 | Finland |\n";
        var findings = CheckAssert.Findings(Checker, text, "2025-02-01", DocumentFormat.Markdown).Where(f => f.Rule == RuleCatalog.Date.Name).ToList();
        Assert.Equal(2, findings.Count);
        Assert.Contains(findings, f => f.Message.StartsWith("North Macedonia", StringComparison.Ordinal) && f.Verdict == FactBase.Checking.Findings.Verdict.Supported);
        Assert.Contains(findings, f => f.Message.StartsWith("Finland", StringComparison.Ordinal) && f.Verdict == FactBase.Checking.Findings.Verdict.Contradicted && f.Expected == "2023");
    }

    [Fact]
    public void A_table_column_names_its_organization()
    {
        const string text = "Two clubs.\n\n| Country | Joined NATO | Joined the EU |\n|---|---|---|\n| Slovakia | 2004 | 2004 |\n| Bulgaria | 2004 | 2004 |\n";
        var findings = CheckAssert.Findings(Checker, text, "2025-02-01", DocumentFormat.Markdown).Where(f => f.Rule == RuleCatalog.Date.Name).ToList();
        Assert.Equal(4, findings.Count);
        Assert.Single(findings, f => f.Verdict != FactBase.Checking.Findings.Verdict.Supported);
        Assert.Contains(findings, f => f.Message.StartsWith("Bulgaria", StringComparison.Ordinal) && f.Expected == "2007");
    }

    [Theory]
    [InlineData("# NATO summits\n\n| Year | Host |\n|---|---|\n| 2022 | Spain |\n| 2023 | Lithuania |\n")]
    [InlineData("# NATO members\n\n| Year | Members |\n|---|---|\n| 2022 | Finland (invited) |\n")]
    public void A_table_of_something_else_stays_silent(string text)
        => Assert.DoesNotContain(CheckAssert.Findings(Checker, text, "2025-02-01", DocumentFormat.Markdown), f => f.Rule == RuleCatalog.Date.Name);

    [Theory]
    [InlineData("Greece left the talks, recalling a membership that began when it joined the bloc in 1983.", "contradicted")]
    [InlineData("Greece left the talks, recalling a membership that began when it joined the bloc in 1981.", "supported")]
    public void It_before_the_verb_is_the_one_member_the_sentence_named(string text, string verdict)
    {
        var findings = CheckAssert.Findings(Checker, "The European Union met.\n\n" + text, "2025-02-01").Where(f => f.Rule == RuleCatalog.Date.Name).ToList();
        Assert.Equal(verdict, Assert.Single(findings).Verdict.ToString().ToLowerInvariant());
    }

    [Fact]
    public void It_with_two_members_before_it_stays_silent()
        => CheckAssert.None(Checker, "The European Union met. Greece and Spain argued before it joined the bloc in 1983.", "2025-02-01", RuleCatalog.Date.Name);

    [Theory]
    [InlineData("Poland and Hungary, which joined NATO on 12 March 1999, held a parade.\n\nBulgaria joined the European Union a few weeks later.", "contradicted")]
    [InlineData("Slovenia and Slovakia, which joined NATO on 29 March 2004, held a parade.\n\nSlovakia joined the European Union a few weeks later.", "supported")]
    public void A_few_weeks_later_counts_from_the_last_date_written_out(string text, string verdict)
    {
        var findings = CheckAssert.Findings(Checker, text, "2025-02-01").Where(f => f.Rule == RuleCatalog.Date.Name && f.Text.Contains("later", StringComparison.Ordinal)).ToList();
        Assert.Equal(verdict, Assert.Single(findings).Verdict.ToString().ToLowerInvariant());
    }

    [Theory]
    [InlineData("Sweden marked one year since joining NATO on Thursday.", "2025-03-07", "supported")]
    [InlineData("Sweden marked three years since joining NATO on Thursday.", "2025-03-07", "contradicted")]
    [InlineData("Lithuania marked 20 years in NATO on Friday.", "2024-03-29", "supported")]
    [InlineData("Ukraine marked 35 years since it declared independence.", "2026-08-30", "supported")]
    [InlineData("Ukraine marked 30 years since it declared independence.", "2026-08-30", "contradicted")]
    public void An_anniversary_of_an_event_dates_the_event(string text, string asOf, string verdict)
    {
        var finding = Assert.Single(CheckAssert.Findings(Checker, text, asOf), f => f.Rule == RuleCatalog.Date.Name);
        Assert.Equal(verdict, finding.Verdict.ToString().ToLowerInvariant());
        Assert.Null(finding.Suggestion);
    }

    [Fact]
    public void An_anniversary_one_year_off_stays_silent()
        => CheckAssert.None(Checker, "Sweden marked two years since joining NATO on Thursday.", "2025-03-07", RuleCatalog.Date.Name);

    [Theory]
    [InlineData("Leaders of the European Union met. The remaining 28 members want a deal.", "contradicted")]
    [InlineData("Leaders of the European Union met. The remaining 26 members want a deal.", "supported")]
    public void A_group_counted_in_a_sentence_that_names_nothing_takes_the_paragraphs_organization(string text, string verdict)
    {
        var finding = Assert.Single(CheckAssert.Findings(Checker, text, "2025-02-01"), f => f.Rule == RuleCatalog.Count.Name);
        Assert.Equal(verdict, finding.Verdict.ToString().ToLowerInvariant());
    }

    [Fact]
    public void A_group_in_a_region_is_not_the_whole_membership()
        => CheckAssert.None(Checker, "Leaders of NATO met. The other 20 allies in Europe want a deal.", "2025-02-01", RuleCatalog.Count.Name);

    [Theory]
    [InlineData("Ten countries joined the European Union in 2004. Bulgaria and Romania followed in 2008.", "contradicted")]
    [InlineData("Ten countries joined the European Union in 2004. Bulgaria and Romania followed in 2007.", "supported")]
    public void Followed_after_a_joining_continues_it(string text, string verdict)
    {
        // Two supported claims, or one error that names both (SharedSpanFindings).
        var findings = CheckAssert.Findings(Checker, text, "2025-02-01").Where(f => f.Rule == RuleCatalog.Date.Name && f.Text.Length == 4 && f.Text != "2004").ToList();
        Assert.Equal(verdict == "supported" ? 2 : 1, findings.Count);
        Assert.All(findings, f => Assert.Equal(verdict, f.Verdict.ToString().ToLowerInvariant()));
    }

    [Theory]
    [InlineData("The European Union grew. Greece followed in 2017 with a new law.")]
    [InlineData("The European Union held talks. Greece followed in 2017.")] // nothing told of joining
    public void Followed_in_another_sense_stays_silent(string text)
        => CheckAssert.None(Checker, text, "2025-02-01", RuleCatalog.Date.Name);

    [Theory]
    [InlineData("Bulgaria joined the European Union in 2007 and Croatia in 2012.", "2012", "contradicted")]
    [InlineData("Bulgaria joined the European Union in 2007 and Croatia in 2013.", "2013", "supported")]
    [InlineData("Poland, which joined NATO in 1999 and the European Union two years later, grew fast.", "two years later", "contradicted")]
    [InlineData("Poland, which joined NATO in 1999 and the European Union five years later, grew fast.", "five years later", "supported")]
    public void A_joining_sentence_goes_on_with_its_verb_left_out(string text, string span, string verdict)
    {
        var finding = Assert.Single(CheckAssert.Findings(Checker, text, "2025-02-01"), f => f.Rule == RuleCatalog.Date.Name && f.Text == span);
        Assert.Equal(verdict, finding.Verdict.ToString().ToLowerInvariant());
    }
}
