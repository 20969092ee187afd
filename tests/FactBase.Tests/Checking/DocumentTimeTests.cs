using FactBase.Checking;
using FactBase.Checking.Findings;
using FactBase.Checking.Rules;

namespace FactBase.Tests.Checking;

/// <summary>
/// Time from the document (issue 15): relative times resolve against the article date or the time the narrative is in,
/// and a time named at the start of a sentence governs the rest of its paragraph. Against the starter facts: UK prime
/// ministers May (2016-07-13), Johnson (2019-07-24), Truss (2022-09-06), Sunak (2022-10-25), Starmer (2024-07-05); US
/// presidents Obama (to 2017-01-20), Trump (2017-2021, from 2025-01-20), Biden (2021-2025); NATO 29 members from
/// 2017-06-05, 30 from 2020-03-27, 32 from 2024-03-07.
/// </summary>
public sealed class DocumentTimeTests
{
    private const string AsOf = "2025-02-01";

    [Theory]
    [InlineData("Five years ago, British Prime Minister Boris Johnson said the deal was done.", "Boris Johnson", "supported")]
    [InlineData("British Prime Minister Boris Johnson said on Monday the deal was done.", "Boris Johnson", "outdated")]
    [InlineData("Seven years ago, British Prime Minister Theresa May said the deal was done.", "Theresa May", "supported")]
    [InlineData("Two years ago, British Prime Minister Theresa May said the deal was done.", "Theresa May", "outdated")]
    [InlineData("Last year, US President Joe Biden hosted the summit.", "Joe Biden", "supported")]
    [InlineData("Last year, US President Barack Obama hosted the summit.", "Barack Obama", "outdated")]
    [InlineData("US President Joe Biden hosted the summit two years ago.", "Joe Biden", "supported")]
    [InlineData("Earlier this month, US President Donald Trump spoke.", "Donald Trump", "supported")]
    [InlineData("Earlier this month, US President Joe Biden spoke.", "Joe Biden", "outdated")]
    [InlineData("Last month, US President Joe Biden spoke.", "Joe Biden", "supported")]
    [InlineData("Last month, US President Barack Obama spoke.", "Barack Obama", "outdated")]
    public void Relative_times_resolve_against_the_article_date(string text, string span, string verdict)
        => CheckAssert.Single(TestKnowledgeBases.StarterChecker, text, AsOf, RuleCatalog.Role.Name, span, verdict, Expected(verdict, text), Expected(verdict, text));

    // The holder named in the message and suggestion of a wrong role: who held the office at the time the sentence speaks of.
    private static string? Expected(string verdict, string text)
        => verdict == "supported" ? null
            : text.Contains("Monday") || text.Contains("this month") || text.Contains("Last month") ? (text.Contains("Prime Minister") ? "Keir Starmer" : "Donald Trump")
            : text.Contains("Two years ago") ? "Rishi Sunak"
            : "Joe Biden";

    [Fact]
    public void On_a_weekday_is_the_most_recent_such_day_on_or_before_the_article_date()
    {
        // 2025-01-25 is a Saturday: Trump took office on Monday 2025-01-20, so "on Sunday" (the 19th) is Biden's last day.
        CheckAssert.Single(TestKnowledgeBases.StarterChecker, "US President Joe Biden spoke on Sunday.", "2025-01-25", RuleCatalog.Role.Name, "Joe Biden", "supported");
        CheckAssert.Single(TestKnowledgeBases.StarterChecker, "US President Donald Trump spoke on Sunday.", "2025-01-25", RuleCatalog.Role.Name, "Donald Trump", "supported");
        CheckAssert.Single(TestKnowledgeBases.StarterChecker, "On Sunday, US President Donald Trump spoke.", "2025-01-25", RuleCatalog.Role.Name, "Donald Trump", "outdated", "Joe Biden", "Joe Biden");
        CheckAssert.Single(TestKnowledgeBases.StarterChecker, "On Sunday, US President Joe Biden spoke.", "2025-01-25", RuleCatalog.Role.Name, "Joe Biden", "supported");
    }

