using System.Linq;
using FactBase.Checking;
using FactBase.Checking.Rules;
using FactBase.Loading;

namespace FactBase.Tests.Checking;

/// <summary>
/// Claims whose subject does not stand right before the verb (session 10): an adverb between a dated verb and its date, a
/// relative clause of a short apposition, an opening participle phrase followed by a description of its subject, a pronoun
/// opening a paragraph after a sentence of places, "only since" after a title, and "since" a year before the facts'
/// timeline. Each wrong claim has a true twin in the same words; the traps beside them stay silent.
/// </summary>
public sealed class SubjectsApartTests
{
    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    // A timeline that begins where its list was cut (1 January 2000) and one that begins on a day someone took office.
    private static readonly System.Lazy<FactChecker> Cut = new(() =>
    {
        var result = FactLoader.LoadText(new[]
        {
            ("mine/vocabulary.yaml", """
                properties:
                  ceo: { kind: office, titles: [chief executive] }
                """),
            ("mine/firms.yaml", """
                id: tern-works
                type: organization
                name: Tern Works
                sources: [https://example.org/tern]
                facts:
                  ceo:
                    - { value: jane-doe, from: 2000-01-01 }
                ---
                id: ibis-works
                type: organization
                name: Ibis Works
                sources: [https://example.org/ibis]
                facts:
                  ceo:
                    - { value: john-roe, from: 2000-03-14 }
                ---
                id: jane-doe
                type: person
                name: Jane Doe
                ---
                id: john-roe
                type: person
                name: John Roe
                """),
        });
        Assert.Empty(result.Diagnostics);
        return new FactChecker(result.KnowledgeBase);
    });

    [Fact]
    public void Since_before_a_timeline_cut_at_a_year_stays_silent()
    {
        var findings = CheckAssert.Findings(Cut.Value, "Jane Doe, chief executive of Tern Works since 1996, spoke.", "2010-06-01");
        Assert.DoesNotContain(findings, f => f.Text.Contains("since 1996", System.StringComparison.Ordinal));
        CheckAssert.NoAlarm(Cut.Value, "Jane Doe, chief executive of Tern Works since 1996, spoke.", "2010-06-01");
    }

    [Fact]
    public void Since_before_a_timeline_that_opens_on_a_day_of_office_is_wrong()
    {
        var runs = CheckAssert.Findings(Cut.Value, "John Roe, chief executive of Ibis Works since 1996, spoke.", "2010-06-01").Where(f => f.Text.Contains("since 1996", System.StringComparison.Ordinal)).ToList();
        Assert.Single(runs);
        Assert.Equal("contradicted", runs[0].Verdict.ToString().ToLowerInvariant());
    }

    [Theory]
    [InlineData("Slovenia, which gained independence only in 1990, joined the alliance last year.", "1990", "contradicted", "1991")]
    [InlineData("Slovenia, which gained independence only in 1991, joined the alliance last year.", "1991", "supported", null)]
    [InlineData("Croatia became independent officially in 1992 after a war.", "1992", "contradicted", "1991")]
    [InlineData("Croatia became independent officially in 1991 after a war.", "1991", "supported", null)]
    [InlineData("Ukraine declared its independence from Moscow in 1990.", "1990", "contradicted", "1991")]
    [InlineData("Ukraine declared its independence from Moscow in 1991.", "1991", "supported", null)]
    [InlineData("Poland regained independence in 1919, after the war.", "1919", "contradicted", "1918")]
    [InlineData("Poland regained independence in 1918, after the war.", "1918", "supported", null)]
    public void An_adverb_or_a_variant_of_the_verb_keeps_the_date(string text, string span, string verdict, string? expected)
        => CheckAssert.Single(Starter, text, "2005-03-10", RuleCatalog.Date.Name, span, verdict, expected, expected);

