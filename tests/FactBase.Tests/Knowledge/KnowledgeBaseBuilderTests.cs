using FactBase.Diagnostics;
using FactBase.Knowledge;
using FactBase.Loading;
using FactBase.Model;

namespace FactBase.Tests.Knowledge;

/// <summary>What no single file can check: ids across files, references, overlaps, C# names, vocabulary.</summary>
public sealed class KnowledgeBaseBuilderTests
{
    private const string Vocabulary = """
        properties:
          founded: { kind: date, verbs: [founded], age: true }
          members: { kind: members, nouns: [member] }
          member_count: { kind: count, nouns: [member] }
          president: { kind: office, titles: [President] }
        """;

    [Fact]
    public void A_duplicate_id_across_files_is_FB0006_at_the_second_and_the_first_wins()
    {
        var result = Build(
            ("a.yaml", "id: nato\ntype: organization\nname: NATO\n"),
            ("b.yaml", "# comment\nid: nato\ntype: organization\nname: Other NATO\n"));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(FactDiagnosticIds.DuplicateId, diagnostic.Id);
        Assert.Equal(new SourceLocation("b.yaml", 2, 1), diagnostic.Location);
        Assert.Contains("a.yaml(1,1)", diagnostic.Message);
        Assert.Equal("NATO", result.KnowledgeBase["nato"].Name);
        Assert.Single(result.Entities);
    }

    [Fact]
    public void A_property_declared_twice_is_FB0006()
    {
        var result = Build(("v2.yaml", "properties:\n  founded: { kind: date }\n"));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(FactDiagnosticIds.DuplicateId, diagnostic.Id);
        Assert.Equal(new SourceLocation("v2.yaml", 2, 3), diagnostic.Location);
    }

    [Fact]
    public void A_dangling_reference_is_FB0007_at_the_period_and_the_period_is_dropped()
    {
        var result = Build(("x.yaml", """
            id: ruritania
            type: country
            name: Ruritania
            facts:
              president:
                - { value: rudolf, from: 2020-01-01 }
                - { value: flavia, from: 2010-01-01, to: 2020-01-01 }
            ---
            id: flavia
            type: person
            name: Flavia
            """));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(FactDiagnosticIds.DanglingReference, diagnostic.Id);
        Assert.Equal(new SourceLocation("x.yaml", 6, 7), diagnostic.Location);
        Assert.Contains("'rudolf'", diagnostic.Message);
        var period = Assert.Single(result.KnowledgeBase["ruritania"].GetFact("president")!.Timeline);
        Assert.Equal("flavia", period.Value);
    }

    [Fact]
    public void A_dangling_member_is_FB0007()
    {
        var result = Build(("x.yaml", "id: club\ntype: organization\nname: Club\nfacts:\n  members:\n    - { value: atlantis, from: 2000 }\n"));
        Assert.Equal(FactDiagnosticIds.DanglingReference, Assert.Single(result.Diagnostics).Id);
    }

    [Theory]
    [InlineData("2019-01-01", "2021-01-01", "2020-01-01", null)]
    [InlineData("2019-01-01", null, "2020-01-01", null)]
    [InlineData("2019-01-01", "2020-01-02", "2020-01-01", "2021-01-01")]
    [InlineData("2020", "2020-06-01", "2020-03-01", null)]
    public void Overlapping_periods_of_an_office_are_FB0008(string fromA, string? toA, string fromB, string? toB)
    {
        var result = Build(("x.yaml", Ruritania(("anna", fromA, toA), ("bert", fromB, toB))));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(FactDiagnosticIds.OverlappingPeriods, diagnostic.Id);
        Assert.Equal(new SourceLocation("x.yaml", 7, 7), diagnostic.Location);
        Assert.Contains("'anna'", diagnostic.Message);
    }

    [Theory]
    [InlineData("2019-01-01", "2020-01-01", "2020-01-01", null)]
    [InlineData("2019-01-01", "2019-06-01", "2020-01-01", null)]
    public void Adjacent_or_separate_periods_do_not_overlap(string fromA, string? toA, string fromB, string? toB)
        => Assert.Empty(Build(("x.yaml", Ruritania(("anna", fromA, toA), ("bert", fromB, toB)))).Diagnostics);

