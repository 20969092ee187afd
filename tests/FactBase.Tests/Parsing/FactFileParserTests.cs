using System.Text;
using FactBase.Diagnostics;
using FactBase.Model;
using FactBase.Parsing;

namespace FactBase.Tests.Parsing;

public sealed class FactFileParserTests
{
    private const string Nato = """
        # yaml-language-server: $schema=../factbase.schema.json
        id: nato
        type: organization
        name: NATO
        aliases: [Nato, OTAN]
        adjectives: []
        sources:
          - url: https://www.nato.int/
            retrieved: 2025-03-01
          - https://en.wikipedia.org/wiki/NATO
        facts:
          founded: 1949-04-04
          secretary_general:
            - { value: mark-rutte, from: 2024-10-01 }
            - { value: jens-stoltenberg, from: 2014-10-01, to: 2024-10-01, source: https://www.nato.int/sg }
        """;

    [Fact]
    public void Parses_an_entity_with_every_key()
    {
        var file = Parse(Nato);

        Assert.Empty(file.Diagnostics);
        var nato = Assert.Single(file.Entities);
        Assert.Equal("nato", nato.Id);
        Assert.Equal(EntityType.Organization, nato.Type);
        Assert.Equal("NATO", nato.Name);
        Assert.Equal(new[] { "Nato", "OTAN" }, nato.Aliases);
        Assert.Empty(nato.Adjectives);
        Assert.Equal(new SourceReference("https://www.nato.int/", FactDate.Parse("2025-03-01")), nato.Sources[0]);
        Assert.Equal(new SourceReference("https://en.wikipedia.org/wiki/NATO", null), nato.Sources[1]);
        Assert.Equal(new SourceLocation("test.yaml", 2, 1), nato.Location);

        var founded = nato.GetFact("founded")!;
        Assert.False(founded.IsTimeline);
        Assert.Equal(FactDate.Parse("1949-04-04"), founded.Date);
        Assert.Equal(new SourceLocation("test.yaml", 12, 12), founded.Location);

        var sg = nato.GetFact("secretary_general")!;
        Assert.True(sg.IsTimeline);
        Assert.Equal(2, sg.Timeline.Count);
        Assert.Equal(new TimelineEntry("mark-rutte", FactDate.Parse("2024-10-01"), null, null, new SourceLocation("test.yaml", 14, 7)), sg.Timeline[0]);
        Assert.Equal(FactDate.Parse("2024-10-01"), sg.Timeline[1].To);
        Assert.Equal("https://www.nato.int/sg", sg.Timeline[1].Source);
    }

    [Theory]
    [InlineData("1949", DatePrecision.Year)]
    [InlineData("1949-04", DatePrecision.Month)]
    [InlineData("1949-04-04", DatePrecision.Day)]
    [InlineData("\"1949-04-04\"", DatePrecision.Day)]
    public void Keeps_the_precision_of_dates_in_files(string written, DatePrecision precision)
    {
        var file = Parse($"id: x\ntype: other\nname: X\nfacts:\n  founded: {written}\n  members:\n    - {{ value: y, from: {written} }}\n");

        Assert.Empty(file.Diagnostics);
        var entity = Assert.Single(file.Entities);
        Assert.Equal(precision, entity.GetFact("founded")!.Date!.Value.Precision);
        Assert.Equal(precision, entity.GetFact("members")!.Timeline[0].From.Precision);
    }

