using FactBase.Checking;
using FactBase.Checking.Rules;

namespace FactBase.Tests.Checking;

/// <summary>The entity-name rule: misspellings of known names are flagged; names, variants and other words never are.</summary>
public sealed class MisspellingTests
{
    private const string AsOf = "2025-03-07";

    [Theory]
    [InlineData("Former NATO chief Jens Stoltenburg said the alliance must stay united.", "Stoltenburg", "Stoltenberg")]
    [InlineData("Vladmir Putin did not comment.", "Vladmir", "Vladimir")]
    [InlineData("Emmanuel Macorn did not comment.", "Macorn", "Macron")]
    [InlineData("Volodymyr Zelenskky did not comment.", "Zelenskky", "Zelenskyy")]
    [InlineData("NATO met in Brussels. The 75-year-old NATA will meet again.", "NATA", "NATO")]
    [InlineData("NATO met in Brussels. NATA allies will meet again.", "NATA", "NATO")]
    [InlineData("NATO met in Brussels. NATA Secretary General Mark Rutte spoke.", "NATA", "NATO")]
    [InlineData("Jens Stoltenberg spoke first. Later, Mr Stoltenbreg spoke again.", "Stoltenbreg", "Stoltenberg")]
    [InlineData("Jens Stoltenberg spoke first. Later, Secretary General Stoltenbreg spoke again.", "Stoltenbreg", "Stoltenberg")]
    [InlineData("Emmanuel Macron spoke first. The 45-year-old Macorn spoke again.", "Macorn", "Macron")]
    [InlineData("Swedish King Carl XVI Gustav opened the exhibition.", "Gustav", "Gustaf")]
    public void Misspelled_names_are_flagged_with_the_right_spelling(string text, string span, string suggestion)
        => CheckAssert.Single(TestKnowledgeBases.StarterChecker, text, AsOf, RuleCatalog.EntityName.Name, span, "misspelled", suggestion, suggestion);

    [Theory]
    [InlineData("The 75-year-old NATA met in Brussels.", "NATA")]
    [InlineData("The 75-year-old NAT0 met in Brussels.", "NAT0")]
    [InlineData("NAT0, founded in 1949, met in Brussels.", "NAT0")]
    public void An_acronym_misspelling_that_makes_a_claim_is_flagged_even_when_the_name_appears_nowhere_else(string text, string span)
    {
        var findings = CheckAssert.Findings(TestKnowledgeBases.StarterChecker, text, "2025-02-01");
        Assert.Contains(findings, f => f.Rule == RuleCatalog.EntityName.Name && f.Text == span && f.Suggestion == "NATO");
    }

    [Theory]
    [InlineData("The 75-year-old NATO met in Brussels.")]
    [InlineData("NATO, founded in 1949, met in Brussels.")]
    [InlineData("NATS met in Brussels. NAFO posted memes.")]
    [InlineData("The 75-year-old NASA met in Brussels. NAFTA, founded in 1994, was replaced.")]
    [InlineData("NATS controllers, founded in 1962, met in Brussels.")]
    [InlineData("The G7 and MH17 and F16 and COVID19 were discussed.")]
    public void Acronyms_that_make_no_claim_as_the_name_stay_silent_when_the_name_appears_nowhere(string text)
        => CheckAssert.None(TestKnowledgeBases.StarterChecker, text, "2025-02-01", RuleCatalog.EntityName.Name);

    [Fact]
    public void Reading_on_after_a_misspelling_still_checks_the_claim()
    {
        var findings = CheckAssert.Findings(TestKnowledgeBases.StarterChecker, "NATO met. The 76-year-old NATA met again.", AsOf);
        Assert.Contains(findings, f => f.Rule == RuleCatalog.EntityName.Name && f.Text == "NATA");
        Assert.Contains(findings, f => f.Rule == RuleCatalog.Age.Name && f.Text == "76" && f.Expected == "75");
    }

    [Theory]
    [InlineData("Nato officials, NASA engineers and NAFTA negotiators have little in common, said Natalia Kowalska of OTAN's Lisbon office.")]
    [InlineData("NATO met. NATS, the air traffic service, and NAFO, the online movement, are not NATO.")]
    [InlineData("NATO met. NATS controllers and NAFO fellas posted memes.")]
    [InlineData("NATO met. NATA is a word of no claim here.")]
    [InlineData("President Zelensky, Zelenskiy and Zelenskyy are all accepted spellings.")]
    [InlineData("Donald Trump spoke. The Trumps and the Bidens were there.")]
    [InlineData("Emmanuel Macron spoke. The Macrons were there.")]
    [InlineData("Trump met Trumps.")]
    [InlineData("Donald J. Trump and Joseph R. Biden Jr. met Mr Putin's envoy.")]
    [InlineData("The North Atlantic Treaty Organisation and the Atlantic Alliance met.")]
    [InlineData("Stoltenburg spoke.")]
    [InlineData("Natural gas, national parks, native plants, nations and notably Nature were discussed.")]
    [InlineData("Marks and Spencer, Markets, Mutts and Rotten tomatoes.")]
    [InlineData("The Secretary General met the Secretaries of State and Defense.")]
    [InlineData("Trumpet players and Putting greens.")]
    [InlineData("UNESCO, UNICEF, NASA, NAFTA, OPEC, ASEAN and the OSCE met.")]
    [InlineData("Germany voted. Germans and Swedes, like most Romans, distrust American and Russian polls.")]
    [InlineData("Viktor Yanukovych and Nicolas Sarkozy spoke. Victor Hugo and Nicholas Cage did not.")]
    [InlineData("David Cameron spoke. Cameroon and the Water Status Report were discussed.")]
    [InlineData("Magdalena Andersson met the author Ben Anderson. Later, Anderson spoke again.")]
    [InlineData("King Carl XVI Gustaf opened the exhibition on Swedish King Gustav Vasa.")] // another king's name: Gustav Vasa
    [InlineData("Swedish King Gustav Vasa was crowned in 1523.")]
    public void Names_variants_other_acronyms_and_ordinary_words_are_never_misspellings(string text)
        => CheckAssert.None(TestKnowledgeBases.StarterChecker, text, AsOf, RuleCatalog.EntityName.Name);

    [Theory]
    [InlineData("The weather in Brussels was mild on Thursday.")]
    [InlineData("Officials said talks would continue next week in Geneva.")]
    [InlineData("Sales rose 32 percent in 2024, the company said.")]
    [InlineData("He was born in a small town and founded a bakery in 1990.")]
    [InlineData("The 30-member choir sang at the 75th anniversary of the school.")]
    [InlineData("President Smith met Prime Minister Jones in 2019.")]
    public void Sentences_with_no_claims_raise_no_findings(string text)
        => CheckAssert.None(TestKnowledgeBases.StarterChecker, text, AsOf);
}
