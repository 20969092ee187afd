using FactBase.Checking.Rules;

namespace FactBase.Tests.Checking;

/// <summary>
/// Counts, joinings and memberships told in the devices of session 11: an ordinal of joining an organization whose facts
/// hold only a count ("became the 192nd member in June 2006"), a growth whose subject is the organization ("by 1980 it had
/// grown to 154"), a count at "the end of" a year, "the new 15-nation bloc", "a 28-member alliance whose ...", "Both
/// countries joined NATO in 2004", "independent since 1917", "X and Y remain outside the EU". Each wrong claim has a true
/// twin in the same words; the silent cases are below each. Starter facts: the UN's count 191 from 2002-09-27, 192 from
/// 2006-06-28, 193 from 2011-07-14, 185 to 188 on 1999-09-14, 152 to 154 in 1980; NATO 26 from 2004-03-29, 28 from
/// 2009-04-01; the EU 12 members in 1994, 15 from 1995-01-01; Finland independent 1917-12-06.
/// </summary>
public sealed class CountsAndJoinsTests
{
    private static readonly FactBase.Checking.FactChecker Checker = TestKnowledgeBases.StarterChecker;

    private static void Has(string text, string asOf, string rule, string span, string verdict)
        => Assert.True(
            CheckAssert.Findings(Checker, text, asOf).Any(f => f.Rule == rule && f.Text == span && f.Verdict.ToString().ToLowerInvariant() == verdict),
            $"expected {rule} '{span}' {verdict} in \"{text}\", got: {CheckAssert.Describe(CheckAssert.Findings(Checker, text, asOf))}");

    [Theory]
    [InlineData("The small Adriatic republic became the 191st member of the United Nations in June 2006.", "191st", "contradicted")]
    [InlineData("The small Adriatic republic became the 192nd member of the United Nations in June 2006.", "192nd", "supported")]
    [InlineData("Delegates at the United Nations cheered the new state, which became the 192nd member in 2011.", "192nd", "contradicted")]
    [InlineData("Delegates at the United Nations cheered the new state, which became the 193rd member in 2011.", "193rd", "supported")]
    [InlineData("Three Pacific islands joined the United Nations together; one became the 190th member in 1999.", "190th", "contradicted")]
    [InlineData("Three Pacific islands joined the United Nations together; one became the 187th member in 1999.", "187th", "supported")]
    public void An_ordinal_of_joining_a_counted_organization_is_read_from_the_rise_of_its_count(string text, string span, string verdict)
        => Has(text, "2016-03-01", RuleCatalog.Count.Name, span, verdict);

    [Fact]
    public void Several_joiners_on_one_day_share_their_places_and_the_range_has_no_fix()
    {
        var finding = CheckAssert.Single(Checker, "One of the islands became the 190th member of the United Nations in 1999.", "2016-03-01", RuleCatalog.Count.Name, "190th", "contradicted", "186th to 188th");
        Assert.Null(finding.Suggestion);
    }

    [Theory]
    [InlineData("The alpine country became the 189th member of the United Nations on 10 September.", "189th", "contradicted")]
    [InlineData("The alpine country became the 190th member of the United Nations on 10 September.", "190th", "supported")]
    public void A_day_with_no_year_is_the_most_recent_one(string text, string span, string verdict)
        => Has(text, "2002-09-12", RuleCatalog.Count.Name, span, verdict);

    [Theory]
    [InlineData("The small Adriatic republic became the 191st member of the United Nations.")] // no time: the joining is undated
    [InlineData("The island became the 191st member of the United Nations in 2003.")] // no rise that year: the time may be wrong
    [InlineData("The republic became the 150th member of the United Nations to ratify the convention in 2006.")] // another act
    public void An_ordinal_of_a_counted_organization_with_no_rise_to_read_stays_silent(string text)
        => CheckAssert.None(Checker, text, "2016-03-01", RuleCatalog.Count.Name);

