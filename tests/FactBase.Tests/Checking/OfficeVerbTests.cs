using FactBase.Checking;
using FactBase.Checking.Rules;
using FactBase.Checking.Findings;
using FactBase.Documents;
using FactBase.Loading;
using FactBase.Model;

namespace FactBase.Tests.Checking;

/// <summary>
/// An office told by a verb instead of its title ("X headed the Commission from 2014 to 2019", "X reigned from 1980 to
/// 2013", "X ran NATO for ten years", "X ruled the Netherlands until 2024"): the vocabulary's <c>tenure_verbs</c> say which
/// offices a verb tells of, and the body written after it which one of the person's.
/// </summary>
public sealed class OfficeVerbTests
{
    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    [Theory]
    [InlineData("Beatrix reigned from 1981 until 2013, and her son followed.", "2020-01-01", "Beatrix reigned from 1981 until 2013")]
    [InlineData("Jean-Claude Juncker headed the Commission from 2013 to 2019, a time of crises.", "2020-01-01", "Jean-Claude Juncker headed the Commission from 2013 to 2019")]
    [InlineData("Jens Stoltenberg ran NATO for twelve years before he went home.", "2025-03-01", "Jens Stoltenberg ran NATO for twelve years")]
    [InlineData("Mark Rutte ruled the Netherlands until 2021, his critics said.", "2025-03-01", "Mark Rutte ruled the Netherlands until 2021")]
    [InlineData("Jens Stoltenberg, who had led NATO since 2012, handed over to his successor.", "2024-10-01", "Jens Stoltenberg, who had led NATO since 2012")]
    [InlineData("NATO met in Wales. Jens Stoltenberg led the alliance in 2011.", "2025-03-01", "Jens Stoltenberg led the alliance in 2011")]
    [InlineData("The Dutch mourned a long era. Mark Rutte, 58, led the Netherlands from 2011 to 2024.", "2025-03-01", "Mark Rutte, 58, led the Netherlands from 2011 to 2024")]
    [InlineData("Jens Stoltenberg has led NATO since 2012.", "2020-03-01", "Jens Stoltenberg has led NATO since 2012")]
    [InlineData("NATO met in Wales. Jens Stoltenberg led the alliance between 2009 and 2013.", "2025-03-01", "Jens Stoltenberg led the alliance between 2009 and 2013")]
    [InlineData("NATO has a new chief. Anders Fogh Rasmussen, a liberal veteran, who had led the alliance since 2007, leaves.", "2014-10-01", "Anders Fogh Rasmussen, a liberal veteran, who had led the alliance since 2007")]
    public void A_wrong_tenure_told_by_a_verb_is_flagged(string text, string asOf, string span)
        => Assert.Contains(CheckAssert.Findings(Starter, text, asOf), f => f.Rule == RuleCatalog.Role.Name && f.Text == span && f.Verdict.ToString() == "Contradicted");

    [Theory]
    [InlineData("Beatrix reigned from 1980 until 2013, and her son followed.", "2020-01-01", "Beatrix reigned from 1980 until 2013")]
    [InlineData("Jean-Claude Juncker headed the Commission from 2014 to 2019, a time of crises.", "2020-01-01", "Jean-Claude Juncker headed the Commission from 2014 to 2019")]
    [InlineData("Jens Stoltenberg ran NATO for ten years before he went home.", "2025-03-01", "Jens Stoltenberg ran NATO for ten years")]
    [InlineData("Mark Rutte ruled the Netherlands until 2024, his critics said.", "2025-03-01", "Mark Rutte ruled the Netherlands until 2024")]
    [InlineData("Jens Stoltenberg, who had led NATO since 2014, handed over to his successor.", "2024-10-01", "Jens Stoltenberg, who had led NATO since 2014")]
    [InlineData("NATO met in Wales. Jens Stoltenberg led the alliance in 2016.", "2025-03-01", "Jens Stoltenberg led the alliance in 2016")]
    [InlineData("The Dutch mourned a long era. Mark Rutte, 58, led the Netherlands from 2010 to 2024.", "2025-03-01", "Mark Rutte, 58, led the Netherlands from 2010 to 2024")]
    [InlineData("Jens Stoltenberg has led NATO since 2014.", "2020-03-01", "Jens Stoltenberg has led NATO since 2014")]
    [InlineData("NATO met in Wales. Anders Fogh Rasmussen led the alliance between 2009 and 2014.", "2025-03-01", "Anders Fogh Rasmussen led the alliance between 2009 and 2014")]
    [InlineData("NATO has a new chief. Anders Fogh Rasmussen, a liberal veteran, who had led the alliance since 2009, leaves.", "2014-10-01", "Anders Fogh Rasmussen, a liberal veteran, who had led the alliance since 2009")]
    public void The_true_twin_is_supported(string text, string asOf, string span)
    {
        var findings = CheckAssert.Findings(Starter, text, asOf);
        Assert.Contains(findings, f => f.Rule == RuleCatalog.Role.Name && f.Text == span && f.Verdict.ToString() == "Supported");
        Assert.DoesNotContain(findings, f => f.Verdict.ToString() != "Supported");
    }

