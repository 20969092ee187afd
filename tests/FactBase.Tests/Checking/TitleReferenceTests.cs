using FactBase.Checking;
using FactBase.Checking.Rules;

namespace FactBase.Tests.Checking;

/// <summary>
/// Back-references made of a title (issue 15): "the former Dutch prime minister" (a country's adjective narrows the title)
/// and "the new chancellor" among several chancellors named (the one in office at the article's date). The noun chose the
/// person, so the role is only ever confirmed; two people who fit keep it silent.
/// </summary>
public sealed class TitleReferenceTests
{
    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    [Fact]
    public void A_country_adjective_before_a_title_narrows_the_back_reference()
    {
        CheckAssert.Single(Starter, "Mark Rutte toured the harbour. The former Dutch prime minister then met the mayor.", "2025-02-01", RuleCatalog.Role.Name, "prime minister", "supported");

        // Rutte was never France's prime minister: nobody fits, nothing is read.
        CheckAssert.None(Starter, "Mark Rutte toured the harbour. The former French prime minister then met the mayor.", "2025-02-01", RuleCatalog.Role.Name);
    }

    [Fact]
    public void The_new_chancellor_among_several_named_is_the_one_in_office()
    {
        var text = "Olaf Scholz handed over to Friedrich Merz in Berlin.\n\nThe new chancellor travels to Warsaw and Paris this week.";
        CheckAssert.Single(Starter, text, "2025-05-08", RuleCatalog.Role.Name, "chancellor", "supported");
    }

    [Theory]
    // Both were chancellors before the article's date: "the former chancellor" may be either.
    [InlineData("Angela Merkel and Olaf Scholz sat in the front row.\n\nThe former chancellor left early.", "2025-05-08")]
    // Before Merz took office nobody named is the new chancellor.
    [InlineData("Angela Merkel and Friedrich Merz sat in the front row.\n\nThe new chancellor left early.", "2024-05-08")]
    public void A_title_back_reference_that_no_one_or_two_people_fit_stays_silent(string text, string asOf)
        => CheckAssert.None(Starter, text, asOf, RuleCatalog.Role.Name);
}
