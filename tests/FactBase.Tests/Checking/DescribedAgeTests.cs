using System.Globalization;
using FactBase.Checking;
using FactBase.Checking.Findings;
using FactBase.Checking.Rules;

namespace FactBase.Tests.Checking;

/// <summary>
/// Ages said through a description of someone or something named earlier (docs/rules.md, "Session 11: ages of
/// descriptions"): a party member's noun before any past verb, a noun with "of" and a phrase, a kin noun of a background, a
/// capitalized word of place or party before a noun of a person, a demonym, a nationality the facts do not hold, the noun an
/// organisation or a country answers to, and a headline's "dies aged". Each wrong age beside its true twin in the same words,
/// and the readings that stay silent.
/// </summary>
public sealed class DescribedAgeTests
{
    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    private static string Fill(string template, int age) => string.Format(CultureInfo.InvariantCulture, template, age);

    private static void WrongAndRight(string template, string asOf, int wrong, int right, string expected)
    {
        var finding = Assert.Single(CheckAssert.Findings(Starter, Fill(template, wrong), asOf), f => f.Rule == RuleCatalog.Age.Name);
        Assert.Equal(Verdict.Contradicted, finding.Verdict);
        Assert.Equal(wrong.ToString(CultureInfo.InvariantCulture), finding.Text);
        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);