    [Theory]
    [InlineData("The finest holder of the post was Dag Hammarskjöld, the Swede who died in 1960 in a crash.", "1960", "contradicted", "1961")]
    [InlineData("The finest holder of the post was Dag Hammarskjöld, the Swede who died in 1961 in a crash.", "1961", "supported", null)]
    [InlineData("The finest holder of the post was Dag Hammarskjöld, a quiet diplomat who died in 1960.", "1960", "contradicted", "1961")]
    [InlineData("The finest holder of the post was Dag Hammarskjöld, a quiet diplomat who died in 1961.", "1961", "supported", null)]
    public void A_relative_clause_of_a_short_apposition_is_the_names(string text, string span, string verdict, string? expected)
        => CheckAssert.Single(Starter, text, "2010-01-01", RuleCatalog.Date.Name, span, verdict, expected, expected);

    [Theory]
    // "the son of a governor who died": the clause may be the governor's.
    [InlineData("The finest holder of the post was Dag Hammarskjöld, the son of a governor who died in 1960.")]
    [InlineData("The finest holder of the post was Dag Hammarskjöld, his friend who died in 1960.")]
    public void An_apposition_with_someone_else_in_it_keeps_the_clause_silent(string text)
        => CheckAssert.None(Starter, text, "2010-01-01", RuleCatalog.Date.Name);

    [Theory]
    [InlineData("Kurt Waldheim died in 2007. Born in Vienna in 1919, the son of a teacher, Waldheim studied law.", "1919", "contradicted", "1918")]
    [InlineData("Kurt Waldheim died in 2007. Born in Vienna in 1918, the son of a teacher, Waldheim studied law.", "1918", "supported", null)]
    [InlineData("Kurt Waldheim died in 2007. Born in Vienna in 1919, the son of a teacher, he studied law.", "1919", "contradicted", "1918")]
    [InlineData("Kurt Waldheim died in 2007. Born in Vienna in 1918, the son of a teacher, he studied law.", "1918", "supported", null)]
    public void An_opening_participle_phrase_reaches_past_a_description_of_its_subject(string text, string span, string verdict, string? expected)
    {
        var findings = CheckAssert.Findings(Starter, text, "2010-01-01").Where(f => f.Rule == RuleCatalog.Date.Name && f.Text == span).ToList();
        Assert.Single(findings);
        Assert.Equal(verdict, findings[0].Verdict.ToString().ToLowerInvariant());
        Assert.Equal(expected, findings[0].Expected);
    }

    [Fact]
    public void Two_people_before_the_participle_phrase_keep_the_pronoun_silent()
    {
        var findings = CheckAssert.Findings(Starter, "Kurt Waldheim met Javier Solana. Born in Vienna in 1919, the son of a teacher, he studied law.", "2010-01-01");
        Assert.DoesNotContain(findings, f => f.Rule == RuleCatalog.Date.Name);
    }

    private const string Obituary = "Manfred Wörner died in August.\n\nBorn in Stuttgart in 1934, Wörner studied law in Munich. {0}\n\nHe took over as secretary general in July {1}, and the alliance changed.";

