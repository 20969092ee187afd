using FactBase.Checking;
using FactBase.Checking.Rules;
using FactBase.Documents;

namespace FactBase.Tests.Checking;

/// <summary>
/// Predecessors and successors (session 10): "his successor X" with no comma, "to succeed X" after a choice made, "X, who
/// succeeded him,", a pronoun that stands for the person the story is about, and "her successor as prime minister, Y"
/// checked in the office named. Each wrong claim has a true twin in the same words.
/// </summary>
public sealed class PredecessorSuccessorTests
{
    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    private const string AnnanLead = "# Kofi Annan, the Ghanaian who led the UN, dies at 80\n\nKofi Annan, who ran the United Nations for a decade, died on Saturday in Bern. He was 80.\n\n";

    [Theory]
    // A name right after "predecessor" or "successor", with no comma.
    [InlineData("Under Boutros Boutros-Ghali and his successor Kofi Annan, the peacekeeping budget grew.", "2010-01-01", "his successor Kofi Annan", "Supported")]
    [InlineData("Under Boutros Boutros-Ghali and his successor Ban Ki-moon, the peacekeeping budget grew.", "2010-01-01", "his successor Ban Ki-moon", "Contradicted")]
    [InlineData("Kofi Annan praised his predecessor Boutros Boutros-Ghali at the dinner.", "2010-01-01", "his predecessor Boutros Boutros-Ghali", "Supported")]
    [InlineData("Kofi Annan praised his predecessor Kurt Waldheim at the dinner.", "2010-01-01", "his predecessor Kurt Waldheim", "Contradicted")]
    // "to succeed X" after a choice that was made.
    [InlineData("Ban Ki-moon was picked to succeed Kofi Annan after six straw polls.", "2010-01-01", "Ban Ki-moon was picked to succeed Kofi Annan", "Supported")]
    [InlineData("Ban Ki-moon was picked to succeed Boutros Boutros-Ghali after six straw polls.", "2010-01-01", "Ban Ki-moon was picked to succeed Boutros Boutros-Ghali", "Contradicted")]
    [InlineData("Kofi Annan had run peacekeeping for years when the council chose him to succeed Boutros Boutros-Ghali.", "2010-01-01", "him to succeed Boutros Boutros-Ghali", "Supported")]
    [InlineData("Kofi Annan had run peacekeeping for years when the council chose him to succeed Javier Pérez de Cuéllar.", "2010-01-01", "him to succeed Javier Pérez de Cuéllar", "Contradicted")]
    // "him" as the one replaced.
    [InlineData("Jens Stoltenberg stepped down in October. Mark Rutte, who succeeded him, spoke first.", "2025-03-01", "Mark Rutte, who succeeded him", "Supported")]
    [InlineData("Anders Fogh Rasmussen stepped down in October. Mark Rutte, who succeeded him, spoke first.", "2025-03-01", "Mark Rutte, who succeeded him", "Contradicted")]
    public void A_succession_is_checked(string text, string asOf, string span, string verdict)
    {
        var finding = Assert.Single(CheckAssert.Findings(Starter, text, asOf), f => f.Rule == RuleCatalog.Role.Name && f.Text == span);
        Assert.Equal(verdict, finding.Verdict.ToString());
    }

    [Theory]
    [InlineData("He took office in January 1997. He then handed over to Ban Ki-moon and went home.", "Supported")]
    [InlineData("He took office in January 1997. He then handed over to António Guterres and went home.", "Contradicted")]
    [InlineData("He took office in January 1997, succeeding Boutros Boutros-Ghali.", "Supported")]
    [InlineData("He took office in January 1997, succeeding Javier Pérez de Cuéllar.", "Contradicted")]
    public void A_pronoun_in_a_paragraph_that_names_no_one_is_the_person_the_story_is_about(string paragraph, string verdict)
    {
        var findings = CheckAssert.Findings(Starter, AnnanLead + "Born in Kumasi in 1938, he studied economics in Minnesota and Geneva.\n\n" + paragraph, "2018-08-20", DocumentFormat.Markdown);
        Assert.Contains(findings, f => f.Rule == RuleCatalog.Role.Name && f.Verdict.ToString() == verdict && f.Message.Contains("Kofi Annan") && (f.Text.Contains("handed over") || f.Text.Contains("succeeding")));
    }