    [Fact]
    public void A_year_named_at_the_start_governs_the_rest_of_its_paragraph()
    {
        const string right = "In 2019, NATO leaders met in London.\nBritish Prime Minister Boris Johnson hosted them. The 29 NATO allies agreed.";
        var findings = CheckAssert.Findings(TestKnowledgeBases.StarterChecker, right, AsOf);
        Assert.Contains(findings, f => f.Rule == RuleCatalog.Role.Name && f.Text == "Boris Johnson" && f.Verdict == Verdict.Supported);
        Assert.Contains(findings, f => f.Rule == RuleCatalog.Count.Name && f.Text == "29" && f.Verdict == Verdict.Supported);

        const string wrong = "In 2019, NATO leaders met in London.\nBritish Prime Minister Keir Starmer hosted them. The 32 NATO allies agreed.";
        findings = CheckAssert.Findings(TestKnowledgeBases.StarterChecker, wrong, AsOf);
        Assert.Contains(findings, f => f.Rule == RuleCatalog.Role.Name && f.Text == "Keir Starmer" && f.Verdict == Verdict.Contradicted);
        Assert.Contains(findings, f => f.Rule == RuleCatalog.Count.Name && f.Text == "32" && f.Verdict == Verdict.Contradicted && f.Expected == "29");
    }

    [Fact]
    public void The_narrative_time_ends_with_its_paragraph_and_at_now()
    {
        // A new paragraph, or "now", speaks of the article's time again.
        CheckAssert.NoAlarm(TestKnowledgeBases.StarterChecker, "In 2019, NATO leaders met in London.\n\nBritish Prime Minister Keir Starmer hosted them.", AsOf);
        CheckAssert.NoAlarm(TestKnowledgeBases.StarterChecker, "In 2019, NATO leaders met in London. NATO now has 32 members.", AsOf);

        // A sentence in the present tense may speak of the article's time: true then, it is not flagged.
        CheckAssert.NoAlarm(TestKnowledgeBases.StarterChecker, "In 2019, NATO leaders met in London. The alliance's chief is NATO Secretary General Mark Rutte.", AsOf);
    }

    [Fact]
    public void Times_relative_to_the_narrative_follow_it()
    {
        const string text = "In 2016, NATO leaders met in Warsaw. A year later, US President Donald Trump attended. The following year, British Prime Minister Theresa May attended.";
        var findings = CheckAssert.Findings(TestKnowledgeBases.StarterChecker, text, AsOf);
        Assert.Contains(findings, f => f.Text == "Donald Trump" && f.Verdict == Verdict.Supported);
        Assert.Contains(findings, f => f.Text == "Theresa May" && f.Verdict == Verdict.Supported);

        const string wrong = "In 2016, NATO leaders met in Warsaw. A year later, US President Joe Biden attended. At the time, British Prime Minister Boris Johnson attended.";
        findings = CheckAssert.Findings(TestKnowledgeBases.StarterChecker, wrong, AsOf);
        Assert.Contains(findings, f => f.Text == "Joe Biden" && f.Verdict != Verdict.Supported && f.Expected == "Donald Trump");
        Assert.Contains(findings, f => f.Text == "Boris Johnson" && f.Verdict != Verdict.Supported && f.Expected == "Theresa May");
    }

    [Fact]
    public void Then_titles_take_the_narrative_time_and_stay_lenient_without_one()
    {
        const string right = "In 2016, NATO leaders met in Warsaw. At the time, then-President Barack Obama spoke.";
        Assert.Contains(CheckAssert.Findings(TestKnowledgeBases.StarterChecker, right, AsOf), f => f.Text == "Barack Obama" && f.Verdict == Verdict.Supported);

        const string wrong = "In 2019, NATO leaders met in London. Then-President Barack Obama spoke.";
        Assert.Contains(CheckAssert.Findings(TestKnowledgeBases.StarterChecker, wrong, AsOf), f => f.Text == "Barack Obama" && f.Verdict == Verdict.Contradicted && f.Expected == "Donald Trump");

        // With no time in the narrative, "then-" is right if the person ever held the office.
        CheckAssert.Single(TestKnowledgeBases.StarterChecker, "Then-President Barack Obama spoke.", AsOf, RuleCatalog.Role.Name, "Barack Obama", "supported");
    }
}