    [Theory]
    [InlineData("As a young man in Bonn he joined the Christian Democrats on German soil.", "1987", "contradicted")]
    [InlineData("As a young man in Bonn he joined the Christian Democrats on German soil.", "1988", "supported")]
    public void A_pronoun_opening_a_paragraph_reaches_past_a_sentence_of_places(string between, string year, string verdict)
    {
        var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, Obituary, between, year);
        var role = CheckAssert.Findings(Starter, text, "1994-09-01").Where(f => f.Rule == RuleCatalog.Role.Name).ToList();
        Assert.Single(role);
        Assert.Equal($"He took over as secretary general in July {year}", role[0].Text);
        Assert.Equal(verdict, role[0].Verdict.ToString().ToLowerInvariant());
    }

    [Theory]
    // A name the facts do not know, or a second person, in the paragraph before: the pronoun may be theirs.
    [InlineData("As a young man he worked for Helmut Weber in Bonn.")]
    [InlineData("He studied with Javier Solana in Germany.")]
    public void A_pronoun_after_someone_else_stays_silent(string between)
    {
        var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, Obituary, between, "1987");
        CheckAssert.None(Starter, text, "1994-09-01", RuleCatalog.Role.Name);
    }

    [Theory]
    [InlineData("Willy Claes quit in October. Claes had been the alliance's secretary general only since January 1994.", "January 1994", "contradicted")]
    [InlineData("Willy Claes quit in October. Claes had been the alliance's secretary general only since October 1994.", "October 1994", "supported")]
    public void Only_since_after_a_title_is_a_run(string text, string since, string verdict)
    {
        var runs = CheckAssert.Findings(Starter, text, "1995-12-06").Where(f => f.Rule == RuleCatalog.Role.Name && f.Text.EndsWith("since " + since, System.StringComparison.Ordinal)).ToList();
        Assert.Single(runs);
        Assert.Equal(verdict, runs[0].Verdict.ToString().ToLowerInvariant());
    }

    [Theory]
    // The facts list Blair first, from 2 May 1997: a run from 1996 would have begun in 1996.
    [InlineData("Tony Blair, prime minister since 1996, met the Queen.", "2006-06-01", "Tony Blair, prime minister since 1996", "contradicted", "1997-05-02")]
    [InlineData("Tony Blair, prime minister since 1997, met the Queen.", "2006-06-01", "Tony Blair, prime minister since 1997", "supported", null)]
    // Italy's presidents are listed from 1999: Mattarella's run from 2015 has a known holder before it.
    [InlineData("Sergio Mattarella, president since 1998, met the Queen.", "2016-06-01", "Sergio Mattarella, president since 1998", "contradicted", "2015-02-03")]
    [InlineData("Sergio Mattarella, president since 2015, met the Queen.", "2016-06-01", "Sergio Mattarella, president since 2015", "supported", null)]
    public void Since_a_year_before_the_timeline_is_checked_when_the_run_is_dated(string text, string asOf, string span, string verdict, string? expected)
    {
        var runs = CheckAssert.Findings(Starter, text, asOf).Where(f => f.Rule == RuleCatalog.Role.Name && f.Text == span).ToList();
        Assert.Single(runs);
        Assert.Equal(verdict, runs[0].Verdict.ToString().ToLowerInvariant());
        Assert.Equal(expected, runs[0].Expected);
    }

    [Theory]
    [InlineData("Willy Claes quit in October. The former Belgian minister had been NATO's secretary general only since January 1994.", "January 1994", "contradicted")]
    [InlineData("Willy Claes quit in October. The former Belgian minister had been NATO's secretary general only since October 1994.", "October 1994", "supported")]
    [InlineData("Willy Claes quit in October. The veteran socialist had been NATO's secretary general since 1993.", "1993", "contradicted")]
    [InlineData("Willy Claes quit in October. The veteran socialist had been NATO's secretary general since 1994.", "1994", "supported")]
    public void A_description_opening_the_sentence_dates_the_run_of_the_one_person_named_before(string text, string since, string verdict)
    {
        var role = CheckAssert.Findings(Starter, text, "1995-12-06").Where(f => f.Rule == RuleCatalog.Role.Name).ToList();
        var runs = role.Where(f => f.Text.EndsWith("since " + since, System.StringComparison.Ordinal)).ToList();
        Assert.Single(runs);
        Assert.Equal(verdict, runs[0].Verdict.ToString().ToLowerInvariant());

        // Holding the office at the time is only confirmed through a description: the facts chose the person.
        Assert.DoesNotContain(role, f => f != runs[0] && f.Verdict != FactBase.Checking.Findings.Verdict.Supported);
    }

    [Theory]
    // An office the person never held, two people named, a name the facts do not know: the description may be someone else.
    [InlineData("Willy Claes quit in October. The veteran socialist was prime minister of Britain from 1994 to 1995.")]
    [InlineData("Willy Claes met Javier Solana in October. The veteran socialist had been NATO's secretary general since 1993.")]
    [InlineData("Willy Claes met Piet Jansen in October. The veteran socialist had been NATO's secretary general since 1993.")]
    public void A_description_that_may_be_someone_else_stays_silent(string text)
        => CheckAssert.NoAlarm(Starter, text, "1995-12-06");
}
