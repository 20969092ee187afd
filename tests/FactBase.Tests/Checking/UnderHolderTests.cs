using FactBase.Checking;
using FactBase.Checking.Rules;

namespace FactBase.Tests.Checking;

/// <summary>
/// "under TITLE NAME" at a time: "the reform passed in 2003 under Prime Minister X", "served under Chancellor X in 2007",
/// "In 2012, under President X, ...": X held the office at the time the phrase speaks of.
/// </summary>
public sealed class UnderHolderTests
{
    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    [Theory]
    [InlineData("The reform passed in 2009 under Prime Minister Tony Blair.", "2020-01-01", "Tony Blair")]
    [InlineData("She served under Chancellor Olaf Scholz in 2007.", "2020-01-01", "Olaf Scholz")]
    [InlineData("In 2012, under President Donald Trump, the country ended the war.", "2020-01-01", "Donald Trump")]
    [InlineData("The treaty was signed in March 2010 under German Chancellor Olaf Scholz.", "2020-01-01", "Olaf Scholz")]
    [InlineData("The party went into coalition under Prime Minister Giorgia Meloni in March 2022.", "2023-06-12", "Giorgia Meloni")]
    public void A_holder_out_of_office_then_is_flagged(string text, string asOf, string span)
        => Assert.Contains(CheckAssert.Findings(Starter, text, asOf), f => f.Rule == RuleCatalog.Role.Name && f.Text == span && f.Verdict.ToString() != "Supported");

    [Theory]
    [InlineData("The reform passed in 2003 under Prime Minister Tony Blair.", "2020-01-01", "Tony Blair")]
    [InlineData("She served under Chancellor Angela Merkel in 2007.", "2020-01-01", "Angela Merkel")]
    [InlineData("In 2012, under President Barack Obama, the country ended the war.", "2020-01-01", "Barack Obama")]
    [InlineData("The treaty was signed in March 2010 under German Chancellor Angela Merkel.", "2020-01-01", "Angela Merkel")]
    public void The_true_twin_is_supported(string text, string asOf, string span)
    {
        var findings = CheckAssert.Findings(Starter, text, asOf);
        Assert.Contains(findings, f => f.Rule == RuleCatalog.Role.Name && f.Text == span && f.Verdict.ToString() == "Supported");
        Assert.DoesNotContain(findings, f => f.Verdict.ToString() != "Supported");
    }

    [Fact]
    public void A_title_the_person_never_held_takes_the_one_country_of_the_paragraph()
    {
        const string text = "Germany cut its budget. The law passed in 2010 under Chancellor Ursula von der Leyen.";
        var finding = CheckAssert.Findings(Starter, text, "2020-01-01").Single(f => f.Rule == RuleCatalog.Role.Name && f.Text == "Ursula von der Leyen");
        Assert.Contains("Angela Merkel", finding.Message);
        Assert.Contains("Chancellor of Germany", finding.Message);
    }

    [Theory]
    // No time named: as before, no claim.
    [InlineData("As chairman under President Donald Trump he oversaw the war.", "2020-01-01")]
    // Another office: "Under Secretary" mid-sentence or after "the".
    [InlineData("On Monday the Under Secretary of State Antony Blinken spoke in 2019.", "2020-01-01")]
    // Several times named: which one the phrase speaks of is not said.
    [InlineData("She joined in 1990 and served under Chancellor Angela Merkel until 2019.", "2020-01-01")]
    // A possessive: the plan may be named after its author.
    [InlineData("In 2019, under President Barack Obama's health law, costs rose.", "2020-01-01")]
    // Two countries around with such an office, and a person who never held one.
    [InlineData("Italy and France signed. In January 2010, under Prime Minister Ursula von der Leyen, talks began.", "2020-01-01")]
    // No country around with such an office.
    [InlineData("The law passed in 2010 under Chancellor Ursula von der Leyen.", "2020-01-01")]
    [InlineData("The party went into coalition under Prime Minister Giorgia Meloni in September 2022.", "2023-06-12")] // sworn in that October
    [InlineData("The bill passed in January 2022 under Chancellor Angela Merkel.", "2022-06-12")] // she left in December
    public void Readings_the_facts_cannot_decide_stay_silent(string text, string asOf)
        => CheckAssert.NoAlarm(Starter, text, asOf);
}