    [Theory]
    [InlineData("The United Nations had 127 members in 1971; by 1980 it had grown to 159.", "159", "contradicted")]
    [InlineData("The United Nations had 127 members in 1971; by 1980 it had grown to 154.", "154", "supported")]
    [InlineData("NATO had 15 members in 1970, and by 1985 the alliance had grown to 18.", "18", "contradicted")]
    [InlineData("NATO had 15 members in 1970, and by 1985 the alliance had grown to 16.", "16", "supported")]
    public void An_organization_that_grows_grows_in_members(string text, string span, string verdict)
        => Has(text, "2020-01-10", RuleCatalog.Count.Name, span, verdict);

    [Theory]
    [InlineData("The United Nations budget was small in 1971; by 1980 it had grown to 159.")] // "it" is the budget
    [InlineData("Inflation was low in 1971; by 1980 it had grown to 12.")] // no organization
    public void A_growth_of_something_else_stays_silent(string text)
        => CheckAssert.None(Checker, text, "2020-01-10", RuleCatalog.Count.Name);

    [Theory]
    [InlineData("The United Nations had 185 members when she arrived; when she left at the end of 2006 it had 191 members.", "191", "outdated")]
    [InlineData("The United Nations had 185 members when she arrived; when she left at the end of 2006 it had 192 members.", "192", "supported")]
    [InlineData("At the end of 1980 the United Nations had 152 members.", "152", "outdated")]
    [InlineData("At the end of 1980 the United Nations had 154 members.", "154", "supported")]
    public void A_count_at_the_end_of_a_year_is_the_count_of_its_last_month(string text, string span, string verdict)
        => Has(text, "2020-01-10", RuleCatalog.Count.Name, span, verdict);

    [Theory]
    [InlineData("Austria, Finland and Sweden entered the European Union on Sunday. The new 12-nation bloc meets on Monday.", "12", "outdated")]
    [InlineData("Austria, Finland and Sweden entered the European Union on Sunday. The new 15-nation bloc meets on Monday.", "15", "supported")]
    public void A_new_organization_of_a_number_of_nations_is_the_whole(string text, string span, string verdict)
        => Has(text, "1995-01-03", RuleCatalog.Count.Name, span, verdict);

    [Theory]
    [InlineData("Rutte spoke at NATO on Monday. He leads a 26-member alliance whose soldiers are tired.", "26", "outdated")]
    [InlineData("Rutte spoke at NATO on Monday. He leads a 28-member alliance whose soldiers are tired.", "28", "supported")]
    public void A_relative_clause_after_the_organization_leaves_it_whole(string text, string span, string verdict)
        => Has(text, "2010-06-01", RuleCatalog.Count.Name, span, verdict);

    [Theory]
    [InlineData("Austria, Finland and Sweden entered the European Union on Sunday. The new 27-nation tournament starts on Monday.")]
    [InlineData("Austria, Finland and Sweden entered the European Union on Sunday. The new 12 members of the board meet on Monday.")]
    public void A_number_of_nations_of_something_else_stays_silent(string text)
        => CheckAssert.None(Checker, text, "1995-01-03", RuleCatalog.Count.Name);

    [Theory]
    [InlineData("Bulgaria and Romania entered the European Union on Monday. Both countries joined NATO in 2002.", "2002", "contradicted")]
    [InlineData("Bulgaria and Romania entered the European Union on Monday. Both countries joined NATO in 2004.", "2004", "supported")]
    [InlineData("Bulgaria and Romania entered the European Union on Monday. The two countries joined NATO in 2002.", "2002", "contradicted")]
    [InlineData("Sweden's king has no power. Finland's president has more. Both countries joined the European Union in 1994.", "1994", "contradicted")]
    [InlineData("Sweden's king has no power. Finland's president has more. Both countries joined the European Union in 1995.", "1995", "supported")]
    public void Both_countries_are_the_pair_just_named(string text, string span, string verdict)
        => Has(text, "2007-01-03", RuleCatalog.Date.Name, span, verdict);

