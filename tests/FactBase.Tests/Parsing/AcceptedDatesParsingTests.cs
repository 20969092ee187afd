using FactBase.Diagnostics;
using FactBase.Model;
using FactBase.Parsing;

namespace FactBase.Tests.Parsing;

/// <summary>Facts that more than one date can rightly describe: <c>also</c>, <c>also_from</c>, <c>also_to</c> and <c>note</c>.</summary>
public sealed class AcceptedDatesParsingTests
{
    private const string Head = "id: acme\ntype: organization\nname: Acme\nfacts:\n";

    [Fact]
    public void A_single_date_carries_its_other_accepted_dates_and_note()
    {
        var fact = SingleFact("  ratified: { value: 1949-08-24, also: [1949-04-04, 1949-05], note: \"the signature\" }\n");

        Assert.Equal(FactDate.Parse("1949-08-24"), fact.Date);
        Assert.Equal(new[] { FactDate.Parse("1949-04-04"), FactDate.Parse("1949-05") }, fact.AlsoDates);
        Assert.Equal("the signature", fact.Note);
    }

    [Fact]
    public void One_other_date_may_be_written_without_a_list()
    {
        var fact = SingleFact("  ratified: { value: 1949-08-24, also: 1949-04-04 }\n");

        Assert.Equal(new[] { FactDate.Parse("1949-04-04") }, fact.AlsoDates);
        Assert.Null(fact.Note);
    }

    [Fact]
    public void A_period_carries_other_starts_and_ends_a_note_and_a_source_with_its_date()
    {
        var file = Parse(Head + """
              ceo:
                - value: jane-doe
                  from: 2020-02-01
                  also_from: [2020-01-15]
                  to: 2024-06-01
                  also_to: 2024-05-20
                  note: "appointed, and resignation announced"
                  source: { url: "https://example.org/ceo", retrieved: 2025-01-02 }
            """);

        Assert.Empty(file.Diagnostics);
        var entry = Assert.Single(Assert.Single(Assert.Single(file.Entities).Facts).Timeline);
        Assert.Equal(new[] { FactDate.Parse("2020-01-15") }, entry.AlsoFrom);
        Assert.Equal(new[] { FactDate.Parse("2024-05-20") }, entry.AlsoTo);
        Assert.Equal("appointed, and resignation announced", entry.Note);
        Assert.Equal("https://example.org/ceo", entry.Source);
        Assert.Equal(FactDate.Parse("2025-01-02"), entry.SourceRetrieved);
        Assert.True(entry.HasAlternatives);
    }

    [Theory]
    [InlineData("  ceo:\n    - { value: x, from: 2020-01-01, also_to: 2021-01-01 }\n", FactDiagnosticIds.MissingKey, "has no 'to'")]
    [InlineData("  ceo:\n    - { value: x, from: 2020-01-01, also_from: [2020-01-01] }\n", FactDiagnosticIds.InvalidValue, "repeats 2020-01-01")]
    [InlineData("  ceo:\n    - { value: x, from: 2020-01-01, also_from: [2021-06-01], to: 2021-01-01 }\n", FactDiagnosticIds.EndBeforeStart, "every end")]
    [InlineData("  ceo:\n    - { value: x, from: 2020-01-01, also_from: [2020-13-01] }\n", FactDiagnosticIds.BadDate, "not a date")]
    [InlineData("  ceo:\n    - { value: x, from: 2020-01-01, source: { retrieved: 2025-01-01 } }\n", FactDiagnosticIds.MissingKey, "'url'")]
    [InlineData("  ratified: { value: soon, also: [1949-04-04] }\n", FactDiagnosticIds.BadDate, "'value' must be one")]
    [InlineData("  ratified: { value: 1949-08-24, also: { a: b } }\n", FactDiagnosticIds.InvalidValue, "a list of dates")]
    [InlineData("  ratified: { value: 1949-08-24, when: 1949 }\n", FactDiagnosticIds.UnknownKey, "'when'")]
    public void Wrong_alternatives_are_reported_and_the_fact_left_out(string facts, string id, string words)
    {
        var file = Parse(Head + facts);

        var diagnostic = Assert.Single(file.Diagnostics, d => d.Id == id);
        Assert.Contains(words, diagnostic.Message);
        Assert.True(diagnostic.Location.Line > 4);
        if (id != FactDiagnosticIds.UnknownKey)
        {
            Assert.All(Assert.Single(file.Entities).Facts, f => Assert.Empty(f.Timeline));
        }
    }

    private static Fact SingleFact(string facts)
    {
        var file = Parse(Head + facts);
        Assert.Empty(file.Diagnostics);
        return Assert.Single(Assert.Single(file.Entities).Facts);
    }

    private static FactFile Parse(string text) => FactFileParser.Parse("test.yaml", text);
}