    [Fact]
    public void The_message_names_the_office_and_the_term()
    {
        var finding = CheckAssert.Findings(Starter, "Mark Rutte ruled the Netherlands until 2021, his critics said.", "2025-03-01").Single(f => f.Rule == RuleCatalog.Role.Name);
        Assert.Contains("Prime Minister of the Netherlands", finding.Message);
        Assert.Contains("2024", finding.Message);
    }

    [Theory]
    // Two offices the verb tells of in the country named: prime minister, then president.
    [InlineData("Recep Tayyip Erdoğan ruled Turkey from 2001 to 2020.", "2025-03-01")]
    // Another sense of the verb, or a word after the body.
    [InlineData("Mark Rutte led the NATO delegation in 2011.", "2025-03-01")]
    [InlineData("Mark Rutte headed to Brussels in 2011.", "2025-03-01")]
    [InlineData("Jens Stoltenberg ran for parliament in 2011.", "2025-03-01")]
    [InlineData("Jens Stoltenberg led from the front in 2011.", "2025-03-01")]
    [InlineData("Jens Stoltenberg led NATO into a new era in 2011.", "2025-03-01")]
    [InlineData("Jens Stoltenberg headed NATO's response in 2011.", "2025-03-01")]
    // Some time within a term.
    [InlineData("NATO met in Wales. Anders Fogh Rasmussen led the alliance between 2010 and 2013.", "2025-03-01")]
    // No office of that body in the facts for the person: the one meant may be missing (the European Council's).
    [InlineData("Donald Tusk led the EU from 2013 to 2019.", "2025-03-01")]
    // A time to come, a present tense, and quoted words.
    [InlineData("Mark Rutte will lead NATO until 2026.", "2025-03-01")]
    [InlineData("Mark Rutte runs NATO until 2026.", "2025-03-01")]
    [InlineData("\"Jens Stoltenberg led NATO in 2011,\" she said.", "2025-03-01")]
    public void Readings_the_facts_cannot_decide_stay_silent(string text, string asOf)
        => CheckAssert.NoAlarm(Starter, text, asOf);

    [Fact]
    public void A_users_own_vocabulary_lists_the_verbs()
    {
        var result = FactLoader.LoadText(new[]
        {
            ("mine/vocabulary.yaml", "properties:\n  chair: { kind: office, titles: [Chair], tenure_verbs: [chaired] }\n"),
            ("mine/club.yaml", """
                id: rowing-club
                type: organization
                name: Rowing Club
                facts:
                  chair:
                    - { value: ada-quill, from: 2010-01-01, to: 2016-01-01 }
                ---
                id: ada-quill
                type: person
                name: Ada Quill
                """),
        });
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var checker = new FactChecker(result.KnowledgeBase);
        var wrong = checker.Check(DocumentReader.Read("Ada Quill chaired the Rowing Club from 2011 to 2016.\n", DocumentFormat.PlainText), FactDate.Parse("2025-03-07")).Findings;
        Assert.Contains(wrong, f => f.Rule == "role" && f.Verdict == Verdict.Contradicted);
        var right = checker.Check(DocumentReader.Read("Ada Quill chaired the Rowing Club from 2010 to 2016.\n", DocumentFormat.PlainText), FactDate.Parse("2025-03-07"), new CheckOptions { IncludeSupported = true }).Findings;
        Assert.Contains(right, f => f.Rule == "role" && f.Verdict == Verdict.Supported);
        Assert.DoesNotContain(right, f => f.Verdict != Verdict.Supported);
    }

    [Fact]
    public void Tenure_verbs_on_a_property_of_another_kind_are_an_error()
    {
        var result = FactLoader.LoadText(new[] { ("mine/vocabulary.yaml", "properties:\n  crowned: { kind: date, verbs: [crowned], tenure_verbs: [reigned] }\n") });
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("'tenure_verbs' applies to offices", StringComparison.Ordinal));
    }
}
