using FactBase.Cli.Importing.Wikidata;
using FactBase.Model;

namespace FactBase.Cli.Tests.Importing.Wikidata;

/// <summary>The mapping file: the documented default, and clear errors with line and column.</summary>
public sealed class WikidataMappingReaderTests
{
    [Fact]
    public void The_default_maps_the_properties_the_issue_names()
    {
        var mapping = WikidataMappingReader.Default;

        Assert.Equal(new[] { "en", "mul" }, mapping.Languages);
        Assert.Equal(("Q5", (EntityType?)EntityType.Person), mapping.Types[0]);
        Assert.Equal(new[] { "born", "died", "founded" }, new[] { "P569", "P570", "P571" }.Select(p => mapping.Dates[p].Property));
        Assert.Equal(new HashSet<EntityType> { EntityType.Organization }, mapping.Dates["P571"].Types);
        Assert.Equal("members", mapping.Memberships["P463"].Property);
        Assert.Equal(new PositionMapping("Q145", "prime_minister"), mapping.Positions["Q14211"]);
        Assert.Equal("monarch", mapping.Offices["P35"]["Q145"]);
        Assert.Equal("prime_minister", mapping.Offices["P6"]["Q145"]);
        Assert.Equal(new ItemMapping("united-kingdom", EntityType.Country, "United Kingdom", null, new[] { "British", "UK", "U.K." }), mapping.Items["Q145"] with { Adjectives = mapping.Items["Q145"].Adjectives!.ToArray() }, new ItemComparer());
    }

    [Fact]
    public void The_defaults_ids_and_offices_are_the_starter_knowledge_bases()
    {
        var starter = Loading.FactLoader.Load(new[] { Path.Combine(Cli.RepositoryRoot, "facts") });
        foreach (var item in WikidataMappingReader.Default.Items.Values)
        {
            Assert.True(starter.KnowledgeBase.TryGetEntity(item.Id, out var entity), item.Id);
            Assert.Equal(item.Type, entity!.Type);
        }

        var properties = starter.Properties.Select(p => p.Name).ToHashSet();
        var mapping = WikidataMappingReader.Default;
        Assert.All(mapping.Positions.Values.Select(p => p.Office).Concat(mapping.Offices.Values.SelectMany(o => o.Values)).Concat(mapping.Dates.Values.Select(d => d.Property)).Concat(mapping.Memberships.Values.Select(m => m.Property)), p => Assert.Contains(p, properties));
    }

    [Theory]
    [InlineData("colours: [red]\n", "(1,1): error: unknown key 'colours'")]
    [InlineData("types:\n  Q5: human\n", "(2,7): error: type 'human' is not person, country, organization, other or skip")]
    [InlineData("positions:\n  14211: { of: Q145, office: prime_minister }\n", "(2,3): error: '14211' is not a Wikidata item such as Q145")]
    [InlineData("positions:\n  Q14211: { of: Q145 }\n", "(2,11): error: a position needs 'office'")]
    [InlineData("dates:\n  P569: Born\n", "(2,9): error: 'Born' is not a FactBase property")]
    [InlineData("items:\n  Q1: { id: a }\n  Q2: { id: a }\n", "error: items Q1 and Q2 both have the id 'a'")]
    [InlineData("languages: [en\n", "error: malformed YAML")]
    public void A_bad_mapping_is_an_error_at_its_line_and_column(string text, string expected)
    {
        var error = Assert.Throws<WikidataImportException>(() => WikidataMappingReader.Parse("m.yaml", text));
        Assert.StartsWith("m.yaml", error.Message);
        Assert.Contains(expected, error.Message);
    }

    private sealed class ItemComparer : IEqualityComparer<ItemMapping>
    {
        public bool Equals(ItemMapping? x, ItemMapping? y)
            => x!.Id == y!.Id && x.Type == y.Type && x.Name == y.Name && (x.Adjectives ?? Array.Empty<string>()).SequenceEqual(y.Adjectives ?? Array.Empty<string>());

        public int GetHashCode(ItemMapping obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
