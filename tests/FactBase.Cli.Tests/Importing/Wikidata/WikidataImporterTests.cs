using FactBase.Cli.Importing;
using FactBase.Cli.Importing.Wikidata;
using FactBase.Model;

namespace FactBase.Cli.Tests.Importing.Wikidata;

/// <summary>The mapping applied to real Wikidata entities: types, names, dates, ranks, positions, offices, memberships, ids.</summary>
public sealed class WikidataImporterTests
{
    private static readonly FactDate Retrieved = FactDate.Parse("2026-05-01");

    [Fact]
    public void A_person_gets_the_dates_and_names_of_the_mapping_and_a_source()
    {
        var (entities, _) = Import(WikidataMappingReader.Default, Fixtures.Adams);

        var adams = Assert.Single(entities);
        Assert.Equal(("Q42", "douglas-adams", EntityType.Person, "Douglas Adams"), (adams.Key, adams.Id, adams.Type, adams.Name));
        Assert.Equal(new[] { "Douglas Noël Adams", "Douglas Noel Adams", "Douglas N. Adams" }, adams.Aliases);
        Assert.Equal(FactDate.Parse("1952-03-11"), adams.Dates["born"]);
        Assert.Equal(FactDate.Parse("2001-05-11"), adams.Dates["died"]);
        Assert.Equal(new SourceReference("https://www.wikidata.org/wiki/Q42", Retrieved), adams.Source);
        Assert.Equal("people", adams.Folder);
    }

    [Fact]
    public void Of_two_copies_of_an_item_the_later_revision_is_used_whatever_the_order()
    {
        foreach (var order in new[] { new[] { Fixtures.Adams, Fixtures.Adams2015 }, new[] { Fixtures.Adams2015, Fixtures.Adams } })
        {
            var adams = Assert.Single(Import(WikidataMappingReader.Default, order).Entities);
            Assert.Contains("Douglas N. Adams", adams.Aliases); // only the 2025 copy has it
        }
    }

    [Fact]
    public void Positions_held_become_the_offices_of_the_country_the_mapping_names_without_acting_or_deprecated_ones()
    {
        var (entities, _) = Import(WikidataMappingReader.Default, Fixtures.Putin);

        var russia = entities.Single(e => e.Id == "russia");
        Assert.Equal(("Q159", EntityType.Country, "Russia"), (russia.Key, russia.Type, russia.Name));
        Assert.Equal(new[] { "Russian" }, russia.Adjectives);
        Assert.Equal(
            new[] { "2012-05-07..", "2000-05-07..2008-05-07" },
            russia.Timelines["president"].Select(p => $"{p.From}..{p.To}"));
        Assert.Equal(
            new[] { "2008-05-08..2012-05-07", "1999-08-16..2000-05-07" },
            russia.Timelines["prime_minister"].Select(p => $"{p.From}..{p.To}"));
        Assert.All(russia.Timelines.Values.SelectMany(t => t), p => Assert.Equal(("vladimir-putin", "https://www.wikidata.org/wiki/Q7747"), (p.Value, p.Source)));
        Assert.Equal(FactDate.Parse("1952-10-07"), entities.Single(e => e.Id == "vladimir-putin").Dates["born"]);
    }

    [Fact]
    public void Heads_of_state_follow_ranks_and_a_term_of_unknown_end_or_deprecated_is_left_out()
    {
        // France's presidents and the UK's prime ministers are in the dump as the countries' own P35 and P6; the persons
        // are not, so the mapping names them.
        var mapping = Fixtures.DefaultWithItems(
            "Q157: { id: francois-hollande, type: person, name: François Hollande }",
            "Q329: { id: nicolas-sarkozy, type: person, name: Nicolas Sarkozy }",
            "Q2038: { id: francois-mitterrand, type: person, name: François Mitterrand }",
            "Q192: { id: david-cameron, type: person, name: David Cameron }",
            "Q264766: { id: theresa-may, type: person, name: Theresa May }");
        var (entities, notes) = Import(mapping, Fixtures.Dump);

        // Hollande's preferred term ends at an "unknown value"; Sarkozy's is deprecated.
        var france = entities.Single(e => e.Id == "france").Timelines["president"];
        Assert.Equal(new[] { "francois-mitterrand 1981-05-21..1995-05-17" }, france.Select(p => $"{p.Value} {p.From}..{p.To}"));
        Assert.Contains(notes.Lines, l => l.StartsWith("1 statements left out because their end time (P582) is unknown or coarser than a year: Q142 P35 Q157", StringComparison.Ordinal));
        var uk = entities.Single(e => e.Id == "united-kingdom").Timelines["prime_minister"];
        Assert.Equal(new[] { "theresa-may 2016-07-13..", "david-cameron 2010-05-11..2016-07-12" }, uk.Select(p => $"{p.Value} {p.From}..{p.To}"));
        Assert.Equal("https://www.wikidata.org/wiki/Q145", uk[0].Source);
    }

