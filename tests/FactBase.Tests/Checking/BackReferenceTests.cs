using FactBase.Checking;
using FactBase.Checking.Findings;
using FactBase.Checking.Rules;

namespace FactBase.Tests.Checking;

/// <summary>Back-references: a description or pronoun that stands for the one entity named earlier is checked like its
/// name; when several could be meant, or none was named, the checker stays silent.</summary>
public sealed class BackReferenceTests
{
    private const string AsOf = "2025-03-07";

    private static FactChecker Checker => TestKnowledgeBases.StarterChecker;

    [Theory]
    [InlineData("Sweden has joined NATO. The alliance, founded in 1948, now spans the Baltic.", "date", "1948", "1949")]
    [InlineData("The EU met in Brussels.\n\nThe bloc was founded in 1994, its leaders recalled.", "date", "1994", "1993")]
    [InlineData("Leaders gathered at the UN. The world body, founded in 1946, marked the day.", "date", "1946", "1945")]
    [InlineData("The EU met in Brussels. Its 26 members agreed a budget.", "count", "26", "27")]
    [InlineData("The EU met in Brussels. The union's 26 members agreed a budget.", "count", "26", "27")]
    [InlineData("Keir Starmer won the vote. The king asked the 63-year-old barrister to form a government.", "age", "63", "62")]
    [InlineData("Emmanuel Macron met Mark Rutte in Paris. The 48-year-old president said the talks went well.", "age", "48", "47")]
    [InlineData("Olaf Scholz spoke in Berlin. The 67-year-old former chancellor urged calm.", "age", "67", "66")]
    public void A_back_reference_to_an_entity_named_earlier_is_checked_as_that_entity(string text, string rule, string span, string expected)
    {
        var finding = CheckAssert.Single(Checker, text, AsOf, rule, span, "contradicted", expected, expected);
        Assert.NotEqual(Verdict.Supported, finding.Verdict);
    }

    [Theory]
    [InlineData("Sweden has joined NATO. The alliance, founded in 1949, now spans the Baltic.", "date", "1949")]
    [InlineData("The EU met in Brussels.\n\nThe bloc was founded in 1993, its leaders recalled.", "date", "1993")]
    [InlineData("Leaders gathered at the UN. The world body, founded in 1945, marked the day.", "date", "1945")]
    [InlineData("The EU met in Brussels. Its 27 members agreed a budget.", "count", "27")]
    [InlineData("The EU met in Brussels. The union's 27 members agreed a budget.", "count", "27")]
    [InlineData("Keir Starmer won the vote. The king asked the 62-year-old barrister to form a government.", "age", "62")]
    [InlineData("Emmanuel Macron met Mark Rutte in Paris. The 47-year-old president said the talks went well.", "age", "47")]
    [InlineData("Olaf Scholz spoke in Berlin. The 66-year-old former chancellor urged calm.", "age", "66")]
    public void The_true_twin_of_each_back_reference_is_supported(string text, string rule, string span)
        => CheckAssert.Single(Checker, text, AsOf, rule, span, "supported");

    [Theory]
    // Two entities fit: the nearest level with candidates decides, and two there mean silence.
    [InlineData("Finland joined NATO in 2023. Its 40 members met.")]
    [InlineData("Emmanuel Macron met Volodymyr Zelenskyy. The 30-year-old president spoke first.")]
    [InlineData("The British government said its 30 members were not told about NATO.")]
    // Nothing named before: no referent.
    [InlineData("The alliance, founded in 1948, met.")]
    [InlineData("Its 28 members agreed a budget.")]
    // A noun that is part of another name, or followed by the name or a role phrase.
    [InlineData("NATO met. The African Union, founded in 1999, also met.")]
    [InlineData("The EU met. The Soviet Union, a rival, had 15 members.")]
    [InlineData("The EU met. The customs union, founded in 1968, and the trade union's 30 members were discussed.")]
    [InlineData("Mark Rutte spoke. The president of the commission, 70, did not.")]
    [InlineData("The EU met. The union leader, 44, spoke to the 30 members of his union.")]
    public void An_ambiguous_or_unnamed_back_reference_stays_silent(string text)
        => CheckAssert.NoAlarm(Checker, text, AsOf);
}
