using FactBase.Checking;
using FactBase.Checking.Findings;
using FactBase.Checking.Rules;

namespace FactBase.Tests.Checking;

/// <summary>
/// Names and titles that do not belong together at the time spoken of, in the positions newsrooms write them
/// (docs/rules.md, "Session 10: titles in every position"): an age between the name and the title, a word of the present
/// ("new", "current", "now", "outgoing"), "at the time", an opening "As chancellor, X" or "X, as chancellor,", "then" in a
/// relative clause, a "then" title the person never held at a time named, a former title of a body's own office, and
/// "head of the European Commission". Each wrong claim has a true twin in the same words that is supported.
/// </summary>
public sealed class TitlesInEveryPositionTests
{
    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    [Theory]
    // An age between the name and the title.
    [InlineData("Pietro Lanza said so. Matteo Renzi, 37, Italy's prime minister, told the senate on Monday that fuel duty would rise.", "Pietro Lanza said so. Mario Monti, 68, Italy's prime minister, told the senate on Monday that fuel duty would rise.", "2012-03-01", "Matteo Renzi", "Mario Monti")]
    [InlineData("François Hollande, 57, the French president, told farmers on Monday that subsidies would stay.", "Nicolas Sarkozy, 57, the French president, told farmers on Monday that subsidies would stay.", "2012-03-01", "François Hollande", "Nicolas Sarkozy")]
    // Words of the present before the title.
    [InlineData("Matteo Renzi, Italy's new prime minister, toured a steelworks near Taranto on Monday.", "Mario Monti, Italy's new prime minister, toured a steelworks near Taranto on Monday.", "2012-03-01", "Matteo Renzi", "Mario Monti")]
    [InlineData("Italy's new prime minister, Matteo Renzi, toured a steelworks near Taranto on Monday.", "Italy's new prime minister, Mario Monti, toured a steelworks near Taranto on Monday.", "2012-03-01", "Matteo Renzi", "Mario Monti")]
    [InlineData("Matteo Renzi, Italy's current prime minister, toured a steelworks near Taranto on Monday.", "Mario Monti, Italy's current prime minister, toured a steelworks near Taranto on Monday.", "2012-03-01", "Matteo Renzi", "Mario Monti")]
    [InlineData("Matteo Renzi, Italy's outgoing prime minister, toured a steelworks near Taranto on Monday.", "Silvio Berlusconi, Italy's outgoing prime minister, toured a steelworks near Taranto on Monday.", "2011-11-14", "Matteo Renzi", "Silvio Berlusconi")]
    [InlineData("Angela Merkel, the outgoing chancellor, thanked her drivers on Friday.", "Gerhard Schröder, the outgoing chancellor, thanked his drivers on Friday.", "2005-11-15", "Angela Merkel", "Gerhard Schröder")]
    // "now" speaks of the article's time even in a sentence about another year.
    [InlineData("In 2012, Friedrich Merz, now Germany's chancellor, was a corporate lawyer.", "In 2012, Olaf Scholz, now Germany's chancellor, was mayor of Hamburg.", "2023-03-01", "Friedrich Merz", "Olaf Scholz")]
    // "at the time" ties the title to the time the sentence names.
    [InlineData("In 2012, Matteo Renzi, at the time Italy's prime minister, opened a bridge in Genoa.", "In 2012, Mario Monti, at the time Italy's prime minister, opened a bridge in Genoa.", "2020-03-01", "Matteo Renzi", "Mario Monti")]
    [InlineData("The Italian prime minister at the time, Matteo Renzi, opened a bridge in Genoa in 2012.", "The Italian prime minister at the time, Mario Monti, opened a bridge in Genoa in 2012.", "2020-03-01", "Matteo Renzi", "Mario Monti")]
    [InlineData("The levy was signed in 2010 by Gerhard Schröder, the chancellor at the time.", "The levy was signed in 2010 by Angela Merkel, the chancellor at the time.", "2020-03-01", "Gerhard Schröder", "Angela Merkel")]
    // "then" in a relative clause is of the time the sentence names.
    [InlineData("The treaty was signed in 2011 by Gordon Brown, who was then prime minister of Britain.", "The treaty was signed in 2011 by David Cameron, who was then prime minister of Britain.", "2020-02-01", "Gordon Brown", "David Cameron")]
    // The role one acted in: "As chancellor, X", "X, as chancellor,".
    [InlineData("As chancellor in 2010, Gerhard Schröder froze public pay.", "As chancellor in 2010, Angela Merkel froze public pay.", "2020-03-01", "Gerhard Schröder", "Angela Merkel")]
    [InlineData("In 2010, as German chancellor, Gerhard Schröder froze public pay.", "In 2010, as German chancellor, Angela Merkel froze public pay.", "2020-03-01", "Gerhard Schröder", "Angela Merkel")]
    [InlineData("As German chancellor, Frank-Walter Steinmeier froze public pay.", "As German chancellor, Gerhard Schröder froze public pay.", "2020-03-01", "Frank-Walter Steinmeier", "Gerhard Schröder")]
    [InlineData("In 2003, Angela Merkel, as chancellor, refused to send troops.", "In 2003, Gerhard Schröder, as chancellor, refused to send troops.", "2020-03-01", "Angela Merkel", "Gerhard Schröder")]
    // A body's own office after "former" ("a former German chancellor" was read already).
    [InlineData("Jyrki Katainen, a former president of the European Commission, opened the fair in Turku on Thursday.", "José Manuel Barroso, a former president of the European Commission, opened the fair in Turku on Thursday.", "2020-03-01", "Jyrki Katainen", "José Manuel Barroso")]
    [InlineData("Former Commission President Jyrki Katainen opened the fair in Turku on Thursday.", "Former Commission President José Manuel Barroso opened the fair in Turku on Thursday.", "2020-03-01", "Jyrki Katainen", "José Manuel Barroso")]
    // "head of the European Commission" and "Commission head" name the Commission's president.
    [InlineData("Jean-Claude Juncker, head of the European Commission, proposed a levy on banks on Monday.", "José Manuel Barroso, head of the European Commission, proposed a levy on banks on Monday.", "2010-03-01", "Jean-Claude Juncker", "José Manuel Barroso")]
    [InlineData("Commission head Jean-Claude Juncker flew to Athens on Monday.", "Commission head José Manuel Barroso flew to Athens on Monday.", "2012-03-01", "Jean-Claude Juncker", "José Manuel Barroso")]
    public void A_wrong_name_is_reported_and_its_twin_is_supported(string wrong, string right, string asOf, string wrongName, string rightName)
    {
        var reported = Assert.Single(CheckAssert.Findings(Starter, wrong, asOf), f => f.Rule == RuleCatalog.Role.Name && f.Verdict != Verdict.Supported);
        Assert.Equal(wrongName, reported.Text);
        Assert.NotEmpty(reported.Sources);

        CheckAssert.NoAlarm(Starter, right, asOf);
        var supported = Assert.Single(CheckAssert.Findings(Starter, right, asOf), f => f.Rule == RuleCatalog.Role.Name);
        Assert.StartsWith(rightName, supported.Text);
    }

