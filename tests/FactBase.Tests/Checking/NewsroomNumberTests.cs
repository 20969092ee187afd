using System.Linq;
using FactBase.Checking.Findings;
using FactBase.Checking.Rules;

namespace FactBase.Tests.Checking;

/// <summary>
/// Ages, counts, anniversaries and joining years in the phrasings newsrooms use (session 10): obituary ages ("X, who died
/// on Monday, was 86", "was 86 when he died", "He was 98 years old."), "(aged 58)", "born 1958 in", membership levels
/// ("NATO membership stands at 32", "the number of members rose from 19 to 26"), "the 27-strong bloc", founders as the
/// subject ("which 51 countries founded"), "the 27 countries of the EU", "the 32 nations that make up NATO", counts after an
/// opening noun and its relative clause, verbs of entering and admitting, and an anniversary marked this week. Each wrong
/// claim has a true twin in the same words. Starter facts: Berlusconi 1936-09-29 to 2023-06-12, Napolitano 1925-06-29 to
/// 2023-09-22, Rutte born 1967-02-14, Scholz 1958-06-14; NATO founded 1949-04-04 with 12 members, 16 from 1982, 19 from
/// 1999-03-12, 26 from 2004-03-29, 32 from 2024-03-07; the UN founded 1945-10-24 with 51 members, 193 since 2011; the EU 27
/// members since 2020-02-01, Austria 1995, Bulgaria and Romania 2007, Croatia 2013.
/// </summary>
public sealed class NewsroomNumberTests
{
    private static readonly FactBase.Checking.FactChecker Checker = TestKnowledgeBases.StarterChecker;

    private static void Has(string text, string asOf, string rule, string span, string verdict)
    {
        var findings = CheckAssert.Findings(Checker, text, asOf);
        Assert.True(
            findings.Any(f => f.Rule == rule && f.Text == span && f.Verdict.ToString().ToLowerInvariant() == verdict),
            $"expected {rule} {verdict} at \"{span}\" in \"{text}\", got: {CheckAssert.Describe(findings)}");
        if (verdict == "supported")
        {
            CheckAssert.NoAlarm(Checker, text, asOf);
        }
    }

    [Theory]
    [InlineData("Silvio Berlusconi, who died on Monday, was 80.", "80", "contradicted")]
    [InlineData("Silvio Berlusconi, who died on Monday, was 86.", "86", "supported")]
    [InlineData("Silvio Berlusconi was 88 when he died in Milan on Monday.", "88", "contradicted")]
    [InlineData("Silvio Berlusconi was 86 when he died in Milan on Monday.", "86", "supported")]
    public void An_obituary_age_after_a_clause_or_before_when_he_died_is_the_age_at_death(string text, string span, string verdict)
        => Has(text, "2023-06-13", RuleCatalog.Age.Name, span, verdict);

    [Theory]
    [InlineData("Former Italian president Giorgio Napolitano died on Friday. He was 96 years old.", "96", "contradicted")]
    [InlineData("Former Italian president Giorgio Napolitano died on Friday. He was 98 years old.", "98", "supported")]
    public void Years_old_after_an_obituary_copula_is_the_age_at_death(string text, string span, string verdict)
        => Has(text, "2023-09-23", RuleCatalog.Age.Name, span, verdict);

    [Theory]
    [InlineData("Mark Rutte (aged 55) chaired the meeting.", "55", "contradicted")]
    [InlineData("Mark Rutte (aged 58) chaired the meeting.", "58", "supported")]
    public void Aged_in_brackets_is_the_age_of_the_name_before(string text, string span, string verdict)
        => Has(text, "2025-03-07", RuleCatalog.Age.Name, span, verdict);

    [Theory]
    [InlineData("Olaf Scholz, born 1956 in Osnabrück, was first elected in 1998.", "1956", "contradicted")]
    [InlineData("Olaf Scholz, born 1958 in Osnabrück, was first elected in 1998.", "1958", "supported")]
    public void A_year_right_after_born_is_the_birth_year(string text, string span, string verdict)
        => Has(text, "2025-03-07", RuleCatalog.Date.Name, span, verdict);

    [Theory]
    [InlineData("In 1990, NATO membership stood at 15.", "15", "outdated")]
    [InlineData("In 1990, NATO membership stood at 16.", "16", "supported")]
    [InlineData("Membership of the United Nations stands at 191.", "191", "outdated")]
    [InlineData("Membership of the United Nations stands at 193.", "193", "supported")]
    [InlineData("The number of NATO members rose from 19 to 25 in 2004.", "25", "contradicted")]
    [InlineData("The number of NATO members rose from 19 to 26 in 2004.", "26", "supported")]
    [InlineData("NATO, whose membership has risen to 31, met in Brussels.", "31", "outdated")]
    [InlineData("NATO, whose membership has risen to 32, met in Brussels.", "32", "supported")]
    [InlineData("NATO has grown from 12 founding members to 30 today.", "30", "outdated")]
    [InlineData("NATO has grown from 12 founding members to 32 today.", "32", "supported")]
    public void A_membership_level_or_change_with_the_membership_as_subject_is_a_count(string text, string span, string verdict)
        => Has(text, "2025-03-07", RuleCatalog.Count.Name, span, verdict);

