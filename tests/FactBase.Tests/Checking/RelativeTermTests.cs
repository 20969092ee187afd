using FactBase.Checking;
using FactBase.Checking.Findings;
using FactBase.Checking.Rules;
using Xunit;

namespace FactBase.Tests.Checking;

/// <summary>A relative clause that dates the office of the title before the name ("President X, who was elected in 2018"),
/// "has been" as a link to a title, and a year written alone for an election.</summary>
public sealed class RelativeTermTests
{
    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    [Theory]
    [InlineData("President Volodymyr Zelenskyy, who was elected in 2019, visited Paris.", "Volodymyr Zelenskyy, who was elected in 2019", Verdict.Supported)]
    [InlineData("President Volodymyr Zelenskyy, who was elected in 2018, visited Paris.", "Volodymyr Zelenskyy, who was elected in 2018", Verdict.Contradicted)]
    [InlineData("Chancellor Friedrich Merz, who has held the post since 2025, visited Paris.", "Friedrich Merz, who has held the post since 2025", Verdict.Supported)]
    [InlineData("Chancellor Friedrich Merz, who has held the post since 2024, visited Paris.", "Friedrich Merz, who has held the post since 2024", Verdict.Contradicted)]
    [InlineData("Sergio Mattarella, who has been president since 2015, visited Paris.", "Sergio Mattarella, who has been president since 2015", Verdict.Supported)]
    [InlineData("Sergio Mattarella, who has been president since 2013, visited Paris.", "Sergio Mattarella, who has been president since 2013", Verdict.Contradicted)]
    public void The_clause_dates_the_office(string text, string span, Verdict verdict)
        => Assert.Equal(verdict, Assert.Single(CheckAssert.Findings(Starter, text, "2025-07-15"), f => f.Rule == RuleCatalog.Role.Name && f.Text == span).Verdict);

    [Theory]
    [InlineData("President Volodymyr Zelenskyy, who was elected in 2014 to parliament, visited Paris.")]
    [InlineData("Former President Petro Poroshenko, who was elected in 2012, visited Paris.")]
    [InlineData("Chancellor Friedrich Merz, who had held the post since 2024, visited Paris.")]
    public void Another_office_or_another_time_stays_silent(string text)
        => CheckAssert.NoAlarm(Starter, text, "2025-07-15");

    [Fact]
    public void An_election_late_in_a_year_fits_a_term_that_began_early_the_next()
        => Assert.Equal(Verdict.Supported, Assert.Single(CheckAssert.Findings(Starter, "Joe Biden was elected president in 2020.", "2022-01-10"), f => f.Rule == RuleCatalog.Role.Name).Verdict);
}