    [Fact]
    public void Memberships_are_read_for_the_listed_organizations_from_their_members()
    {
        var (entities, notes) = Import(WikidataMappingReader.Default, Fixtures.Dump);

        var nato = entities.Single(e => e.Id == "nato");
        Assert.Equal(("Q7184", EntityType.Organization), (nato.Key, nato.Type));
        Assert.Equal(new[] { "belgium 1949-04-04", "france 1949-04-04", "united-kingdom 1949-04-04" }, nato.Timelines["members"].Select(p => $"{p.Value} {p.From}"));
        Assert.Equal(
            new[] { "france 1957-03-25", "belgium 1957-03-25", "united-kingdom 1973-01-01" }.Order(),
            entities.Single(e => e.Id == "eu").Timelines["members"].Select(p => $"{p.Value} {p.From}").Order());
        Assert.DoesNotContain(entities, e => e.Key == "Q8908"); // the Council of Europe is not listed in the default mapping
        Assert.True(notes.Count("statements left out because they name an item that is neither in the input nor in the mapping's items (or has no usable English name)") > 0);
    }

    [Fact]
    public void Types_come_from_instance_of_and_items_without_facts_are_not_imported()
    {
        var (entities, _) = Import(WikidataMappingReader.Default, Fixtures.Dump);

        Assert.Equal(EntityType.Country, entities.Single(e => e.Key == "Q31").Type);
        Assert.Equal(EntityType.Person, entities.Single(e => e.Key == "Q23").Type);
        var berlin = entities.Single(e => e.Key == "Q64");
        Assert.Equal((EntityType.Organization, FactDate.Parse("1237")), (berlin.Type, berlin.Dates["founded"]));
        Assert.DoesNotContain(entities, e => e.Key is "Q1" or "Q44"); // the universe and beer: no mapped facts
        Assert.False(entities.Single(e => e.Key == "Q31").Dates.ContainsKey("founded")); // inception is read for organizations only
    }

    [Fact]
    public void Names_that_are_no_names_and_surnames_alone_are_not_aliases()
    {
        var (entities, _) = Import(WikidataMappingReader.Default, Fixtures.Dump);

        Assert.Equal(new[] { "Kingdom of Belgium" }, entities.Single(e => e.Key == "Q31").Aliases); // not "be" or the flag
        Assert.DoesNotContain("Washington", entities.Single(e => e.Key == "Q23").Aliases);
        Assert.DoesNotContain("Beethoven", entities.Single(e => e.Key == "Q255").Aliases);
        Assert.Contains("L. van Beethoven", entities.Single(e => e.Key == "Q255").Aliases);
        Assert.DoesNotContain("Ludwig Van Beethoven", entities.Single(e => e.Key == "Q255").Aliases); // the name in other case
    }

    [Fact]
    public void Two_items_with_one_name_get_stable_distinct_ids_and_the_name_is_noted()
    {
        foreach (var order in new[] { new[] { Fixtures.Putin, Fixtures.PutinSenior }, new[] { Fixtures.PutinSenior, Fixtures.Putin } })
        {
            var (entities, notes) = Import(WikidataMappingReader.Default, order);
            Assert.Equal("vladimir-putin", entities.Single(e => e.Key == "Q7747").Id);
            Assert.Equal("vladimir-putin-q19300851", entities.Single(e => e.Key == "Q19300851").Id);
            Assert.Contains(notes.Lines, l => l.Contains("'Vladimir Putin' (Q19300851, Q7747)", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_preferred_unknown_date_outranks_a_normal_one()
    {
        // Q130234762's preferred date of birth is "unknown value"; its normal one, 2019, is not used, and it has no other fact.
        var (entities, notes) = Import(WikidataMappingReader.Default, Fixtures.Putin, Fixtures.PutinJunior);

        Assert.DoesNotContain(entities, e => e.Key == "Q130234762");
        Assert.Contains(notes.Lines, l => l.StartsWith("1 dates left out because the best-ranked statement says the value is unknown: Q130234762 P569", StringComparison.Ordinal));
    }

    [Fact]
    public void A_term_that_ends_before_it_starts_is_left_out_with_a_note()
    {
        // George Washington's P39 "Continental Army commander" (Q1115127) has a statement ending in 1788 that starts in 1798.
        var mapping = WikidataMappingReader.Default with
        {
            Positions = new Dictionary<string, PositionMapping>(WikidataMappingReader.Default.Positions) { ["Q1115127"] = new("Q30", "commander") },
        };
        var (entities, notes) = Import(mapping, Fixtures.Dump);

        var us = entities.Single(e => e.Id == "united-states");
        Assert.Equal(new[] { "1775-06-15..1788-12-23" }, us.Timelines["commander"].Select(p => $"{p.From}..{p.To}"));
        Assert.Contains(notes.Lines, l => l.StartsWith("1 statements left out because they end before they start: Q23 P39 Q1115127", StringComparison.Ordinal));
    }

    private static (IReadOnlyList<ImportedEntity> Entities, ImportNotes Notes) Import(WikidataMapping mapping, params string[] fixtures)
    {
        var importer = new WikidataImporter(mapping, Retrieved);
        var entities = importer.Import(fixtures.Select(Fixtures.PathOf).ToList());
        return (entities, importer.Notes);
    }
}
