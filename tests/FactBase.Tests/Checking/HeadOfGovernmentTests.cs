using FactBase.Checking;
using FactBase.Checking.Findings;
using FactBase.Checking.Rules;
using FactBase.Documents;
using FactBase.Loading;
using FactBase.Model;

namespace FactBase.Tests.Checking;

/// <summary>
/// The head of a government told without the office's title ("X led the Italian government from 2006 to 2008", "X, the
/// head of government,", "in X's cabinet in 2007"): the vocabulary's <c>head_of_government</c> says which office that is.
/// </summary>
public sealed class HeadOfGovernmentTests
{
    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    [Theory]
    [InlineData("Romano Prodi led the Italian government from 2005 to 2008.", "2021-01-01", "Romano Prodi led the Italian government from 2005 to 2008")]
    [InlineData("Mark Rutte headed Italy's government from 2006 to 2008.", "2021-01-01", "Mark Rutte headed Italy's government from 2006 to 2008")]
    [InlineData("Donald Tusk, who ran the government in 2016, spoke.", "2021-01-01", "Donald Tusk, who ran the government in 2016")]
    [InlineData("Olaf Scholz, the head of government, met the unions.", "2019-01-01", "Olaf Scholz, the head of government")]
    [InlineData("She served in Scholz's cabinet in 2007.", "2021-01-01", "Scholz's cabinet")]
    [InlineData("Angela Merkel, who had led the government since 2003, stepped down.", "2021-12-10", "Angela Merkel, who had led the government since 2003")]
    public void A_wrong_head_of_government_is_flagged(string text, string asOf, string span)
        => Assert.Contains(CheckAssert.Findings(Starter, text, asOf), f => f.Rule == RuleCatalog.Role.Name && f.Text == span && f.Verdict.ToString() != "Supported");

    [Theory]
    [InlineData("Romano Prodi led the Italian government from 2006 to 2008.", "2021-01-01", "Romano Prodi led the Italian government from 2006 to 2008")]
    [InlineData("Silvio Berlusconi headed Italy's government from 2008 to 2011.", "2021-01-01", "Silvio Berlusconi headed Italy's government from 2008 to 2011")]
    [InlineData("Donald Tusk, who ran the government in 2010, spoke.", "2021-01-01", "Donald Tusk, who ran the government in 2010")]
    [InlineData("Angela Merkel, the head of government, met the unions.", "2019-01-01", "Angela Merkel, the head of government")]
    [InlineData("She served in Merkel's cabinet in 2007.", "2021-01-01", "Merkel's cabinet")]
    [InlineData("Barack Obama, who headed the government in 2010, spoke.", "2021-01-01", "Barack Obama, who headed the government in 2010")]
    [InlineData("Angela Merkel, who had led the government since 2005, stepped down.", "2021-12-10", "Angela Merkel, who had led the government since 2005")]
    public void The_true_twin_is_supported(string text, string asOf, string span)
    {
        var findings = CheckAssert.Findings(Starter, text, asOf);
        Assert.Contains(findings, f => f.Rule == RuleCatalog.Role.Name && f.Text == span && f.Verdict.ToString() == "Supported");
        Assert.DoesNotContain(findings, f => f.Verdict.ToString() != "Supported");
    }

    [Theory]
    // A head of state where a prime minister heads the government: no government of the facts.
    [InlineData("Emmanuel Macron, the head of government, met the unions.", "2019-01-01")]
    // Something else after "government".
    [InlineData("Tony Blair led the government's response in 2009.", "2021-01-01")]
    [InlineData("Tony Blair led the government bond sale in 2009.", "2021-01-01")]
    // A government of no country in the facts, and several governments.
    [InlineData("Tony Blair led the Bavarian government from 2010 to 2012.", "2021-01-01")]
    [InlineData("Süleyman Demirel headed seven governments.", "2021-01-01")]
    // No time for a possessive government.
    [InlineData("She served in Scholz's cabinet.", "2021-01-01")]
    public void Readings_the_facts_cannot_decide_stay_silent(string text, string asOf)
        => CheckAssert.NoAlarm(Starter, text, asOf);

    [Fact]
    public void A_users_own_vocabulary_marks_the_head_of_government()
    {
        var result = FactLoader.LoadText(new[]
        {
            ("mine/vocabulary.yaml", "properties:\n  premier: { kind: office, titles: [Premier], head_of_government: true }\n  governor: { kind: office, titles: [Governor], head_of_government: fallback }\n"),
            ("mine/land.yaml", """
                id: ostland
                type: country
                name: Ostland
                adjectives: [Ostlandic]
                facts:
                  premier:
                    - { value: ada-quill, from: 2020-01-01 }
                    - { value: bram-toller, from: 2010-01-01, to: 2020-01-01 }
                  governor:
                    - { value: cara-velt, from: 2010-01-01 }
                ---
                id: ada-quill
                type: person
                name: Ada Quill
                ---
                id: bram-toller
                type: person
                name: Bram Toller
                ---
                id: cara-velt
                type: person
                name: Cara Velt
                """),
        });
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var checker = new FactChecker(result.KnowledgeBase);
        var wrong = checker.Check(DocumentReader.Read("Cara Velt led the Ostlandic government from 2012 to 2015.\n", DocumentFormat.PlainText), FactDate.Parse("2025-03-07")).Findings;
        Assert.Contains(wrong, f => f.Rule == "role" && f.Verdict != Verdict.Supported && f.Message.Contains("Bram Toller", StringComparison.Ordinal));
        var right = checker.Check(DocumentReader.Read("Bram Toller led the Ostlandic government from 2010 to 2020.\n", DocumentFormat.PlainText), FactDate.Parse("2025-03-07"), new CheckOptions { IncludeSupported = true }).Findings;
        Assert.Contains(right, f => f.Rule == "role" && f.Verdict == Verdict.Supported);
    }

    [Theory]
    [InlineData("{ kind: office, titles: [Premier], head_of_government: sometimes }", "must be true, false or fallback")]
    [InlineData("{ kind: date, verbs: [crowned], head_of_government: true }", "applies to offices")]
    public void A_bad_head_of_government_is_an_error_with_its_place(string definition, string message)
    {
        var result = FactLoader.LoadText(new[] { ("mine/vocabulary.yaml", $"properties:\n  premier: {definition}\n") });
        var error = Assert.Single(result.Diagnostics, d => d.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal(2, error.Location.Line);
    }
}