    [Fact]
    public void A_pronoun_the_sentence_before_leaves_unresolved_does_not_make_the_person_it_names_the_topic()
    {
        // "he" is chosen to succeed Boutros-Ghali: Boutros-Ghali is no one the next paragraph's "He" stands for.
        var text = AnnanLead + "In December 1996, after a long standoff, he was chosen to succeed Boutros Boutros-Ghali.\n\nHe handed over to Ban Ki-moon ten years later.";
        var findings = CheckAssert.Findings(Starter, text, "2018-08-20", DocumentFormat.Markdown);
        Assert.DoesNotContain(findings, f => f.Verdict.ToString() != "Supported");
        Assert.Contains(findings, f => f.Text.Contains("handed over to Ban Ki-moon") && f.Message.Contains("Kofi Annan"));
    }

    [Theory]
    [InlineData("David Cameron's successor as prime minister, Theresa May, called an early election.", "Supported", null)]
    [InlineData("David Cameron's successor as prime minister, Boris Johnson, called an early election.", "Contradicted", "Theresa May")]
    [InlineData("Angela Merkel's successor as chancellor, Olaf Scholz, met the press.", "Supported", null)]
    [InlineData("Angela Merkel's successor as chancellor, Friedrich Merz, met the press.", "Contradicted", "Olaf Scholz")]
    // Someone who never held the office named: the office is clear, so the holder after her is the one to compare.
    [InlineData("Angela Merkel's successor as chancellor, Ursula von der Leyen, met the press.", "Contradicted", "Olaf Scholz")]
    [InlineData("Olaf Scholz's predecessor as chancellor, Angela Merkel, met the press.", "Supported", null)]
    [InlineData("Olaf Scholz's predecessor as chancellor, Ursula von der Leyen, met the press.", "Contradicted", "Angela Merkel")]
    public void A_predecessor_or_successor_in_a_named_office_is_compared_with_its_timeline(string text, string verdict, string? expected)
    {
        var finding = Assert.Single(CheckAssert.Findings(Starter, text, "2025-06-01"), f => f.Rule == RuleCatalog.Role.Name && f.Text.Contains("as "));
        Assert.Equal(verdict, finding.Verdict.ToString());
        if (expected is not null)
        {
            Assert.Equal(expected, finding.Expected);
            Assert.Contains(expected, finding.Message);
        }
    }

    [Theory]
    // A choice not made, or only expected.
    [InlineData("Ban Ki-moon was expected to succeed Boutros Boutros-Ghali.", "2010-01-01")]
    [InlineData("Ban Ki-moon hopes to succeed Boutros Boutros-Ghali.", "2010-01-01")]
    [InlineData("Ban Ki-moon will be chosen to succeed Boutros Boutros-Ghali.", "2010-01-01")]
    [InlineData("Ban Ki-moon was nominated to succeed Boutros Boutros-Ghali.", "2010-01-01")]
    // Two runs in the office: which one is meant is unclear.
    [InlineData("Vladimir Putin's predecessor as president, Dmitry Medvedev, was absent.", "2020-01-01")]
    // A title the vocabulary does not know, or an office the owner never held.
    [InlineData("David Cameron's successor as party leader, Boris Johnson, spoke.", "2020-01-01")]
    [InlineData("David Cameron's successor as chancellor, Boris Johnson, spoke.", "2020-01-01")]
    // A successor still to come at the article's date.
    [InlineData("Olaf Scholz's successor as chancellor, Friedrich Merz, will be chosen soon.", "2024-06-01")]
    // "as" and a title of another body after the pronoun.
    [InlineData("Anders Fogh Rasmussen stepped down in October. Mark Rutte, who succeeded him as party leader, spoke first.", "2025-03-01")]
    // "her" before a noun is a possessive, not the one replaced.
    [InlineData("Theresa May met Angela Merkel. Olaf Scholz, who succeeded her husband, spoke.", "2020-01-01")]
    public void Unclear_successions_stay_silent(string text, string asOf)
        => CheckAssert.NoAlarm(Starter, text, asOf);

    [Fact]
    public void A_pronoun_in_quoted_examples_stays_silent()
        => CheckAssert.NoAlarm(Starter, "The set has successions (\"Anders Fogh Rasmussen stepped down\", \"Mark Rutte replaced him in October\") and ages.", "2025-03-01");

    [Fact]
    public void Two_people_who_could_be_meant_keep_the_pronoun_silent()
        => CheckAssert.NoAlarm(Starter, "Jens Stoltenberg and Anders Fogh Rasmussen spoke at the dinner. Mark Rutte, who succeeded him, did not.", "2025-03-01");
}