    [Theory]
    // A "then" title the person never held, at a time named: the office held then says which was meant.
    [InlineData("The treaty was signed in 2011 by Nicolas Sarkozy, who was then prime minister.", "The treaty was signed in 2011 by François Fillon, who was then prime minister.", "2020-02-01", "Nicolas Sarkozy")]
    [InlineData("In 2019, then-President Boris Johnson opened the bridge.", "In 2019, then-Prime Minister Boris Johnson opened the bridge.", "2023-02-01", "Boris Johnson")]
    public void A_then_title_never_held_at_a_named_time_is_contradicted(string wrong, string right, string asOf, string wrongName)
    {
        var reported = Assert.Single(CheckAssert.Findings(Starter, wrong, asOf), f => f.Rule == RuleCatalog.Role.Name && f.Verdict != Verdict.Supported);
        Assert.Equal(wrongName, reported.Text);
        Assert.Equal(Verdict.Contradicted, reported.Verdict);
        CheckAssert.NoAlarm(Starter, right, asOf);
    }

    [Theory]
    // A person the facts do not know, with a country's title whose holder at the article's time they do know.
    [InlineData("German Chancellor Ottokar Brandl welcomed the three new members as partners.", "German Chancellor Gerhard Schröder welcomed the three new members as partners.", "1999-03-13", "Ottokar Brandl", "Gerhard Schröder")]
    [InlineData("British Prime Minister John Pemberley welcomed the three new members.", "British Prime Minister Tony Blair welcomed the three new members.", "1999-03-13", "John Pemberley", "Tony Blair")]
    public void A_name_the_facts_do_not_know_with_a_title_whose_holder_they_know_is_contradicted(string wrong, string right, string asOf, string wrongName, string holder)
    {
        var reported = Assert.Single(CheckAssert.Findings(Starter, wrong, asOf), f => f.Rule == RuleCatalog.Role.Name && f.Verdict != Verdict.Supported);
        Assert.Equal(wrongName, reported.Text);
        Assert.Equal(Verdict.Contradicted, reported.Verdict);
        Assert.Equal(holder, reported.Expected);
        Assert.Null(reported.Suggestion);
        CheckAssert.NoAlarm(Starter, right, asOf);
    }

