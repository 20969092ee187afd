using FactBase.Checking;
using FactBase.Checking.Rules;
using Xunit;

namespace FactBase.Tests.Checking;

/// <summary>Titles that speak of another time or in another voice than the article's: a past-tense sentence near a year
/// of the term, a year the facts do not reach, a quotation, an outgoing holder, an apposition closed by a comma, what
/// someone became. Each stays silent, and its twin at the article's time is still flagged.</summary>
public sealed class TitleTimeAndVoiceTests
{
    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    [Theory]
    [InlineData("In 1999 Poland joined NATO. Secretary of State Madeleine Albright signed for the United States.")]
    [InlineData("Poland's accession in 1999 was historic. The papers were signed by Secretary of State Madeleine Albright.")]
    [InlineData("He served as interior minister (1996-1998) in the government of Prime Minister Romano Prodi.")]
    [InlineData("\"President Jacques Chirac died this morning,\" his son-in-law said.")]
    [InlineData("\u201CWe met Prime Minister Boris Johnson twice,\u201D the envoy recalled.")]
    [InlineData("Before becoming NATO chief, Jens Stoltenberg served twice as prime minister of Norway.")]
    [InlineData("Outgoing Prime Minister Denys Shmyhal will become defence minister.")]
    public void A_title_of_another_time_or_voice_stays_silent(string text)
        => CheckAssert.NoAlarm(Starter, text, "2025-07-18");

    [Fact]
    public void A_title_closing_an_apposition_is_not_the_next_names()
    {
        const string Text = "In a meeting with Jens Stoltenberg, the secretary general of NATO, Donald Trump spoke of spending.";
        CheckAssert.NoAlarm(Starter, Text, "2019-12-04");
        CheckAssert.Single(Starter, Text, "2019-12-04", RuleCatalog.Role.Name, "Jens Stoltenberg", "supported");
    }

    [Theory]
    [InlineData("Presidents Barack Obama, Donald Trump and Joe Biden are set to attend the funeral.", "2025-01-09")]
    [InlineData("In 2012, former President Barack Obama awarded the medal.", "2022-07-01")]
    [InlineData("The speech of Bundestag President Frank-Walter Steinmeier opened the session.", "2016-07-01")]
    [InlineData("Martti Ahtisaari, who served as Finland's president between 1994 and 2000, died on Monday.", "2023-10-16")]
    [InlineData("Horst Köhler, who became Germany's president after a career in finance, died on Saturday.", "2025-02-01")]
    public void Courtesy_titles_titles_of_other_bodies_and_past_offices_stay_silent(string text, string asOf)
        => CheckAssert.NoAlarm(Starter, text, asOf);

    [Theory]
    [InlineData("President Barack Obama and Joe Biden are set to attend the funeral.", "2025-01-09", "Barack Obama", "Joe Biden")]
    [InlineData("In 2023, former President Joe Biden awarded the medal.", "2024-07-01", "Joe Biden", null)]
    public void Their_twins_about_the_current_holder_are_still_flagged(string text, string asOf, string name, string? holder)
    {
        var finding = Assert.Single(CheckAssert.Findings(Starter, text, asOf), f => f.Rule == RuleCatalog.Role.Name && f.Text == name);
        Assert.NotEqual(FactBase.Checking.Findings.Verdict.Supported, finding.Verdict);
        if (holder is not null)
        {
            Assert.Equal(holder, finding.Expected);
        }
    }

    [Theory]
    [InlineData("Secretary of State Condoleezza Rice signed for the United States.", "Condoleezza Rice", "Marco Rubio")]
    [InlineData("The envoy said he met Prime Minister Boris Johnson twice.", "Boris Johnson", "Keir Starmer")]
    [InlineData("Prime Minister Denys Shmyhal will become defence minister.", "Denys Shmyhal", "Yulia Svyrydenko")]
    [InlineData("NATO's chief, Jens Stoltenberg, spoke of spending.", "Jens Stoltenberg", "Mark Rutte")]
    [InlineData("The alliance was founded in 1949. Prime Minister Boris Johnson opened the session.", "Boris Johnson", "Keir Starmer")]
    [InlineData("Her aide was born in 2020. Prime Minister Boris Johnson thanked the staff.", "Boris Johnson", "Keir Starmer")]
    [InlineData("The fund, founded in 1950, met Prime Minister Boris Johnson.", "Boris Johnson", "Keir Starmer")]
    public void The_same_title_at_the_articles_time_is_outdated(string text, string name, string holder)
        => CheckAssert.Single(Starter, text, "2025-07-18", RuleCatalog.Role.Name, name, "outdated", holder, holder);

    [Fact]
    public void An_outgoing_holder_months_after_the_handover_is_outdated()
        => CheckAssert.Single(Starter, "Outgoing Prime Minister Denys Shmyhal will become defence minister.", "2025-12-01", RuleCatalog.Role.Name, "Denys Shmyhal", "outdated", "Yulia Svyrydenko", "Yulia Svyrydenko");

    [Fact]
    public void Becoming_a_title_on_the_articles_own_day_is_right_for_the_one_who_took_it_that_day()
    {
        // Blair's term begins on 2 May 1997, the article's date: "today" names no earlier time.
        CheckAssert.NoAlarm(Starter, "Tony Blair became British prime minister today.", "1997-05-02");
        CheckAssert.Single(Starter, "Gordon Brown became British prime minister today.", "1997-05-02", RuleCatalog.Role.Name, "Gordon Brown became British prime minister", "contradicted", expected: "Tony Blair", suggestion: "Tony Blair");
    }
}