    [Fact]
    public void Members_overlap_freely_but_one_member_twice_at_once_is_FB0008()
    {
        var ok = Build(("x.yaml", "id: club\ntype: organization\nname: Club\nfacts:\n  members:\n    - { value: club, from: 2000 }\n    - { value: club2, from: 2000 }\n---\nid: club2\ntype: other\nname: Club 2\n"));
        Assert.Empty(ok.Diagnostics);

        var rejoined = Build(("x.yaml", "id: club\ntype: organization\nname: Club\nfacts:\n  members:\n    - { value: club, from: 2000, to: 2005 }\n    - { value: club, from: 2010 }\n"));
        Assert.Empty(rejoined.Diagnostics);
        Assert.Equal(2, rejoined.KnowledgeBase.GetEntityTimeline("club", "members").Periods.Count);

        var twice = Build(("x.yaml", "id: club\ntype: organization\nname: Club\nfacts:\n  members:\n    - { value: club, from: 2000 }\n    - { value: club, from: 2010 }\n"));
        Assert.Equal(FactDiagnosticIds.OverlappingPeriods, Assert.Single(twice.Diagnostics).Id);
    }

    [Fact]
    public void Overlapping_counts_are_FB0008_and_a_count_must_be_a_whole_number()
    {
        var result = Build(("x.yaml", "id: club\ntype: organization\nname: Club\nfacts:\n  member_count:\n    - { value: 3, from: 2000 }\n    - { value: 4, from: 2010 }\n    - { value: many, from: 2020 }\n"));
        Assert.Equal(new[] { FactDiagnosticIds.InvalidValue, FactDiagnosticIds.OverlappingPeriods }, result.Diagnostics.Select(d => d.Id).Order());
    }

    [Theory]
    [InlineData("nato-2", "nato2", "Nato2")]
    [InlineData("g-7", "g7", "G7")]
    [InlineData("a-b", "a--b", "AB")]
    public void Two_ids_with_one_CSharp_name_are_FB0010(string first, string second, string identifier)
    {
        var result = Build(("x.yaml", $"id: {first}\ntype: other\nname: A\n---\nid: {second}\ntype: other\nname: B\n"));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(FactDiagnosticIds.NameCollision, diagnostic.Id);
        Assert.Equal(new SourceLocation("x.yaml", 5, 1), diagnostic.Location);
        Assert.Contains($"'{identifier}'", diagnostic.Message);
        Assert.Equal(first, Assert.Single(result.Entities).Id);
    }

    [Theory]
    [InlineData("nato", "Nato")]
    [InlineData("mark-rutte", "MarkRutte")]
    [InlineData("secretary_general", "SecretaryGeneral")]
    [InlineData("1st-army", "_1stArmy")]
    [InlineData("north-macedonia", "NorthMacedonia")]
    public void Ids_map_to_CSharp_names(string id, string identifier) => Assert.Equal(identifier, FactNames.ToIdentifier(id));

