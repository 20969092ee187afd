using FactBase.Checking;
using FactBase.Checking.Rules;

namespace FactBase.Tests.Checking;

/// <summary>
/// Choices that come before taking office (issue 15): "parliament confirmed X as prime minister", "the assembly elected the
/// economist X as", "X was named as", and titles after an occasion ("his last summit as secretary general"). The office may
/// be taken later, or the occasion lie ahead, so the role is only confirmed: reported when the facts support it, dropped
/// otherwise.
/// </summary>
public sealed class ChoiceReadingTests
{
    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    [Theory]
    [InlineData("The chamber confirmed Giorgia Meloni, 45, as Italy's prime minister after a long night.", "2022-10-25", "Giorgia Meloni, 45, as Italy's prime minister")]
    [InlineData("Lawmakers elected the former central banker Mario Draghi as prime minister of Italy.", "2021-02-20", "Mario Draghi as prime minister of Italy")]
    [InlineData("Giorgia Meloni was named as Italy's prime minister on Saturday.", "2022-10-23", "Giorgia Meloni was named as Italy's prime minister")]
    public void A_role_after_a_choice_is_confirmed_when_the_facts_hold_it(string text, string asOf, string span)
        => CheckAssert.Single(Starter, text, asOf, RuleCatalog.Role.Name, span, "supported");

    [Theory]
    // The same sentences before the office was taken, and a person the facts never give the office: only confirmed, so
    // dropped.
    [InlineData("The chamber confirmed Giorgia Meloni, 45, as Italy's prime minister after a long night.", "2022-10-15")]
    [InlineData("Lawmakers elected the former central banker Mario Draghi as prime minister of Italy.", "2019-02-20")]
    [InlineData("The chamber confirmed Emmanuel Macron as Italy's prime minister after a long night.", "2022-10-25")]
    public void A_choice_the_facts_do_not_hold_is_never_flagged(string text, string asOf)
        => CheckAssert.None(Starter, text, asOf, RuleCatalog.Role.Name);

    [Theory]
    [InlineData("Giorgia Meloni, 46, made her first visit as Italy's prime minister to Brussels.", "2022-11-03", "her first visit as Italy's prime minister", "supported")]
    [InlineData("Mario Draghi's final trip as prime minister took him to Kyiv.", "2022-06-16", "Mario Draghi's final trip as prime minister", "supported")]
    public void A_title_after_an_occasion_of_the_person_is_confirmed(string text, string asOf, string span, string verdict)
        => CheckAssert.Single(Starter, text, asOf, RuleCatalog.Role.Name, span, verdict);

    [Theory]
    // Not the holder then, two people before "her", a deputy's title: dropped or not read.
    [InlineData("Mario Draghi's final trip as prime minister took him to Kyiv.", "2023-06-16")]
    [InlineData("Giorgia Meloni met Mario Draghi before her first visit as Italy's prime minister.", "2022-11-03")]
    [InlineData("Giorgia Meloni, 46, made her first visit as Italy's deputy prime minister.", "2022-11-03")]
    public void An_occasion_the_facts_do_not_confirm_is_never_flagged(string text, string asOf)
        => CheckAssert.None(Starter, text, asOf, RuleCatalog.Role.Name);
}
