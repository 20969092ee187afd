using FactBase.Checking;
using FactBase.Checking.Findings;
using FactBase.Checking.Rules;
using FactBase.Documents;
using FactBase.Loading;
using FactBase.Model;

namespace FactBase.Tests.Checking;

/// <summary>
/// Names and titles that do not belong together (issue 19): a wrong given name with a known surname, a misspelled surname
/// after a title, a title the person never held, an office the country does not have. Each error has a true twin that is
/// not flagged, and the namesakes, other offices and unknown people around them stay silent.
/// </summary>
public sealed class IdentityCheckTests
{
    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    [Theory]
    [InlineData("British Prime Minister Starmar told MPs the plan would go ahead.", "2025-03-01", "Starmar", "Starmer")]
    [InlineData("President Sauli Niinisto and Prime Minister Sanna Mari made the announcement.", "2022-05-15", "Mari", "Marin")]
    [InlineData("British Prime Minister Stramar told MPs the plan would go ahead.", "2025-03-01", "Stramar", "Starmer")]
    // A sentence that names no one the facts know is still read for a title before a misspelled name.
    [InlineData("Prime Minister Petteri Orppo said the budget would pass.", "2024-03-01", "Orppo", "Orpo")]
    [InlineData("Chancellor Olaf Schulz said the budget would pass.", "2023-03-01", "Schulz", "Scholz")]
    public void A_misspelled_surname_after_a_title_is_flagged(string text, string asOf, string span, string right)
        => CheckAssert.Single(Starter, text, asOf, RuleCatalog.EntityName.Name, span, "misspelled", right, right);

    [Theory]
    [InlineData("German Chancellor Olav Scholz met the press in Berlin.", "2023-03-01", "Olav", "Olaf")]
    [InlineData("German Chancellor Emmanuel Scholz met the press in Berlin.", "2023-03-01", "Emmanuel", "Olaf")]
    [InlineData("U.S. Secretary of State Mile Pompeo said the door stayed open.", "2020-03-27", "Mile", "Mike")]
    [InlineData("Jens Stoltenberg led NATO for ten years; only the Dutchman Josef Luns led it longer.", "2024-10-01", "Josef", "Joseph")]
    [InlineData("Prime Minister Dmitry Mishustin is expected to keep the post.", "2024-05-07", "Dmitry", "Mikhail")]
    public void A_given_name_that_does_not_fit_the_known_surname_is_flagged(string text, string asOf, string span, string right)
        => CheckAssert.Single(Starter, text, asOf, RuleCatalog.EntityName.Name, span, "misspelled", right, right);

    [Theory]
    [InlineData("British Prime Minister Starmer told MPs the plan would go ahead.", "2025-03-01")]
    [InlineData("German Chancellor Olaf Scholz met the press in Berlin.", "2023-03-01")]
    [InlineData("Prime Minister Sanna Marin made the announcement.", "2022-05-15")]
    [InlineData("U.S. Secretary of State Mike Pompeo said the door stayed open.", "2020-03-27")]
    [InlineData("Jens Stoltenberg led NATO for ten years; only the Dutchman Joseph Luns led it longer.", "2024-10-01")]
    [InlineData("Melania Trump, Hunter Biden and Jill Biden were there, with the Conservative MP Mark Harper.", "2023-03-01")]
    [InlineData("Emily Scholz, a teacher from Hamburg, and Peter Harper, a plumber, were interviewed.", "2023-03-01")]
    [InlineData("Argentine President Macri met Emmanuel Macron.", "2017-06-01")]
    [InlineData("Deputy Prime Minister Olav Scholz is a character in the novel.", "2023-03-01")]
    [InlineData("President Joseph Biden and President Joe Biden are the same man.", "2022-03-01")]
    [InlineData("Prime Minister Mari Kiviniemi resigned.", "2011-06-01")]
    [InlineData("Prime Minister Petteri Orpo said the budget would pass.", "2024-03-01")]
    [InlineData("Prime Minister Jacinda Ardern said the budget would pass.", "2019-03-01")]
    public void True_twins_namesakes_and_other_offices_are_not_flagged(string text, string asOf)
        => CheckAssert.None(Starter, text, asOf, RuleCatalog.EntityName.Name);