    [Fact]
    public void An_undeclared_property_is_a_FB0011_warning_and_the_fact_is_kept()
    {
        var result = Build(("x.yaml", "id: x\ntype: other\nname: X\nfacts:\n  motto: Unity\n"));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(FactDiagnosticIds.UnknownProperty, diagnostic.Id);
        Assert.Equal(FactDiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(new SourceLocation("x.yaml", 5, 10), diagnostic.Location);
        Assert.False(result.HasErrors);
        Assert.Equal("Unity", result.KnowledgeBase["x"].GetFact("motto")!.Value);
    }

    [Theory]
    [InlineData("  founded: 1949-02-30\n", FactDiagnosticIds.BadDate, 5, 12)]
    [InlineData("  founded: April 1949\n", FactDiagnosticIds.BadDate, 5, 12)]
    [InlineData("  founded:\n    - { value: x, from: 1949 }\n", FactDiagnosticIds.BadDate, 6, 5)]
    [InlineData("  president: x\n", FactDiagnosticIds.InvalidValue, 5, 14)]
    [InlineData("  members: x\n", FactDiagnosticIds.InvalidValue, 5, 12)]
    public void A_fact_that_does_not_fit_its_kind_is_reported_and_dropped(string fact, string id, int line, int column)
    {
        var result = Build(("x.yaml", "id: x\ntype: other\nname: X\nfacts:\n" + fact));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(new SourceLocation("x.yaml", line, column), diagnostic.Location);
        Assert.Empty(result.KnowledgeBase["x"].Facts);
    }

    [Fact]
    public void The_files_own_diagnostics_come_first_and_broken_files_do_not_stop_the_others()
    {
        var result = Build(
            ("broken.yaml", "id: [\n"),
            ("good.yaml", "id: good\ntype: other\nname: Good\n"));

        Assert.Equal(FactDiagnosticIds.MalformedYaml, result.Diagnostics[0].Id);
        Assert.True(result.HasErrors);
        Assert.True(result.KnowledgeBase.TryGetEntity("good", out _));
    }

    [Fact]
    public void A_users_own_office_date_and_members_properties_work_like_the_built_in_ones()
    {
        var result = FactLoader.LoadText(new[]
        {
            ("mine/vocabulary.yaml", """
                properties:
                  incorporated: { kind: date, verbs: [incorporated], age: true }
                  ceo: { kind: office, titles: [CEO, chief executive] }
                  subsidiaries: { kind: members, nouns: [subsidiary] }
                """),
            ("mine/acme.yaml", """
                id: acme
                type: organization
                name: Acme
                facts:
                  incorporated: 1990-05-01
                  ceo:
                    - { value: jane-doe, from: 2021-01-01 }
                    - { value: john-roe, from: 2010-01-01, to: 2021-01-01 }
                  subsidiaries:
                    - { value: acme-labs, from: 2015-06-01 }
                ---
                id: acme-labs
                type: organization
                name: Acme Labs
                ---
                id: jane-doe
                type: person
                name: Jane Doe
                facts:
                  born: 1970-02-03
                ---
                id: john-roe
                type: person
                name: John Roe
                """),
        });

        // `born` is used but not declared by this knowledge base: a warning, nothing more.
        Assert.Equal(new[] { FactDiagnosticIds.UnknownProperty }, result.Diagnostics.Select(d => d.Id));
        var kb = result.KnowledgeBase;
        Assert.Equal(PropertyKind.Office, kb.FindProperty("ceo")!.Kind);
        Assert.Equal(FactDate.Parse("1990-05-01"), kb.GetDate("acme", "incorporated"));
        Assert.Equal("Jane Doe", kb.GetEntityTimeline("acme", "ceo").At(new DateOnly(2025, 3, 7)).Name);
        Assert.Equal("John Roe", kb.GetEntityTimeline("acme", "ceo").At(new DateOnly(2020, 12, 31)).Name);
        Assert.Equal("Acme Labs", Assert.Single(kb.GetEntityTimeline("acme", "subsidiaries").AllAt(new DateOnly(2016, 1, 1))).Name);
        var term = Assert.Single(kb.GetTermsOf("jane-doe"));
        Assert.Equal("acme", term.Organization.Id);
        Assert.Equal("ceo", term.Property.Name);
        Assert.True(term.Covers(FactDate.Parse("2025-03-07")));
    }

    [Fact]
    public void A_users_facts_merge_over_the_starter_knowledge_base()
    {
        var mine = FactLoader.LoadText(new[] { ("mine.yaml", "id: nato\ntype: organization\nname: NATO\naliases: [The Alliance]\n") }).KnowledgeBase;
        var merged = TestKnowledgeBases.Starter.Merge(mine);
        Assert.Equal(new[] { "The Alliance" }, merged["nato"].Aliases);
        Assert.True(merged.TryGetEntity("finland", out _));
        Assert.Equal(TestKnowledgeBases.Starter.Entities.Count, merged.Entities.Count);
    }

    [Fact]
    public void Every_fact_names_its_property_with_the_definitions_own_string_and_is_otherwise_unchanged()
    {
        // The checker finds facts by comparing property names; one shared string per property makes that a reference
        // comparison (issue 6). Parsing gives each fact its own copy, so the builder must swap them.
        var result = Build(
            ("a.yaml", "id: nato\ntype: organization\nname: NATO\nfacts:\n  founded: 1949-04-04\n  members:\n    - { value: norway, from: 1949-08-24 }\n---\nid: norway\ntype: country\nname: Norway\n"),
            ("b.yaml", "id: eu\ntype: organization\nname: EU\nfacts:\n  founded: 1993-11-01\n"));

        var definitions = result.KnowledgeBase.Properties.ToDictionary(p => p.Name);
        var facts = result.Entities.SelectMany(e => e.Facts).ToList();
        Assert.Equal(3, facts.Count);
        Assert.All(facts, f => Assert.Same(definitions[f.Property].Name, f.Property));
        Assert.Equal(new FactDate(1949, 4, 4), result.KnowledgeBase["nato"].GetFact("founded")!.Date);
        Assert.Equal("norway", Assert.Single(result.KnowledgeBase["nato"].GetFact("members")!.Timeline).Value);
        Assert.Empty(result.Diagnostics);
    }

    private static KnowledgeBaseBuildResult Build(params (string Path, string Text)[] files)
        => FactLoader.LoadText(new[] { ("vocabulary.yaml", Vocabulary) }.Concat(files));

    private static string Ruritania(params (string Value, string From, string? To)[] periods)
    {
        var text = "id: ruritania\ntype: country\nname: Ruritania\nfacts:\n  president:\n";
        foreach (var (value, from, to) in periods)
        {
            text += $"    - {{ value: {value}, from: {from}{(to is null ? string.Empty : ", to: " + to)} }}\n";
        }

        return text + "---\nid: anna\ntype: person\nname: Anna\n---\nid: bert\ntype: person\nname: Bert\n";
    }
}
