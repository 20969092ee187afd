using FactBase.Checking;
using FactBase.Checking.Findings;
using FactBase.Checking.Rules;
using Xunit;

namespace FactBase.Tests.Checking;

/// <summary>A dated fact of a person the clause does not name: "Born in X on DATE, he ..." (the paragraph's one person) and
/// "The former banker, who was born in 1965, ..." (only confirmed: the description may be of someone else).</summary>
public sealed class UnnamedSubjectDateTests
{
    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    [Fact]
    public void An_opening_participle_with_a_pronoun_is_the_paragraphs_person()
        => DateVerdict("Rishi Sunak won the party vote on Monday. Born in Portsmouth, Hampshire, on 12 May 1980, he studied at Oxford.", "2022-10-25", "12 May 1980", Verdict.Supported);

    [Fact]
    public void A_wrong_date_in_the_same_phrasing_is_contradicted()
        => DateVerdict("Rishi Sunak won the party vote on Monday. Born in Portsmouth, Hampshire, on 12 May 1981, he studied at Oxford.", "2022-10-25", "12 May 1981", Verdict.Contradicted);

    [Fact]
    public void Two_people_in_the_paragraph_leave_the_pronoun_unread()
        => CheckAssert.None(Starter, "Rishi Sunak beat Boris Johnson on Monday. Born in Portsmouth on 12 May 1981, he studied at Oxford.", "2022-10-25", RuleCatalog.Date.Name);

    [Fact]
    public void A_description_opening_the_sentence_is_confirmed_for_the_person_whose_date_agrees()
        => DateVerdict("Mark Carney won the leadership on Sunday. The former banker, who was born in Ottawa in 1965, has never held office.", "2025-03-20", "1965", Verdict.Supported);

    [Fact]
    public void A_description_with_a_date_that_agrees_with_no_one_stays_silent()
        => CheckAssert.None(Starter, "Mark Carney won the leadership on Sunday. The former banker, who was born in Ottawa in 1966, has never held office.", "2025-03-20", RuleCatalog.Date.Name);

    [Fact]
    public void A_place_word_with_letters_outside_ASCII_is_not_taken_for_a_verb()
        => DateVerdict("Karol Nawrocki was born in Gdańsk in 1984.", "2025-08-07", "1984", Verdict.Contradicted);

    private static void DateVerdict(string text, string asOf, string span, Verdict verdict)
        => Assert.Equal(verdict, Assert.Single(CheckAssert.Findings(Starter, text, asOf), f => f.Rule == RuleCatalog.Date.Name && f.Text == span).Verdict);
}
