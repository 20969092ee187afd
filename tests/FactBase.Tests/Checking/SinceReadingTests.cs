using FactBase.Checking;
using FactBase.Checking.Findings;
using FactBase.Checking.Rules;
using Xunit;

namespace FactBase.Tests.Checking;

/// <summary>"X, &lt;title&gt; since &lt;year&gt;": wrong when the person's unbroken run in the office began after that year,
/// or when the year is the one after the run began and no term began in it (a slip of a year); a year further on is true as
/// far as it goes.</summary>
public sealed class SinceReadingTests
{
    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    [Theory]
    [InlineData("Mateusz Morawiecki, prime minister since 2015, lost a vote.", "2023-11-27", "Mateusz Morawiecki, prime minister since 2015")]
    [InlineData("Recep Tayyip Erdoğan, Turkey's president since 2003, signed the law.", "2024-01-25", "Recep Tayyip Erdoğan, Turkey's president since 2003")]
    [InlineData("Ursula von der Leyen, president of the European Commission since 2016, spoke.", "2023-05-02", "Ursula von der Leyen, president of the European Commission since 2016")]
    [InlineData("Mateusz Morawiecki, prime minister since 2018, lost a vote.", "2023-11-27", "Mateusz Morawiecki, prime minister since 2018")]
    [InlineData("Ursula von der Leyen, president of the European Commission since 2020, spoke.", "2023-05-02", "Ursula von der Leyen, president of the European Commission since 2020")]
    public void A_start_before_the_term_is_contradicted(string text, string asOf, string span)
    {
        var since = Assert.Single(CheckAssert.Findings(Starter, text, asOf), f => f.Rule == RuleCatalog.Role.Name && f.Text == span);
        Assert.Equal(Verdict.Contradicted, since.Verdict);
        Assert.Contains("not since", since.Message);
    }

    [Theory]
    [InlineData("Mateusz Morawiecki, prime minister since 2017, lost a vote.", "2023-11-27", "Mateusz Morawiecki, prime minister since 2017")]
    [InlineData("Recep Tayyip Erdoğan, Turkey's president since 2014, signed the law.", "2024-01-25", "Recep Tayyip Erdoğan, Turkey's president since 2014")]
    [InlineData("Recep Tayyip Erdoğan, Turkey's president since 2020, signed the law.", "2024-01-25", "Recep Tayyip Erdoğan, Turkey's president since 2020")]
    public void A_start_in_or_after_the_first_year_of_the_run_is_confirmed(string text, string asOf, string span)
        => Assert.Equal(Verdict.Supported, Assert.Single(CheckAssert.Findings(Starter, text, asOf), f => f.Rule == RuleCatalog.Role.Name && f.Text == span).Verdict);

    [Theory]
    [InlineData("Mateusz Morawiecki, prime minister since March, lost a vote.")]
    [InlineData("Mateusz Morawiecki, prime minister since the war began, lost a vote.")]
    public void A_since_without_a_year_stays_silent(string text)
        => CheckAssert.NoAlarm(Starter, text, "2023-11-27");

    [Theory]
    [InlineData("Sauli Niinistö spoke first. Mr Niinistö, Finland's president until last March, opened the exhibition.", "2025-02-01")]
    [InlineData("Mark Rutte, prime minister of the Netherlands until 2024, chaired the meeting.", "2025-02-01")]
    [InlineData("Olaf Scholz, chancellor till May, gave an interview.", "2025-09-01")]
    public void A_title_that_ended_is_not_read_as_held_now(string text, string asOf)
        => CheckAssert.NoAlarm(Starter, text, asOf);

    [Theory]
    [InlineData("Sauli Niinistö spoke first. Mr Niinistö, Finland's president, opened the exhibition.", "2025-02-01")]
    [InlineData("Olaf Scholz, chancellor, gave an interview.", "2025-09-01")]
    public void The_same_title_without_an_end_is_still_outdated(string text, string asOf)
        => Assert.Equal(Verdict.Outdated, Assert.Single(CheckAssert.Findings(Starter, text, asOf), f => f.Rule == RuleCatalog.Role.Name).Verdict);
}
