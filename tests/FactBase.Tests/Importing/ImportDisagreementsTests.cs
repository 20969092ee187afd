using FactBase.Diagnostics;
using FactBase.Importing;
using FactBase.Model;
using FactBase.Parsing;

namespace FactBase.Tests.Importing;

/// <summary>Where hand-written and imported facts about one entity disagree: one FB0015 warning per differing value.</summary>
public sealed class ImportDisagreementsTests
{
    private static readonly PropertyDefinition[] Vocabulary = FactFileParser.Parse("vocabulary.yaml", """
        properties:
          born: { kind: date, verbs: [born], age: true }
          members: { kind: members, nouns: [member] }
          president: { kind: office, titles: [President] }
        """).Properties.ToArray();

    [Theory]
    [InlineData("1952", "1952-10-07", false)]
    [InlineData("1952-10", "1952-10-07", false)]
    [InlineData("1952-10-07", "1952-10-07", false)]
    [InlineData("1952-10-07", "1952-10-08", true)]
    [InlineData("1952-11", "1952-10-07", true)]
    [InlineData("1953", "1952-10-07", true)]
    public void Dates_disagree_only_where_both_are_precise_enough_to_differ(string mine, string theirs, bool warned)
    {
        var warnings = Find(
            $"id: p\ntype: person\nname: P\nfacts:\n  born: {mine}\n",
            $"id: p\ntype: person\nname: P\nfacts:\n  born: {theirs}\n");
        Assert.Equal(warned, warnings.Count == 1);
        Assert.All(warnings, w => Assert.Equal(FactDiagnosticSeverity.Warning, w.Severity));
    }

    [Fact]
    public void Another_holder_in_the_same_years_and_other_dates_for_the_same_holder_are_reported_at_the_hand_written_period()
    {
        var warnings = Find(
            "id: r\ntype: country\nname: R\nfacts:\n  president:\n    - { value: carla, from: 2010-01-01 }\n    - { value: bert, from: 2000-01-01, to: 2010-01-01 }\n",
            "id: r\ntype: country\nname: R\nfacts:\n  president:\n    - { value: dora, from: 2012-01-01, source: https://example.org/dora }\n    - { value: bert, from: 2000-02-01, to: 2010-01-01, source: https://example.org/bert }\n    - { value: anna, from: 1990-01-01, to: 2000-01-01, source: https://example.org/anna }\n");

        Assert.Equal(2, warnings.Count);
        Assert.Contains("the imported file imported.yaml(6,7) has 'dora' from 2012-01-01, but here 'carla' holds it from 2010-01-01", warnings[0].Message);
        Assert.Equal(new SourceLocation("hand.yaml", 6, 7), warnings[0].Location);
        Assert.Contains("'bert' holds it from 2000-01-01 to 2010-01-01 here, but from 2000-02-01 to 2010-01-01", warnings[1].Message);
        Assert.Equal(new SourceLocation("hand.yaml", 7, 7), warnings[1].Location);
    }

    [Fact]
    public void A_member_missing_from_the_hand_written_list_or_joining_on_another_day_is_reported()
    {
        var warnings = Find(
            "id: l\ntype: organization\nname: L\nfacts:\n  members:\n    - { value: a, from: 1949-08-24 }\n    - { value: b, from: 1952-02-18 }\n",
            "id: l\ntype: organization\nname: L\nfacts:\n  members:\n    - { value: a, from: 1949-04-04, source: https://example.org/a }\n    - { value: b, from: 1952-02-18, source: https://example.org/b }\n    - { value: c, from: 1955-05-09, source: https://example.org/c }\n");

        Assert.Equal(2, warnings.Count);
        Assert.Contains("'a' is a member from 1949-08-24 here, but from 1949-04-04", warnings[0].Message);
        Assert.Contains("lists 'c' as a member from 1955-05-09, but the list here does not", warnings[1].Message);
    }

    [Fact]
    public void A_namesake_is_not_compared()
    {
        var hand = Parse("hand.yaml", "id: p\ntype: person\nname: P\nfacts:\n  born: 1952\n");
        var imported = Parse("imported.yaml", "id: p-q2\ntype: person\nname: P\nfacts:\n  born: 1911\n");
        Assert.Empty(ImportDisagreements.Find(new[] { new ImportOverride(imported, hand, SameId: false) }, Vocabulary));
    }

    private static List<FactDiagnostic> Find(string hand, string imported)
        => ImportDisagreements.Find(new[] { new ImportOverride(Parse("imported.yaml", imported), Parse("hand.yaml", hand)) }, Vocabulary).ToList();

    private static Entity Parse(string path, string yaml)
    {
        var file = FactFileParser.Parse(path, yaml);
        Assert.Empty(file.Diagnostics);
        return Assert.Single(file.Entities);
    }
}
