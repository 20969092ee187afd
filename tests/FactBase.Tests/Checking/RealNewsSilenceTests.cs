using FactBase.Checking;
using FactBase.Checking.Rules;
using Xunit;

namespace FactBase.Tests.Checking;

/// <summary>Devices of real news that raised false alarms in the third sweep (our own sentences, none from a page): a title
/// in a past sentence about a figure of the past, of someone replaced, served under or still to come; an age description
/// after a name set as a relation of someone a pronoun carries, or after a preposition. Each stays silent, and its twin in
/// the same phrasing is still flagged.</summary>
public sealed class RealNewsSilenceTests
{
    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    [Theory]
    [InlineData("Colin Powell served as secretary of state while President George W. Bush fought two wars.", "2021-10-18")]
    [InlineData("Horst Köhler won popularity in office, spending most of his years beside Chancellor Angela Merkel.", "2025-02-01")]
    public void A_title_in_a_past_sentence_about_a_figure_of_the_past_is_of_their_years(string text, string asOf)
        => CheckAssert.NoAlarm(Starter, text, asOf);

    [Theory]
    [InlineData("Colin Powell served as secretary of state while President Barack Obama fought two wars.", "2021-10-18", "Barack Obama", "Joe Biden")]
    [InlineData("Horst Köhler won popularity in office, spending most of his years beside Chancellor Olaf Scholz.", "2025-06-01", "Olaf Scholz", "Friedrich Merz")]
    [InlineData("Donald Trump met Chancellor Angela Merkel in the Oval Office.", "2025-06-01", "Angela Merkel", "Friedrich Merz")]
    public void A_title_outside_their_years_or_beside_a_sitting_leader_is_still_outdated(string text, string asOf, string name, string holder)
        => CheckAssert.Single(Starter, text, asOf, RuleCatalog.Role.Name, name, "outdated", holder, holder);

    [Theory]
    [InlineData("Mark Carney, 59, replaces Prime Minister Justin Trudeau at the head of the government.", "2025-03-15")]
    [InlineData("Mark Carney took over from Prime Minister Justin Trudeau at the head of the government.", "2025-04-20")]
    [InlineData("She held two ministries under Chancellor Gerhard Schröder and Chancellor Angela Merkel.", "2024-01-10")]
    [InlineData("Markets weighed the impending return of President Donald Trump.", "2024-12-10")]
    [InlineData("Reporters waited for the upcoming swearing-in of Prime Minister Keir Starmer.", "2024-07-04")]
    [InlineData("He (British Prime Minister Tony Blair) promised that the troops would be home by summer.", "2022-03-20")]
    [InlineData("If Trump wins next year, President Trump would end aid to Ukraine, critics say.", "2023-11-20")]
    [InlineData("President Trump could scrap the deal, one diplomat warned.", "2023-11-20")]
    [InlineData("Italy's former centre-left Premier Paolo Gentiloni was given the economics portfolio.", "2019-09-10")]
    [InlineData("A court upheld the conviction of former right-wing Prime Minister François Fillon.", "2022-05-09")]
    [InlineData("Lawmakers accepted the resignation of Prime Minister Oleksiy Honcharuk on Wednesday.", "2020-03-05")]
    [InlineData("Martti Ahtisaari died on Monday. President Ahtisaari was 86 years old at the time of his death.", "2023-10-16")]
    [InlineData("The crash killed 96 people, including Poland's then president Lech Kaczyński.", "2021-04-10")]
    [InlineData("President Vladimir Putin, who was elected in 2024, met him in Pyongyang.", "2024-06-20")]
    [InlineData("President Recep Tayyip Erdoğan, who was elected in 2023, met him.", "2024-06-20")]
    public void A_title_of_someone_replaced_served_under_or_still_to_come_stays_silent(string text, string asOf)
        => CheckAssert.NoAlarm(Starter, text, asOf);

