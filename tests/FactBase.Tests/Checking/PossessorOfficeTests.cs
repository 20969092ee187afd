using FactBase.Checking;
using FactBase.Checking.Rules;

namespace FactBase.Tests.Checking;

/// <summary>
/// An office named through the person it served ("X served as Chirac's prime minister", "Obama's secretary of state, X",
/// "his prime minister, X"): X held that office of the possessor's country while the possessor held theirs.
/// </summary>
public sealed class PossessorOfficeTests
{
    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    [Theory]
    [InlineData("Manuel Valls served as Sarkozy's prime minister before the crisis.", "2021-01-01", "Manuel Valls served as Sarkozy's prime minister")]
    [InlineData("Hillary Clinton, Trump's secretary of state, flew to Seoul.", "2021-01-01", "Hillary Clinton, Trump's secretary of state")]
    [InlineData("Nicolas Sarkozy won in 2007. His prime minister, Édouard Philippe, cut taxes.", "2021-01-01", "His prime minister, Édouard Philippe")]
    [InlineData("Friedrich Merz, Merkel's chancellor, spoke in Berlin.", "2026-01-01", "Friedrich Merz, Merkel's chancellor")]
    [InlineData("Mike Pompeo, who was Obama's secretary of state, wrote a book.", "2021-01-01", "Mike Pompeo, who was Obama's secretary of state")]
    [InlineData("Nicolas Sarkozy served as Chirac's prime minister for a while.", "2021-01-01", "Nicolas Sarkozy served as Chirac's prime minister")]
    public void A_holder_who_did_not_serve_the_possessor_is_contradicted(string text, string asOf, string span)
        => Assert.Contains(CheckAssert.Findings(Starter, text, asOf), f => f.Rule == RuleCatalog.Role.Name && f.Text == span && f.Verdict.ToString() == "Contradicted");

    [Theory]
    [InlineData("François Fillon served as Sarkozy's prime minister before the crisis.", "2021-01-01", "François Fillon served as Sarkozy's prime minister")]
    [InlineData("Rex Tillerson, Trump's secretary of state, flew to Seoul.", "2021-01-01", "Rex Tillerson, Trump's secretary of state")]
    [InlineData("Nicolas Sarkozy won in 2007. His prime minister, François Fillon, cut taxes.", "2021-01-01", "His prime minister, François Fillon")]
    [InlineData("Obama's secretary of state Hillary Clinton flew to Beijing.", "2021-01-01", "Obama's secretary of state Hillary Clinton")]
    [InlineData("John Kerry, who was Obama's secretary of state, wrote a book.", "2021-01-01", "John Kerry, who was Obama's secretary of state")]
    [InlineData("Alain Juppé served as Chirac's prime minister for a while.", "2021-01-01", "Alain Juppé served as Chirac's prime minister")]
    public void The_true_twin_is_supported(string text, string asOf, string span)
    {
        var findings = CheckAssert.Findings(Starter, text, asOf);
        Assert.Contains(findings, f => f.Rule == RuleCatalog.Role.Name && f.Text == span && f.Verdict.ToString() == "Supported");
        Assert.DoesNotContain(findings, f => f.Verdict.ToString() != "Supported");
    }

    [Fact]
    public void The_message_names_the_office_the_dates_and_the_holders_of_the_time()
    {
        var finding = CheckAssert.Findings(Starter, "Manuel Valls served as Sarkozy's prime minister before the crisis.", "2021-01-01").Single(f => f.Rule == RuleCatalog.Role.Name);
        Assert.Contains("Prime Minister of France from 31 March 2014", finding.Message);
        Assert.Contains("President of France (from 16 May 2007 to 15 May 2012)", finding.Message);
        Assert.Contains("François Fillon", finding.Message);
        Assert.Null(finding.Suggestion);
    }

    [Fact]
    public void The_possessors_own_term_in_the_office_is_not_one_they_were_served_in()
    {
        var finding = CheckAssert.Findings(Starter, "Nicolas Sarkozy served as Chirac's prime minister for a while.", "2021-01-01").Single(f => f.Rule == RuleCatalog.Role.Name);
        Assert.Contains("while Jacques Chirac was President of France (from 17 May 1995 to 16 May 2007), the office was held by Alain Juppé", finding.Message);
    }

    [Theory]
    // An office outside the facts.
    [InlineData("Olaf Scholz, Merkel's finance minister, spoke in Berlin.", "2020-01-01")]
    [InlineData("Rishi Sunak served as Johnson's chancellor before the contest.", "2023-01-01")]
    // Another office whose title begins the same.
    [InlineData("Olaf Scholz, Merkel's chancellor of the exchequer, spoke.", "2020-01-01")]
    // A handover: the terms touch.
    [InlineData("John Kerry, Trump's secretary of state, flew to Seoul.", "2021-01-01")]
    [InlineData("Olaf Scholz, Merkel's chancellor, spoke in Berlin.", "2022-01-01")]
    // The facts' timeline begins after the possessor's first term: an earlier holder may be missing.
    [InlineData("Jacques Chirac served as Giscard d'Estaing's prime minister for a while.", "2021-01-01")]
    public void Readings_the_facts_cannot_decide_stay_silent(string text, string asOf)
        => CheckAssert.NoAlarm(Starter, text, asOf);
}