    [Theory]
    [InlineData("Bulgaria, Hungary and Romania met on Monday. Both countries joined NATO in 2002.")] // three named: which two?
    [InlineData("Both countries joined NATO in 2002.")] // no pair named
    public void Both_countries_with_no_one_pair_stays_silent(string text)
        => CheckAssert.None(Checker, text, "2007-01-03", RuleCatalog.Date.Name);

    [Theory]
    [InlineData("Finland, independent since 1918, joined the European Union in 1995.", "independent since 1918", "contradicted")]
    [InlineData("Finland, independent since 1917, joined the European Union in 1995.", "independent since 1917", "supported")]
    [InlineData("Norway has been independent since 1906.", "independent since 1906", "contradicted")]
    [InlineData("Norway has been independent since 1905.", "independent since 1905", "supported")]
    public void Independent_since_a_year_dates_the_independence(string text, string span, string verdict)
        => Has(text, "2020-01-10", RuleCatalog.Date.Name, span, verdict);

    [Theory]
    [InlineData("Poland, independent again since 1989, held elections on Sunday.")] // a restoration, told with "again"
    [InlineData("Finland, independent since the end of the First World War, held elections on Sunday.")] // no date
    public void Independent_since_with_a_word_between_or_no_date_stays_silent(string text)
        => CheckAssert.None(Checker, text, "2020-01-10", RuleCatalog.Date.Name);

    [Theory]
    [InlineData("Norway and Denmark remain outside the European Union.", "Denmark")]
    [InlineData("Of the union's members, four — Austria, Ireland, Malta and Denmark — stay outside the alliance, NATO officials said.", "Denmark")]
    public void Countries_said_to_remain_outside_an_organization_are_not_its_members(string text, string member)
    {
        var findings = CheckAssert.Findings(Checker, text, "2020-01-10").Where(f => f.Rule == RuleCatalog.Membership.Name && f.Verdict != FactBase.Checking.Findings.Verdict.Supported).ToList();
        Assert.True(findings.Count == 1 && findings[0].Message.Contains(member, StringComparison.Ordinal), CheckAssert.Describe(findings));
    }

    [Theory]
    [InlineData("Norway and Iceland remain outside the European Union.")]
    [InlineData("Of the union's members, four — Austria, Ireland, Malta and Cyprus — stay outside the alliance, NATO officials said.")]
    public void Countries_truly_outside_raise_no_alarm(string text)
        => CheckAssert.NoAlarm(Checker, text, "2020-01-10");

    [Theory]
    [InlineData("Finland stayed outside NATO during the Cold War.")] // a past time the sentence does not date
    [InlineData("Finland would remain outside NATO, its president said in 1995.")] // a plan
    [InlineData("Voters in Finland want to stay outside NATO.")] // a wish
    public void Standing_outside_in_the_past_or_as_a_wish_stays_silent(string text)
        => CheckAssert.None(Checker, text, "2024-06-01", RuleCatalog.Membership.Name);

    [Theory]
    [InlineData("NATO invited seven countries on Thursday; the 19-member alliance will grow to 27 in 2004.", "27", "contradicted")]
    [InlineData("NATO invited seven countries on Thursday; the 19-member alliance will grow to 26 in 2004.", "26", "supported")]
    public void A_growth_to_come_in_a_year_the_membership_changed_is_checked_then(string text, string span, string verdict)
        => Has(text, "2002-11-22", RuleCatalog.Count.Name, span, verdict);

    [Theory]
    [InlineData("NATO invited two countries on Thursday; the alliance will grow to 30 in 2006.")] // no change that year: the plan slipped
    [InlineData("NATO said on Thursday that the alliance will grow to 40 in 2040.")] // beyond the facts
    public void A_growth_to_come_in_a_year_without_a_change_stays_silent(string text)
        => CheckAssert.None(Checker, text, "2002-11-22", RuleCatalog.Count.Name);
}