    [Theory]
    // Another time named in or before the sentence, a past event under the title, a headline in title case, a name with a
    // word of a known name after its first, a misspelling of the holder, and a handover near the article's time.
    [InlineData("In 1982, the coalition collapsed. German Chancellor Ottokar Brandl lost a vote of no confidence.", "2015-03-01")]
    [InlineData("German Chancellor Ottokar Brandl lost a vote of no confidence in 1982.", "2015-03-01")]
    [InlineData("The treaty was signed under German Chancellor Ottokar Brandl.", "1999-03-13")]
    [InlineData("German Chancellor Says Talks with Paris Failed", "2012-03-01")]
    [InlineData("US President Donald J. Trump opened the fair on Monday.", "2019-03-01")]
    [InlineData("German Chancellor Angela Merkl opened the fair on Monday.", "2012-03-01")]
    [InlineData("German Chancellor Ottokar Brandl opened the fair on Monday.", "2005-11-25")]
    [InlineData("\"German Chancellor Ottokar Brandl opened the fair,\" the guide said.", "2012-03-01")]
    // The holder's term still open in the facts: a successor the facts do not know yet may be meant.
    [InlineData("German Chancellor Ottokar Brandl opened the fair on Monday.", "2026-11-02")]
    [InlineData("British Prime Minister John Pemberley opened the fair on Monday.", "2026-11-02")]
    public void Unknown_names_stay_silent_where_the_time_or_the_name_is_unsure(string text, string asOf)
        => Assert.DoesNotContain(CheckAssert.Findings(Starter, text, asOf), f => f.Rule == RuleCatalog.Role.Name && f.Verdict != Verdict.Supported);

    [Theory]
    // "new" is also said of the one elected and not yet sworn in.
    [InlineData("Angela Merkel, Germany's new chancellor, will be sworn in on 22 November.", "2005-11-10")]
    [InlineData("Germany's new chancellor, Friedrich Merz, will take office next month.", "2025-04-20")]
    // A sentence's "Now" is the narrative's, not a word of the title.
    [InlineData("In 2003, the war began. Now Chancellor Gerhard Schröder had to decide.", "2003-03-01")]
    // "As president, X would": a time to come; another body's title; a bare title never held with no time named.
    [InlineData("As president, François Hollande would raise taxes.", "2012-03-01")]
    [InlineData("As chancellor of the exchequer, Gordon Brown raised taxes.", "2020-03-01")]
    [InlineData("As chancellor, Gordon Brown raised taxes.", "2020-03-01")]
    [InlineData("In 2005, as chancellor, Gordon Brown raised taxes.", "2020-03-01")]
    [InlineData("Gerhard Schröder, as chancellor of the exchequer, opposed the war.", "2020-03-01")]
    // "then" with no time named, and a title held nowhere in the facts at the time named.
    [InlineData("Nicolas Sarkozy, who was then prime minister, signed the treaty.", "2020-03-01")]
    [InlineData("In 2006, Gordon Brown, then chancellor, met the bankers.", "2020-03-01")]
    // A year is no age.
    [InlineData("Berlin, 2015, the chancellor Angela Merkel spoke.", "2016-03-01")]
    // "head of" another body.
    [InlineData("Jean-Claude Juncker, head of the Eurogroup, visited Athens on Monday.", "2012-03-01")]
    public void Other_times_other_bodies_and_unnamed_times_stay_silent(string text, string asOf)
        => CheckAssert.NoAlarm(Starter, text, asOf);
}
