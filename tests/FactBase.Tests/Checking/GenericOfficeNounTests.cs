using FactBase.Checking;
using FactBase.Checking.Rules;

namespace FactBase.Tests.Checking;

/// <summary>
/// An office told by a generic noun ("took up the post in 2009", "left the job in 2014", "X, who had held the office since
/// 1999,") stands for the office the sentence or paragraph names for the person, else the person's one office; and a
/// succession told in the passive ("X was succeeded by Y as secretary general in 2004") is Y taking over from X.
/// </summary>
public sealed class GenericOfficeNounTests
{
    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    [Theory]
    [InlineData("NATO wanted a calm chief. Jens Stoltenberg took up the post in 2013.", "2020-01-01", "Jens Stoltenberg took up the post in 2013")]
    [InlineData("NATO's secretary general is a Dane. Anders Fogh Rasmussen assumed the role in 2008.", "2012-01-01", "Anders Fogh Rasmussen assumed the role in 2008")]
    [InlineData("NATO's secretary general then changed. Anders Fogh Rasmussen left the job in 2013.", "2020-01-01", "Anders Fogh Rasmussen left the job in 2013")]
    [InlineData("The Dutch prime minister resigned. Mark Rutte, who had held the office since 2008, went to NATO.", "2024-07-05", "Mark Rutte, who had held the office since 2008")]
    [InlineData("Sweden's government fell. Stefan Löfven, who had held the office since 2013, resigned.", "2021-11-30", "Stefan Löfven, who had held the office since 2013")]
    [InlineData("NATO's secretary general spoke. Mark Rutte has held the position since 2023.", "2025-03-01", "Mark Rutte has held the position since 2023")]
    [InlineData("Jaap de Hoop Scheffer was succeeded by Anders Fogh Rasmussen as secretary general in 2010.", "2020-01-01", "Jaap de Hoop Scheffer was succeeded by Anders Fogh Rasmussen as secretary general in 2010")]
    [InlineData("Jaap de Hoop Scheffer was succeeded by Jens Stoltenberg, a Norwegian.", "2020-01-01", "Jaap de Hoop Scheffer was succeeded by Jens Stoltenberg")]
    [InlineData("Jens Stoltenberg, who was replaced by Mark Rutte in 2023, went home.", "2025-03-01", "Jens Stoltenberg, who was replaced by Mark Rutte in 2023")]
    [InlineData("David Cameron was replaced by Theresa May in 2015.", "2025-03-01", "David Cameron was replaced by Theresa May in 2015")]
    [InlineData("Rishi Sunak was replaced by Keir Starmer as prime minister in 2021.", "2025-03-01", "Rishi Sunak was replaced by Keir Starmer as prime minister in 2021")]
    public void A_wrong_claim_through_a_generic_noun_or_the_passive_is_flagged(string text, string asOf, string span)
        => Assert.Contains(CheckAssert.Findings(Starter, text, asOf), f => f.Rule == RuleCatalog.Role.Name && f.Text == span && f.Verdict.ToString() == "Contradicted");

    [Theory]
    [InlineData("NATO wanted a calm chief. Jens Stoltenberg took up the post in 2014.", "2020-01-01", "Jens Stoltenberg took up the post in 2014")]
    [InlineData("NATO's secretary general is a Dane. Anders Fogh Rasmussen assumed the role in 2009.", "2012-01-01", "Anders Fogh Rasmussen assumed the role in 2009")]
    [InlineData("NATO's secretary general then changed. Anders Fogh Rasmussen left the job in 2014.", "2020-01-01", "Anders Fogh Rasmussen left the job in 2014")]
    [InlineData("The Dutch prime minister resigned. Mark Rutte, who had held the office since 2010, went to NATO.", "2024-07-05", "Mark Rutte, who had held the office since 2010")]
    [InlineData("Sweden's government fell. Stefan Löfven, who had held the office since 2014, resigned.", "2021-11-30", "Stefan Löfven, who had held the office since 2014")]
    [InlineData("NATO's secretary general spoke. Mark Rutte has held the position since 2024.", "2025-03-01", "Mark Rutte has held the position since 2024")]
    [InlineData("Jaap de Hoop Scheffer was succeeded by Anders Fogh Rasmussen as secretary general in 2009.", "2020-01-01", "Jaap de Hoop Scheffer was succeeded by Anders Fogh Rasmussen as secretary general in 2009")]
    [InlineData("Jaap de Hoop Scheffer was succeeded by Anders Fogh Rasmussen, a Dane.", "2020-01-01", "Jaap de Hoop Scheffer was succeeded by Anders Fogh Rasmussen")]
    [InlineData("Jens Stoltenberg, who was replaced by Mark Rutte in 2024, went home.", "2025-03-01", "Jens Stoltenberg, who was replaced by Mark Rutte in 2024")]
    [InlineData("David Cameron was replaced by Theresa May in 2016.", "2025-03-01", "David Cameron was replaced by Theresa May in 2016")]
    [InlineData("Rishi Sunak was replaced by Keir Starmer as prime minister in 2024.", "2025-03-01", "Rishi Sunak was replaced by Keir Starmer as prime minister in 2024")]
    public void The_true_twin_is_supported(string text, string asOf, string span)
    {
        var findings = CheckAssert.Findings(Starter, text, asOf);
        Assert.Contains(findings, f => f.Rule == RuleCatalog.Role.Name && f.Text == span && f.Verdict.ToString() == "Supported");
        Assert.DoesNotContain(findings, f => f.Verdict.ToString() != "Supported");
    }

    [Theory]
    // Two offices of the person and none named: which post is not said.
    [InlineData("Mark Rutte took up the post in 2012.", "2025-03-01")]
    [InlineData("Mark Rutte left the job in 2019.", "2025-03-01")]
    // "the post" of an office named before that the facts do not list: the person's one office is no answer.
    [InlineData("Britain has a new foreign secretary. David Cameron took up the post in 2023.", "2024-01-01")]
    [InlineData("Britain's foreign secretary changed. David Cameron left the job in 2024.", "2024-12-01")]
    // Two offices named in the paragraph for the person.
    [InlineData("Mark Rutte was Dutch prime minister before he became NATO secretary general. He took up the post in 2012.", "2025-03-01")]
    // Another post after the date, and a title of another body in the passive.
    [InlineData("NATO's secretary general spoke. Jens Stoltenberg took up the post in 2012 as party leader.", "2020-01-01")]
    [InlineData("Jens Stoltenberg was replaced by Mark Rutte as party leader in 2010.", "2025-03-01")]
    // The passive going on with a place or a ranking.
    [InlineData("Jens Stoltenberg was replaced by Jaap de Hoop Scheffer in the poll.", "2025-03-01")]
    // A post to come.
    [InlineData("NATO's secretary general spoke. Mark Rutte will take up the post in 2023.", "2022-03-01")]
    public void Readings_the_facts_cannot_decide_stay_silent(string text, string asOf)
        => CheckAssert.NoAlarm(Starter, text, asOf);
}