    [Theory]
    [InlineData("1949-02-30")]
    [InlineData("1949-13")]
    [InlineData("April 1949")]
    public void A_bad_date_in_a_period_is_FB0005_at_the_date(string written)
    {
        var file = Parse($"id: x\ntype: other\nname: X\nfacts:\n  members:\n    - {{ value: y, from: {written} }}\n");

        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal(FactDiagnosticIds.BadDate, diagnostic.Id);
        Assert.Equal(FactDiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(new SourceLocation("test.yaml", 6, 25), diagnostic.Location);
        Assert.Contains(written, diagnostic.Message);

        // The broken period is left out; the entity itself is kept.
        Assert.Empty(Assert.Single(file.Entities).GetFact("members")!.Timeline);
    }

    [Fact]
    public void A_bad_retrieved_date_is_FB0005()
    {
        var file = Parse("id: x\ntype: other\nname: X\nsources:\n  - { url: https://example.org, retrieved: 2025-02-30 }\n");
        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal(FactDiagnosticIds.BadDate, diagnostic.Id);
        Assert.Equal(5, diagnostic.Location.Line);
    }

    [Fact]
    public void Several_documents_separated_by_dashes_give_several_entities_in_order()
    {
        var file = Parse("""
            # yaml-language-server: $schema=../factbase.schema.json
            ---
            id: finland
            type: country
            name: Finland
            ---
            id: sweden
            type: country
            name: Sweden
            ---
            id: alexander-stubb
            type: person
            name: Alexander Stubb
            facts:
              born: 1968-04-01
            """);

        Assert.Empty(file.Diagnostics);
        Assert.Equal(new[] { "finland", "sweden", "alexander-stubb" }, file.Entities.Select(e => e.Id));
        Assert.Equal(new[] { 3, 7, 11 }, file.Entities.Select(e => e.Location.Line));
        Assert.Equal(EntityType.Person, file.Entities[2].Type);
    }

    [Fact]
    public void Empty_documents_and_empty_files_are_ignored()
    {
        Assert.Empty(Parse(string.Empty).Diagnostics);
        var file = Parse("# only a comment\n---\n---\nid: x\ntype: other\nname: X\n---\n");
        Assert.Empty(file.Diagnostics);
        Assert.Single(file.Entities);
    }

    [Fact]
    public void Parses_a_vocabulary_document()
    {
        var file = Parse("""
            properties:
              founded: { kind: date, verbs: [founded, established], age: true, nouns: [anniversary] }
              members: { kind: members, nouns: [member, ally], verbs: [joined] }
              member_count: { kind: count, nouns: [member] }
              ceo:
                kind: office
                titles: [CEO, chief executive]
              motto: { kind: text }
            """);

        Assert.Empty(file.Diagnostics);
        Assert.Empty(file.Entities);
        Assert.Equal(new[] { "founded", "members", "member_count", "ceo", "motto" }, file.Properties.Select(p => p.Name));
        Assert.Equal(
            new[] { PropertyKind.Date, PropertyKind.Members, PropertyKind.Count, PropertyKind.Office, PropertyKind.Text },
            file.Properties.Select(p => p.Kind));
        var founded = file.Properties[0];
        Assert.True(founded.Age);
        Assert.Equal(new[] { "founded", "established" }, founded.Verbs);
        Assert.Equal(new[] { "anniversary" }, founded.Nouns);
        Assert.False(file.Properties[1].Age);
        Assert.Equal(new[] { "CEO", "chief executive" }, file.Properties[3].Titles);
        Assert.Equal(new SourceLocation("test.yaml", 5, 3), file.Properties[3].Location);
    }

    [Fact]
    public void A_file_may_mix_vocabulary_and_entities()
    {
        var file = Parse("properties:\n  ceo: { kind: office, titles: [CEO] }\n---\nid: acme\ntype: organization\nname: Acme\nfacts:\n  ceo:\n    - { value: jane-doe, from: 2020-01-01 }\n");
        Assert.Empty(file.Diagnostics);
        Assert.Equal("ceo", Assert.Single(file.Properties).Name);
        Assert.Equal("acme", Assert.Single(file.Entities).Id);
    }

    [Theory]
    [InlineData("properties:\n  ceo: { kind: person }\n", FactDiagnosticIds.InvalidValue, 2, 16)]
    [InlineData("properties:\n  ceo: { titles: [CEO] }\n", FactDiagnosticIds.MissingKey, 2, 8)]
    [InlineData("properties:\n  ceo: { kind: office, plural: CEOs }\n", FactDiagnosticIds.UnknownKey, 2, 24)]
    [InlineData("properties:\n  Ceo: { kind: office }\n", FactDiagnosticIds.InvalidValue, 2, 3)]
    [InlineData("properties:\n  ceo: { kind: date, age: maybe }\n", FactDiagnosticIds.InvalidValue, 2, 27)]
    [InlineData("properties:\n  ceo: office\n", FactDiagnosticIds.InvalidValue, 2, 8)]
    [InlineData("properties: [ceo]\n", FactDiagnosticIds.InvalidValue, 1, 13)]
    [InlineData("properties: {}\nextra: 1\n", FactDiagnosticIds.UnknownKey, 2, 1)]
    public void Vocabulary_mistakes_are_located(string text, string id, int line, int column)
    {
        var diagnostic = Assert.Single(Parse(text).Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(new SourceLocation("test.yaml", line, column), diagnostic.Location);
    }

    [Fact]
    public void An_unknown_key_is_FB0002_at_the_key()
    {
        var file = Parse("id: nato\ntype: organization\nname: NATO\ncolour: blue\n");

        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal(FactDiagnosticIds.UnknownKey, diagnostic.Id);
        Assert.Equal(new SourceLocation("test.yaml", 4, 1), diagnostic.Location);
        Assert.Contains("'colour'", diagnostic.Message);
        Assert.Equal("test.yaml(4,1): error FB0002: " + diagnostic.Message, diagnostic.ToString());

        // An unknown key does not cost the entity.
        Assert.Single(file.Entities);
    }

    [Theory]
    [InlineData("    - { value: y, from: 2020-01-01, until: 2021-01-01 }\n", 6, 37)]
    [InlineData("    - value: y\n      from: 2020\n      untill: 2021\n", 8, 7)]
    public void An_unknown_key_in_a_period_is_FB0002_at_the_key(string period, int line, int column)
    {
        var diagnostic = Assert.Single(Parse("id: x\ntype: other\nname: X\nfacts:\n  members:\n" + period).Diagnostics);
        Assert.Equal(FactDiagnosticIds.UnknownKey, diagnostic.Id);
        Assert.Equal(new SourceLocation("test.yaml", line, column), diagnostic.Location);
    }

    [Fact]
    public void An_unknown_key_in_a_source_is_FB0002()
    {
        var diagnostic = Assert.Single(Parse("id: x\ntype: other\nname: X\nsources:\n  - { url: https://example.org, title: Example }\n").Diagnostics);
        Assert.Equal(FactDiagnosticIds.UnknownKey, diagnostic.Id);
        Assert.Equal(new SourceLocation("test.yaml", 5, 33), diagnostic.Location);
    }

    [Theory]
    [InlineData("type: other\nname: X\n", "'id'")]
    [InlineData("id: x\nname: X\n", "'type'")]
    [InlineData("id: x\ntype: other\n", "'name'")]
    [InlineData("id: x\ntype: other\nname:\n", "'name'")]
    public void A_missing_required_key_is_FB0003_and_the_entity_is_left_out(string text, string key)
    {
        var file = Parse(text);
        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal(FactDiagnosticIds.MissingKey, diagnostic.Id);
        Assert.Contains(key, diagnostic.Message);
        Assert.Equal(new SourceLocation("test.yaml", 1, 1), diagnostic.Location);
        Assert.Empty(file.Entities);
    }

    [Fact]
    public void A_period_without_value_or_from_is_FB0003()
    {
        var file = Parse("id: x\ntype: other\nname: X\nfacts:\n  members:\n    - { from: 2020 }\n    - { value: y }\n    - { value: z, from: 2021 }\n");
        Assert.Equal(new[] { FactDiagnosticIds.MissingKey, FactDiagnosticIds.MissingKey }, file.Diagnostics.Select(d => d.Id));
        Assert.Equal(new[] { 6, 7 }, file.Diagnostics.Select(d => d.Location.Line));
        Assert.Equal("z", Assert.Single(Assert.Single(file.Entities).GetFact("members")!.Timeline).Value);
    }

    [Theory]
    [InlineData("2020-01-01", "2019-12-31")]
    [InlineData("2020-01-01", "2020-01-01")]
    [InlineData("2020", "2020-01-01")]
    public void To_on_or_before_from_is_FB0009_at_to(string from, string to)
    {
        var file = Parse($"id: x\ntype: other\nname: X\nfacts:\n  president:\n    - {{ value: y, from: {from}, to: {to} }}\n");
        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal(FactDiagnosticIds.EndBeforeStart, diagnostic.Id);
        Assert.Equal(6, diagnostic.Location.Line);
        Assert.Equal(31 + from.Length, diagnostic.Location.Column);
        Assert.Empty(Assert.Single(file.Entities).GetFact("president")!.Timeline);
    }

    [Fact]
    public void An_empty_to_means_still_holds()
    {
        var file = Parse("id: x\ntype: other\nname: X\nfacts:\n  president:\n    - { value: y, from: 2020, to: ~ }\n    - { value: z, from: 2019, to: }\n");
        Assert.Empty(file.Diagnostics);
        Assert.All(Assert.Single(file.Entities).GetFact("president")!.Timeline, e => Assert.Null(e.To));
    }

    [Theory]
    [InlineData("id: Nato\ntype: other\nname: X\n", 1, 5)]
    [InlineData("id: -nato\ntype: other\nname: X\n", 1, 5)]
    [InlineData("id: nato_2\ntype: other\nname: X\n", 1, 5)]
    [InlineData("id: x\ntype: planet\nname: X\n", 2, 7)]
    [InlineData("id: x\ntype: other\nname: X\naliases: Nato\n", 4, 10)]
    [InlineData("id: x\ntype: other\nname: X\naliases: [Nato, '']\n", 4, 17)]
    [InlineData("id: x\ntype: other\nname: [X]\n", 3, 7)]
    [InlineData("id: x\ntype: other\nname: X\nfacts: [founded]\n", 4, 8)]
    [InlineData("id: x\ntype: other\nname: X\nfacts:\n  Founded: 1949\n", 5, 3)]
    [InlineData("id: x\ntype: other\nname: X\nfacts:\n  founded:\n", 5, 3)]
    [InlineData("id: x\ntype: other\nname: X\nfacts:\n  members: [y]\n", 5, 13)]
    [InlineData("id: x\ntype: other\nname: X\nsources: https://example.org\n", 4, 10)]
    [InlineData("- a list\n- is not an entity\n", 1, 1)]
    [InlineData("just a scalar\n", 1, 1)]
    public void A_value_of_the_wrong_shape_is_FB0004(string text, int line, int column)
    {
        var diagnostic = Assert.Single(Parse(text).Diagnostics);
        Assert.Equal(FactDiagnosticIds.InvalidValue, diagnostic.Id);
        Assert.Equal(new SourceLocation("test.yaml", line, column), diagnostic.Location);
    }

    [Fact]
    public void A_property_given_twice_is_reported()
    {
        var diagnostic = Assert.Single(Parse("id: x\ntype: other\nname: X\nfacts:\n  founded: 1949\n  founded: 1950\n").Diagnostics);
        Assert.Equal(FactDiagnosticIds.DuplicateId, diagnostic.Id);
        Assert.Equal(new SourceLocation("test.yaml", 6, 3), diagnostic.Location);
    }

    [Fact]
    public void Malformed_yaml_is_FB0001_on_the_line_of_the_mistake()
    {
        var file = Parse("id: nato\ntype: organization\nname: NATO\nfacts:\n  founded: 1949-04-04\n   born: 1950\n");

        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal(FactDiagnosticIds.MalformedYaml, diagnostic.Id);
        Assert.Equal(6, diagnostic.Location.Line);
        Assert.StartsWith("malformed YAML: ", diagnostic.Message);
        Assert.DoesNotContain("(Line", diagnostic.Message);
    }

    [Fact]
    public void Documents_before_a_malformed_one_are_kept()
    {
        var file = Parse("id: a\ntype: other\nname: A\n---\nid: b\ntype: [other\nname: B\n");
        Assert.Equal("a", Assert.Single(file.Entities).Id);
        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal(FactDiagnosticIds.MalformedYaml, diagnostic.Id);
        Assert.True(diagnostic.Location.Line >= 6, diagnostic.ToString());
    }

    [Fact]
    public void An_alias_without_anchor_is_FB0001_at_the_alias()
    {
        var file = Parse("id: x\ntype: other\nname: *missing\n");
        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal(FactDiagnosticIds.MalformedYaml, diagnostic.Id);
        Assert.Equal(new SourceLocation("test.yaml", 3, 7), diagnostic.Location);
        Assert.Contains("*missing", diagnostic.Message);
        Assert.Empty(file.Entities);
    }

    [Fact]
    public void An_alias_with_its_anchor_resolves()
    {
        var file = Parse("id: x\ntype: other\nname: &n Xavier\naliases: [*n]\n");
        Assert.Empty(file.Diagnostics);
        Assert.Equal(new[] { "Xavier" }, Assert.Single(file.Entities).Aliases);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(10_000)]
    public void Deep_nesting_is_FB0013_not_a_stack_overflow(int depth)
    {
        var text = "id: x\ntype: other\nname: X\nfacts:\n  deep: " + new string('[', depth) + new string(']', depth) + "\n";
        var diagnostic = Assert.Single(Parse(text).Diagnostics);
        Assert.Equal(FactDiagnosticIds.LimitExceeded, diagnostic.Id);
        Assert.Equal(5, diagnostic.Location.Line);
        Assert.Contains("nesting", diagnostic.Message);
    }

    [Fact]
    public void Nesting_a_little_deeper_than_needed_is_fine()
    {
        var text = "id: x\ntype: other\nname: X\nfacts:\n  deep: " + new string('[', 20) + new string(']', 20) + "\n";
        Assert.DoesNotContain(Parse(text).Diagnostics, d => d.Id == FactDiagnosticIds.LimitExceeded);
    }

    [Fact]
    public void An_alias_bomb_is_FB0013()
    {
        var text = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 0; i < 2000; i++)
        {
            text.Append($"k{i}: [*a, *a]\n");
        }

        var diagnostic = Assert.Single(Parse(text.ToString()).Diagnostics);
        Assert.Equal(FactDiagnosticIds.LimitExceeded, diagnostic.Id);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_FB0013()
    {
        var diagnostic = Assert.Single(Parse(new string('#', FactFileParser.MaxFileLength + 1)).Diagnostics);
        Assert.Equal(FactDiagnosticIds.LimitExceeded, diagnostic.Id);
        Assert.Equal(new SourceLocation("test.yaml", 1, 1), diagnostic.Location);
    }

    [Fact]
    public void Random_garbage_never_throws_and_every_diagnostic_is_located()
    {
        var random = new Random(20250307);
        const string alphabet = "ab:-[]{}&*!|>'\"#%@`,? \t\n\r\\~0123456789\u00e9\u20ac\ud83d\ude00\0";
        for (var i = 0; i < 2000; i++)
        {
            var length = random.Next(0, 200);
            var text = new StringBuilder(length);
            for (var j = 0; j < length; j++)
            {
                text.Append(random.Next(4) == 0 ? (char)random.Next(0, 0x3000) : alphabet[random.Next(alphabet.Length)]);
            }

            AssertNeverThrows(text.ToString());
        }
    }

    [Fact]
    public void Mutations_of_a_real_fact_file_never_throw()
    {
        var random = new Random(1949);
        const string inserts = ":-[]{}&*!|>'\"#,? \t\n";
        for (var i = 0; i < 2000; i++)
        {
            var text = new StringBuilder(Nato);
            for (var edits = random.Next(1, 6); edits > 0; edits--)
            {
                var at = random.Next(text.Length);
                if (random.Next(2) == 0)
                {
                    text.Remove(at, Math.Min(random.Next(1, 8), text.Length - at));
                }
                else
                {
                    text.Insert(at, inserts[random.Next(inserts.Length)]);
                }
            }

            AssertNeverThrows(text.ToString());
        }
    }

    private static FactFile Parse(string text) => FactFileParser.Parse("test.yaml", text);

    private static void AssertNeverThrows(string text)
    {
        FactFile file;
        try
        {
            file = Parse(text);
        }
        catch (Exception ex)
        {
            Assert.Fail($"threw {ex.GetType().Name} ({ex.Message}) on: {Escape(text)}");
            return;
        }

        foreach (var diagnostic in file.Diagnostics)
        {
            Assert.True(diagnostic.Location.Line >= 1 && diagnostic.Location.Column >= 1, $"{diagnostic} on: {Escape(text)}");
            Assert.Equal("test.yaml", diagnostic.Location.Path);
        }
    }

    private static string Escape(string text) => string.Concat(text.Select(c => c < ' ' || c > '~' ? $"\\u{(int)c:x4}" : c.ToString()));
}
