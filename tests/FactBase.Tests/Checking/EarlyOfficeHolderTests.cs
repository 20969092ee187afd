using FactBase.Checking;
using FactBase.Checking.Findings;
using FactBase.Checking.Rules;
using Xunit;

namespace FactBase.Tests.Checking;

/// <summary>
/// The starter timelines of the heads of state and government reach back to about 1980, so a title on an event of the
/// 1980s or 1990s is judged against the holder of that day; where the facts leave a gap (an acting holder, a name the
/// checker would confuse with namesakes) it stays silent.
/// </summary>
public sealed class EarlyOfficeHolderTests
{
    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    [Theory]
    [InlineData("Swedish Prime Minister Göran Persson opened the Baltic summit.", "Swedish Prime Minister Ingvar Carlsson opened the Baltic summit.", "1995-01-10", "Göran Persson", "Ingvar Carlsson")]
    [InlineData("Polish President Aleksander Kwaśniewski visited the Gdańsk shipyard.", "Polish President Lech Wałęsa visited the Gdańsk shipyard.", "1993-05-03", "Aleksander Kwaśniewski", "Lech Wałęsa")]
    [InlineData("Turkish Prime Minister Bülent Ecevit flew to Bonn for talks.", "Turkish Prime Minister Tansu Çiller flew to Bonn for talks.", "1994-03-02", "Bülent Ecevit", "Tansu Çiller")]
    [InlineData("Finnish President Martti Ahtisaari received the envoy in Helsinki.", "Finnish President Mauno Koivisto received the envoy in Helsinki.", "1990-11-20", "Martti Ahtisaari", "Mauno Koivisto")]
    [InlineData("Russian Prime Minister Mikhail Kasyanov announced the budget.", "Russian Prime Minister Viktor Chernomyrdin announced the budget.", "1995-06-01", "Mikhail Kasyanov", "Viktor Chernomyrdin")]
    [InlineData("Dutch Prime Minister Wim Kok chaired the cabinet.", "Dutch Prime Minister Ruud Lubbers chaired the cabinet.", "1988-02-15", "Wim Kok", "Ruud Lubbers")]
    public void A_title_on_an_event_of_the_1980s_or_1990s_is_checked_against_the_holder_of_that_day(string wrong, string right, string asOf, string span, string holder)
    {
        CheckAssert.Single(Starter, wrong, asOf, RuleCatalog.Role.Name, span, "contradicted", expected: holder, suggestion: holder);
        CheckAssert.NoAlarm(Starter, right, asOf);
        Assert.Contains(CheckAssert.Findings(Starter, right, asOf), f => f.Rule == RuleCatalog.Role.Name && f.Verdict == Verdict.Supported);
    }

    [Theory]
    // Gaidar only ever acted as prime minister; Kiriyenko acted for a month before the Duma confirmed him.
    [InlineData("Russian Prime Minister Yegor Gaidar met the bankers.", "1992-09-10")]
    [InlineData("Russian Prime Minister Sergei Kiriyenko met the bankers.", "1998-04-01")]
    // Chernomyrdin acted again for three weeks after Kiriyenko's dismissal; the facts leave those weeks out.
    [InlineData("Acting Prime Minister Viktor Chernomyrdin met the bankers.", "1998-09-01")]
    [InlineData("Yevgeny Primakov, who succeeded Sergei Kiriyenko as prime minister, met the bankers.", "1998-10-01")]
    // Yeltsin headed the Russian republic from May 1990, a year before the presidency was created.
    [InlineData("Russian President Boris Yeltsin met the bankers.", "1990-09-10")]
    // An acting head of government of Ukraine between two confirmed ones.
    [InlineData("Ukrainian Prime Minister Yukhym Zvyahilsky met the miners.", "1994-01-15")]
    // Canada's Joe Clark is left out of the facts: "Prime Minister Clark" is New Zealand's Helen Clark here.
    [InlineData("New Zealand Prime Minister Helen Clark arrived. Prime Minister Clark then spoke.", "2005-05-01")]
    public void An_acting_holder_or_a_holder_left_out_of_the_facts_raises_no_alarm(string text, string asOf)
        => CheckAssert.NoAlarm(Starter, text, asOf);
}