        var twin = Assert.Single(CheckAssert.Findings(Starter, Fill(template, right), asOf), f => f.Rule == RuleCatalog.Age.Name);
        Assert.Equal(Verdict.Supported, twin.Verdict);
    }

    private static void NoContradictedAge(string text, string asOf)
        => Assert.DoesNotContain(CheckAssert.Findings(Starter, text, asOf), f => f.Rule == RuleCatalog.Age.Name && f.Verdict != Verdict.Supported);

    [Theory]
    // Any simple past after a noun of a person is its verb.
    [InlineData("Olaf Scholz opened the budget debate on Wednesday.\n\nThe {0}-year-old Social Democrat defended every line of it.", "2023-09-06", 63, 65, "Olaf Scholz is 65")]
    [InlineData("Angela Merkel addressed the Bundestag on Tuesday.\n\nThe {0}-year-old conservative received a standing ovation.", "2010-03-02", 57, 55, "Angela Merkel is 55")]
    // "of" and a name the facts do not know, or an indefinite phrase, between the noun and its verb.
    [InlineData("Donald Tusk was sworn in as prime minister on Friday.\n\nThe {0}-year-old leader of the Civic Platform thanked his voters.", "2007-11-16", 51, 50, "Donald Tusk is 50")]
    [InlineData("Emmanuel Macron won the run-off on Sunday.\n\nThe {0}-year-old son of a provincial doctor, who once worked as a banker, promised a new start.", "2017-05-08", 40, 39, "Emmanuel Macron is 39")]
    // A capitalized word of place or party before the noun.
    [InlineData("Stephen Harper spoke to the Commons on Tuesday.\n\nThe {0}-year-old Alberta economist, who trained in Toronto, defended the budget.", "2008-02-26", 47, 48, "Stephen Harper is 48")]
    // A demonym of a country of the facts.
    [InlineData("Anders Fogh Rasmussen flew to Kabul on Monday.\n\nThe {0}-year-old Dane met the troops at the airfield.", "2010-06-07", 58, 57, "Anders Fogh Rasmussen is 57")]
    // A name after a preposition in the sentence the person opens ("with X at his side") when the age is within a year of theirs.
    [InlineData("Vladimir Putin took the oath in the Kremlin's Grand Hall on Monday, with Anna Petrova at his side.\n\nThe {0}-year-old former spy promised order.", "2012-05-07", 60, 59, "Vladimir Putin is 59")]
    public void A_description_of_the_one_person_named_lately_is_checked(string template, string asOf, int wrong, int right, string expected)
        => WrongAndRight(template, asOf, wrong, right, expected);

    [Theory]
    // An organisation's and a country's age through a noun it answers to.
    [InlineData("The Security Council met at the United Nations on Monday.\n\nThe {0}-year-old organisation faces a budget crisis.", "2010-03-01", 66, 64, "The United Nations is 64")]
    [InlineData("Turkey elected its president by popular vote on Sunday.\n\nThe {0}-year-old republic has never done so before.", "2014-08-10", 95, 90, "Turkey is 90")]
    public void An_organisation_or_a_country_is_described_by_its_noun(string template, string asOf, int wrong, int right, string expected)
        => WrongAndRight(template, asOf, wrong, right, expected);

    [Fact]
    public void A_headline_says_the_age_at_death_after_an_apposition_with_no_article()
        => WrongAndRight("# Jacques Chirac, twice president of France, dies aged {0}\n\nHis family announced the death on Thursday.", "2019-09-26", 88, 86, "Jacques Chirac is 86");

    [Fact]
    public void A_nationality_the_facts_do_not_hold_is_only_confirmed()
    {
        const string Template = "Kofi Annan spoke to the General Assembly on Monday.\n\nThe {0}-year-old Ghanaian called for calm.";
        var right = Assert.Single(CheckAssert.Findings(Starter, Fill(Template, 67), "2005-09-19"), f => f.Rule == RuleCatalog.Age.Name);
        Assert.Equal(Verdict.Supported, right.Verdict);
        CheckAssert.None(Starter, Fill(Template, 69), "2005-09-19", RuleCatalog.Age.Name);
    }

    [Theory]
    // Two people could be meant.
    [InlineData("Angela Merkel met Olaf Scholz in Berlin on Tuesday.\n\nThe 57-year-old Social Democrat received a warm welcome.", "2012-03-06")]
    // The noun phrase is the object of another person's verb.
    [InlineData("Angela Merkel spoke on Monday.\n\nOlaf Scholz praised the 57-year-old conservative, who received a standing ovation.", "2010-03-02")]
    // Another name as the object of the person's verb, or an age far from the person's beside a name after "with".
    [InlineData("Vladimir Putin met Anna Petrova in the Kremlin on Monday.\n\nThe 60-year-old former spy promised order.", "2012-05-07")]
    [InlineData("Vladimir Putin took the oath in the Kremlin on Monday, with Anna Petrova at his side.\n\nThe 35-year-old former spy promised order.", "2012-05-07")]
    // A thing.
    [InlineData("Angela Merkel opened the stadium on Monday.\n\nThe 30-year-old stadium received a new roof.", "2010-03-02")]
    // A kin noun of someone else: a definite phrase or a name after "of".
    [InlineData("Angela Merkel spoke on Monday.\n\nThe 50-year-old son of the chancellor received an award.", "2010-03-02")]
    [InlineData("Angela Merkel spoke on Monday.\n\nThe 50-year-old son of Olaf Scholz received an award.", "2010-03-02")]
    // A leader the text has not named ("of" a lower-case definite phrase).
    [InlineData("Donald Tusk won the confidence vote on Friday.\n\nThe 60-year-old leader of the opposition called it a fraud.", "2010-03-05")]
    // A capitalized word before the noun and an age far from the person's: another economist.
    [InlineData("Stephen Harper spoke in Calgary on Monday.\n\nThe 31-year-old Calgary economist, who advised him, received an award.", "2008-02-25")]
    // Two organisations that answer to the noun.
    [InlineData("NATO and the United Nations met in New York on Monday.\n\nThe 70-year-old organisation faces a budget crisis.", "2010-03-01")]
    // Another person named in a headline's apposition.
    [InlineData("# Jacques Chirac, ally of Gerhard Schröder, dies aged 88\n\nHis family announced the death on Thursday.", "2019-09-26")]
    public void A_description_that_may_be_of_someone_or_something_else_stays_silent(string text, string asOf)
        => NoContradictedAge(text, asOf);
}