    [Theory]
    [InlineData("The 28-strong European Union agreed on the package.", "28", "outdated")]
    [InlineData("The 27-strong European Union agreed on the package.", "27", "supported")]
    [InlineData("The 27 countries of the European Union agreed on the package.", "27", "supported")]
    [InlineData("The 26 countries of the European Union agreed on the package.", "26", "contradicted")]
    [InlineData("The 31 nations that make up NATO agreed on the package.", "31", "outdated")]
    [InlineData("The 32 nations that make up NATO agreed on the package.", "32", "supported")]
    public void A_size_or_the_countries_of_an_organization_are_its_membership(string text, string span, string verdict)
        => Has(text, "2025-03-07", RuleCatalog.Count.Name, span, verdict);

    [Theory]
    [InlineData("The United Nations, which 50 countries founded in 1945, meets in New York.", "50", "contradicted")]
    [InlineData("The United Nations, which 51 countries founded in 1945, meets in New York.", "51", "supported")]
    [InlineData("Fourteen countries founded NATO in 1949.", "Fourteen", "contradicted")]
    [InlineData("Twelve countries founded NATO in 1949.", "Twelve", "supported")]
    public void Countries_as_the_subject_of_the_founding_are_all_the_founders(string text, string span, string verdict)
        => Has(text, "2025-03-07", RuleCatalog.Count.Name, span, verdict);

    [Theory]
    [InlineData("The United Nations turned 70 on Saturday.\n\nThe organisation that 51 countries founded in 1945 now counts 191 member states.", "191", "outdated")]
    [InlineData("The United Nations turned 70 on Saturday.\n\nThe organisation that 51 countries founded in 1945 now counts 193 member states.", "193", "supported")]
    public void A_count_after_an_opening_noun_and_its_relative_clause_is_the_organizations(string text, string span, string verdict)
        => Has(text, "2015-10-24", RuleCatalog.Count.Name, span, verdict);

    [Theory]
    [InlineData("Austria entered the European Union in 1994, together with Finland and Sweden.", "1994", "contradicted")]
    [InlineData("Austria entered the European Union in 1995, together with Finland and Sweden.", "1995", "supported")]
    [InlineData("Bulgaria and Romania were admitted to the European Union in 2008.", "2008", "contradicted")]
    [InlineData("Bulgaria and Romania were admitted to the European Union in 2007.", "2007", "supported")]
    [InlineData("NATO admitted Montenegro in 2016.", "2016", "contradicted")]
    [InlineData("NATO admitted Montenegro in 2017.", "2017", "supported")]
    [InlineData("The European Union took in Croatia in 2014.", "2014", "contradicted")]
    [InlineData("The European Union took in Croatia in 2013.", "2013", "supported")]
    public void Entering_and_admitting_verbs_date_a_joining(string text, string span, string verdict)
        => Has(text, "2025-03-07", RuleCatalog.Date.Name, span, verdict);

    [Theory]
    [InlineData("NATO marks its 76th anniversary this week with a meeting of foreign ministers.", "76th", "contradicted")]
    [InlineData("NATO marks its 75th anniversary this week with a meeting of foreign ministers.", "75th", "supported")]
    public void An_anniversary_marked_this_week_is_of_the_articles_year(string text, string span, string verdict)
        => Has(text, "2024-04-03", RuleCatalog.Age.Name, span, verdict);

    [Theory]
    [InlineData("The number of countries seeking NATO membership rose to 12 in 2004.")] // a subject that counts others
    [InlineData("Public support for NATO membership stands at 60 percent.")]
    [InlineData("Membership of the European Union stood at 15 when Sweden joined.")] // a past level with no time
    [InlineData("The 5000-strong NATO force arrived in Kosovo.")] // a force's size
    [InlineData("A 300-strong NATO Response Force was created in 2002.")]
    [InlineData("Two countries founded NATO's cyber centre in 2008.")]
    [InlineData("Three countries founded the customs union in 1948, NATO said.")]
    [InlineData("The 4 countries of the European Union's eastern flank met.")]
    [InlineData("The 8 nations that make up NATO's northern group met.")]
    [InlineData("The 20 countries of the eurozone met, the European Union said.")]
    [InlineData("NATO said so. The coalition that twelve countries set up in 2014 now has 80 members.")]
    public void Counts_of_something_else_stay_silent(string text)
        => CheckAssert.None(Checker, text, "2025-03-07", RuleCatalog.Count.Name);

    [Theory]
    [InlineData("Russian jets entered NATO airspace in 2023.")]
    [InlineData("NATO met in Brussels. Italy entered the war in 1915.")]
    [InlineData("NATO took in refugees in 2015.")]
    [InlineData("The European Union took in Ukraine's refugees in 2022.")]
    [InlineData("NATO admitted that Russia had violated the treaty in 2019.")]
    [InlineData("Olaf Scholz, whose wife was born in 1961, spoke.")] // the wife's birth
    public void Other_entries_and_births_stay_silent(string text)
        => CheckAssert.None(Checker, text, "2025-03-07", RuleCatalog.Date.Name);

    [Theory]
    [InlineData("NATO marks its 76th anniversary next year, and its 75th this week.", "2024-04-03")]
    [InlineData("Elizabeth II was 25 when she became queen.", "2025-03-07")] // an undated event
    public void Other_anniversaries_and_undated_ages_raise_no_alarm(string text, string asOf)
        => CheckAssert.NoAlarm(Checker, text, asOf);

    [Fact]
    public void A_count_after_a_relative_clause_with_its_own_year_is_of_the_articles_time()
        => Has("NATO said so. The alliance, which Finland joined in 2023, now has 30 members.", "2025-03-07", RuleCatalog.Count.Name, "30", "outdated");
}
