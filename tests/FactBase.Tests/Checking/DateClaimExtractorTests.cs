using FactBase.Checking;
using FactBase.Checking.Rules;

namespace FactBase.Tests.Checking;

/// <summary>
/// The date family against the starter facts: NATO founded 1949-04-04, the EU 1993-11-01, Ukraine independent
/// 1991-08-24, Trump born 1946-06-14; Finland joined NATO 2023-04-04, Sweden 2024-03-07, Greece 1952-02-18.
/// </summary>
public sealed class DateClaimExtractorTests
{
    private const string AsOf = "2025-03-07";

    [Theory]
    [InlineData("NATO, founded in 1949, now spans two continents.", "1949")]
    [InlineData("NATO was established in 1949.", "1949")]
    [InlineData("NATO was established in April 1949.", "April 1949")]
    [InlineData("NATO was established on 4 April 1949.", "4 April 1949")]
    [InlineData("NATO was formed on April 4, 1949.", "April 4, 1949")]
    [InlineData("NATO, which was founded in 1949, has grown.", "1949")]
    [InlineData("NATO was originally created in 1949 to deter the Soviet Union.", "1949")]
    [InlineData("Founded in 1949, NATO has grown.", "1949")]
    [InlineData("Founded in 1993, the EU has grown.", "1993")]
    [InlineData("The EU was set up in 1993.", "1993")]
    [InlineData("Donald Trump was born in 1946.", "1946")]
    [InlineData("Donald Trump was born on June 14, 1946.", "June 14, 1946")]
    [InlineData("Donald Trump, born on 14 June 1946, spoke.", "14 June 1946")]
    [InlineData("Trump, who was born in 1946, spoke.", "1946")]
    [InlineData("Ukraine declared independence in 1991.", "1991")]
    [InlineData("Ukraine, which declared independence in August 1991, was attacked.", "August 1991")]
    public void Right_dates_are_supported(string sentence, string span)
        => CheckAssert.Single(TestKnowledgeBases.StarterChecker, sentence, AsOf, RuleCatalog.Date.Name, span, "supported");

    [Theory]
    [InlineData("NATO, founded in 1948, now spans two continents.", "1948", "1949")]
    [InlineData("NATO was established in 1950.", "1950", "1949")]
    [InlineData("NATO was established in May 1949.", "May 1949", "1949-04")]
    [InlineData("NATO was established on April 5, 1949.", "April 5, 1949", "1949-04-04")]
    [InlineData("Founded in 1948, NATO has grown.", "1948", "1949")]
    [InlineData("Founded in 1992, the EU has grown.", "1992", "1993")]
    [InlineData("Donald Trump was born in 1947.", "1947", "1946")]
    [InlineData("Donald Trump was born on June 15, 1946.", "June 15, 1946", "1946-06-14")]
    [InlineData("Donald Trump, born in 1945, spoke.", "1945", "1946")]
    [InlineData("Ukraine declared independence in 1990.", "1990", "1991")]
    public void Wrong_dates_are_contradicted(string sentence, string span, string expected)
        // Only a bare year is offered as a replacement: "June 15, 1946" must not become an ISO date in prose.
        => CheckAssert.Single(TestKnowledgeBases.StarterChecker, sentence, AsOf, RuleCatalog.Date.Name, span, "contradicted", expected, expected.Contains('-') ? null : expected);

    [Theory]
    [InlineData("Finland joined NATO in 2023.", "2023", "supported", null)]
    [InlineData("Finland, which joined NATO in April 2023, shares a border with Russia.", "April 2023", "supported", null)]
    [InlineData("Sweden became a member of NATO in 2024.", "2024", "supported", null)]
    [InlineData("Sweden formally joined NATO on 7 March 2024.", "7 March 2024", "supported", null)]
    [InlineData("Greece joined NATO in 1952.", "1952", "supported", null)]
    [InlineData("Finland joined NATO in 2022.", "2022", "contradicted", "2023")]
    [InlineData("Sweden joined NATO in 2023 after a long wait.", "2023", "contradicted", "2024")]
    [InlineData("Sweden became a member of NATO in 2023.", "2023", "contradicted", "2024")]
    [InlineData("Poland joined the EU in 2005.", "2005", "contradicted", "2004")]
    public void Joining_dates_are_checked_against_the_members_timeline(string sentence, string span, string verdict, string? expected)
        => CheckAssert.Single(TestKnowledgeBases.StarterChecker, sentence, AsOf, RuleCatalog.Date.Name, span, verdict, expected, expected);

    [Fact]
    public void A_country_that_never_joined_is_contradicted_without_a_suggestion()
        => CheckAssert.Single(TestKnowledgeBases.StarterChecker, "Ukraine joined NATO in 2024.", AsOf, RuleCatalog.Date.Name, "2024", "contradicted", "never joined", null);

    [Theory]
    [InlineData("The company was founded in 1948.")]
    [InlineData("The alliance was founded in 1950.")]
    [InlineData("NATO leaders met in 1948 in London.")]
    [InlineData("NATO was founded after the war.")]
    [InlineData("John Smith was born in 1946.")]
    [InlineData("Trump's company was founded in 1927.")]
    [InlineData("NATO's founding treaty was signed in Washington.")]
    [InlineData("Sweden joined the talks in 2023.")]
    public void Dates_without_a_known_subject_stay_silent(string sentence)
        => CheckAssert.None(TestKnowledgeBases.StarterChecker, sentence, AsOf, RuleCatalog.Date.Name);
}
