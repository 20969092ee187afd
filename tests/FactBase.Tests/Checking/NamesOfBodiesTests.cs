using FactBase.Checking;
using FactBase.Checking.Findings;
using FactBase.Checking.Rules;

namespace FactBase.Tests.Checking;

/// <summary>
/// A paragraph that names parties or a chamber by their form ("the Christian Democrats", "the conservative Moderates", "the
/// 349-seat Riksdag") names no person, so a description of the one person named before it still resolves ("The
/// 61-year-old former welder now has a week"). Each wrong age beside its true twin in the same words; a person's name the
/// facts do not know among the bodies keeps the description silent.
/// </summary>
public sealed class NamesOfBodiesTests
{
    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    private const string Vote = "Stefan Löfven lost the confidence vote on Monday.\n\n";

    private const string Description = "\n\nThe {0}-year-old former welder and union leader now has a week to decide.";

    [Theory]
    [InlineData(Vote + "The motion passed in the 349-seat Riksdag by a wide margin. The count took an hour. Rents were the issue." + Description)]
    [InlineData(Vote + "The motion was drafted over a week. It was backed by the conservative Moderates and the Christian Democrats. Rents were the issue." + Description)]
    [InlineData(Vote + "The motion was drafted over a week. It was backed by rebel Social Democrats after a row over rents. Few were surprised." + Description)]
    public void A_description_after_names_of_bodies_is_the_person_named_before(string template)
    {
        var wrong = Assert.Single(CheckAssert.Findings(Starter, string.Format(System.Globalization.CultureInfo.InvariantCulture, template, 61), "2021-06-21"), f => f.Rule == RuleCatalog.Age.Name);
        Assert.Equal(Verdict.Contradicted, wrong.Verdict);
        Assert.Equal("61", wrong.Text);
        Assert.Contains("Stefan Löfven is 63", wrong.Message, StringComparison.Ordinal);

        var right = Assert.Single(CheckAssert.Findings(Starter, string.Format(System.Globalization.CultureInfo.InvariantCulture, template, 63), "2021-06-21"), f => f.Rule == RuleCatalog.Age.Name);
        Assert.Equal(Verdict.Supported, right.Verdict);
    }

    [Theory]
    // A person the facts do not know beside the bodies; a name after a size that is no noun of a body ("the 61-year-old
    // Anna Berg" is a person); a singular party noun with a name ("Democrat Anna Berg").
    [InlineData(Vote + "The motion was drafted over a week. Anna Berg of the Christian Democrats tabled it. Few were surprised." + Description)]
    [InlineData(Vote + "The motion was drafted over a week. The 58-year-old Anna Berg tabled it. Few were surprised." + Description)]
    [InlineData(Vote + "The motion was drafted over a week. It was tabled by Democrat Anna Berg. Few were surprised." + Description)]
    public void A_person_named_among_the_bodies_keeps_the_description_silent(string template)
        => CheckAssert.None(Starter, string.Format(System.Globalization.CultureInfo.InvariantCulture, template, 61), "2021-06-21", RuleCatalog.Age.Name);
}