    [Theory]
    [InlineData("Mark Carney, 59, replaces Canadian President Justin Trudeau at the head of the government.", "2025-03-15", "Justin Trudeau")]
    [InlineData("She held two ministries under German Chancellor Emmanuel Macron.", "2024-01-10", "Emmanuel Macron")]
    public void A_title_the_person_never_held_is_still_contradicted(string text, string asOf, string name)
    {
        var finding = Assert.Single(CheckAssert.Findings(Starter, text, asOf), f => f.Text == name && f.Verdict != FactBase.Checking.Findings.Verdict.Supported);
        Assert.Equal(FactBase.Checking.Findings.Verdict.Contradicted, finding.Verdict);
    }

    [Theory]
    [InlineData("The minister serves under Chancellor Gerhard Schröder and Chancellor Angela Merkel.", "2024-01-10", "Angela Merkel", "Olaf Scholz")]
    [InlineData("Mark Carney, 59, replaces Prime Minister Stephen Harper at the head of the government.", "2025-03-15", "Stephen Harper", "Mark Carney")]
    [InlineData("Mark Carney took over from Prime Minister Justin Trudeau at the head of the government.", "2025-09-01", "Justin Trudeau", "Mark Carney")]
    [InlineData("If the talks fail, President Obama would be blamed, one diplomat said.", "2023-11-20", "Obama", "Joe Biden")]
    [InlineData("President Obama could scrap the deal, one diplomat warned.", "2023-11-20", "Obama", "Joe Biden")]
    [InlineData("Italy's centre-left Premier Paolo Gentiloni was given the economics portfolio.", "2019-09-10", "Paolo Gentiloni", "Giuseppe Conte")]
    [InlineData("Former allies of President Petro Poroshenko met on Monday.", "2020-03-05", "Petro Poroshenko", "Volodymyr Zelenskyy")]
    [InlineData("Lawmakers accepted the resignation of Prime Minister Arseniy Yatsenyuk on Wednesday.", "2020-03-05", "Arseniy Yatsenyuk", "Denys Shmyhal")]
    [InlineData("President Martti Ahtisaari met reporters on Monday.", "2025-02-01", "Martti Ahtisaari", "Alexander Stubb")]
    [InlineData("Markets weighed the impending return of President Barack Obama.", "2024-12-10", "Barack Obama", "Joe Biden")]
    [InlineData("Officials (British Prime Minister Tony Blair among them) promised that the troops would be home by summer.", "2022-03-20", "Tony Blair", "Boris Johnson")]
    public void The_same_phrasing_in_the_present_long_after_or_for_no_coming_term_is_outdated(string text, string asOf, string name, string holder)
    {
        // The title's finding (a succession read from the same words is a claim of its own).
        var finding = Assert.Single(CheckAssert.Findings(Starter, text, asOf), f => f.Rule == RuleCatalog.Role.Name && f.Text == name);
        Assert.Equal((FactBase.Checking.Findings.Verdict.Outdated, holder, holder), (finding.Verdict, finding.Expected, finding.Suggestion));
    }

    [Theory]
    [InlineData("Mark Carney took the oath on Friday. He kept most ministers he inherited from his predecessor, Justin Trudeau. The day crowned a fast rise for the 59-year-old.", "2025-03-14")]
    [InlineData("Weeks after a landslide win over incumbent Petro Poroshenko, the 41-year-old took the oath in Kyiv.", "2019-05-20")]
    public void An_age_description_after_a_relation_or_a_preposition_is_not_that_name(string text, string asOf)
        => CheckAssert.NoAlarm(Starter, text, asOf);

    [Theory]
    [InlineData("Mark Carney took the oath on Friday. Justin Trudeau handed over after nine years. The day closed a long career for the 59-year-old.", "2025-03-14", "59")]
    [InlineData("Weeks after the defeat, Petro Poroshenko, the 41-year-old, left Kyiv.", "2019-05-20", "41")]
    [InlineData("Weeks after the defeat, Petro Poroshenko, the 41-year-old president, left Kyiv.", "2019-05-20", "41")]
    public void The_same_age_of_the_one_person_named_is_still_contradicted(string text, string asOf, string age)
    {
        var finding = Assert.Single(CheckAssert.Findings(Starter, text, asOf), f => f.Rule == RuleCatalog.Age.Name);
        Assert.Equal(age, finding.Text);
        Assert.Equal(FactBase.Checking.Findings.Verdict.Contradicted, finding.Verdict);
    }
}