    [Theory]
    [InlineData("Prime Minister Emmanuel Macron arrived in Berlin on Monday.", "2025-03-01", "Emmanuel Macron", "President of France")]
    [InlineData("Prime Minister Zelensky warned that aid alone would not win the war.", "2024-06-15", "Zelensky", "President of Ukraine")]
    public void A_bare_title_the_person_never_held_is_contradicted_naming_the_office_held(string text, string asOf, string span, string held)
    {
        var finding = CheckAssert.Single(Starter, text, asOf, RuleCatalog.Role.Name, span, "contradicted", held, null);
        Assert.Contains(held, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("President Emmanuel Macron arrived in Berlin on Monday.", "2025-03-01", "Emmanuel Macron")]
    [InlineData("President Zelensky warned that aid alone would not win the war.", "2024-06-15", "Zelensky")]
    public void A_bare_title_the_person_holds_is_supported(string text, string asOf, string span)
        => CheckAssert.Single(Starter, text, asOf, RuleCatalog.Role.Name, span, "supported");

    [Theory]
    [InlineData("President Ursula von der Leyen opened the summit.", "2024-06-15")]
    [InlineData("Former Prime Minister Emmanuel Macron is not a thing, but the facts cannot tell about past careers.", "2025-03-01")]
    [InlineData("Prime Minister Carlos Ortega arrived in Berlin on Monday.", "2025-03-01")]
    [InlineData("Vice President Emmanuel Macron is a character in the film.", "2025-03-01")]
    [InlineData("Chancellor Rishi Sunak presented the budget.", "2021-03-03")]
    [InlineData("European Council President Charles Michel and Commission President Ursula von der Leyen attended.", "2024-06-15")]
    public void Bare_titles_stay_silent_without_evidence(string text, string asOf)
        => CheckAssert.NoAlarm(Starter, text, asOf);

    [Fact]
    public void An_office_the_country_does_not_have_is_contradicted_naming_the_office_it_has()
    {
        var finding = CheckAssert.Single(Starter, "Justin Trudeau, the president of Canada, spoke in Ottawa.", "2024-05-01", RuleCatalog.Role.Name, "Justin Trudeau", "contradicted");
        Assert.Contains("Canada has no president", finding.Message, StringComparison.Ordinal);
        Assert.Contains("its prime minister on 1 May 2024 was Justin Trudeau", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Justin Trudeau, the prime minister of Canada, spoke in Ottawa.", "2024-05-01")]
    [InlineData("Mark Carney, the Canadian president of the Financial Stability Board, spoke.", "2020-05-01")]
    public void The_office_the_country_has_and_offices_of_other_bodies_are_not_contradicted(string text, string asOf)
        => CheckAssert.NoAlarm(Starter, text, asOf);

    [Fact]
    public void German_prime_minister_is_contradicted_naming_the_chancellor()
    {
        var finding = CheckAssert.Single(Starter, "German Prime Minister Olaf Scholz attended the ceremony.", "2023-12-13", RuleCatalog.Role.Name, "Olaf Scholz", "contradicted");
        Assert.Contains("Germany has no prime minister; its chancellor on 13 December 2023 was Olaf Scholz", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_abolished_office_is_outdated_with_no_holder_to_suggest()
        => CheckAssert.Single(Starter, "Turkish Prime Minister Recep Tayyip Erdogan addressed the assembly.", "2020-09-22", RuleCatalog.Role.Name, "Recep Tayyip Erdogan", "outdated");

    [Fact]
    public void User_facts_declare_absent_offices_and_names_like_the_starter_ones()
    {
        var result = FactLoader.LoadText(new[]
        {
            ("mine/vocabulary.yaml", """
                properties:
                  ceo: { kind: office, titles: [CEO, chief executive] }
                  chair: { kind: office, titles: [Chair, chairman] }
                """),
            ("mine/acme.yaml", """
                id: acme
                type: organization
                name: Acme Corporation
                aliases: [Acme]
                sources:
                  - url: https://example.org/acme
                facts:
                  ceo:
                    - { value: jane-doe, from: 2021-01-01 }
                  chair: []
                ---
                id: jane-doe
                type: person
                name: Jane Dawson
                sources:
                  - url: https://example.org/jane
                """),
        });
        Assert.Empty(result.Diagnostics);
        var checker = new FactChecker(result.KnowledgeBase);
        var findings = checker.Check(DocumentReader.Read("Jane Dawson, the chair of Acme, spoke. Acme CEO Jane Dawsen agreed.", DocumentFormat.PlainText), FactDate.Parse("2024-01-01"), new CheckOptions()).Findings;
        Assert.Contains(findings, f => f.Rule == RuleCatalog.Role.Name && f.Verdict == Verdict.Contradicted && f.Message.Contains("Acme Corporation has no chair", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Rule == RuleCatalog.EntityName.Name && f.Text == "Dawsen" && f.Suggestion == "Dawson");
    }

    [Fact]
    public void An_English_spelling_of_a_Slavic_given_name_is_neither_a_typo_nor_another_person()
    {
        // "Alexander" is how English often writes "Aleksander"; the hyphenless alias "Willem Alexander" does not make it a
        // surname before another person's surname.
        CheckAssert.NoAlarm(Starter, "Polish President Alexander Kwasniewski arrived in Kyiv.", "2005-01-21");

        var typo = CheckAssert.Findings(Starter, "Polish President Alexsander Kwasniewski arrived in Kyiv.", "2005-01-21");
        Assert.Contains(typo, f => f.Rule == RuleCatalog.EntityName.Name && f.Text == "Alexsander" && f.Suggestion == "Aleksander");
    }
}
