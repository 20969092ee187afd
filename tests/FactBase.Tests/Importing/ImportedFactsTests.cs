using FactBase.Diagnostics;
using FactBase.Importing;
using FactBase.Knowledge;
using FactBase.Loading;
using FactBase.Model;

namespace FactBase.Tests.Importing;

/// <summary>Hand-written facts take precedence over imported ones (docs/import.md); the import fills what they leave open.</summary>
public sealed class ImportedFactsTests : IDisposable
{
    private const string Vocabulary = """
        properties:
          born: { kind: date, verbs: [born], age: true }
          died: { kind: date, verbs: [died] }
          members: { kind: members, nouns: [member] }
          president: { kind: office, titles: [President] }
        """;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "factbase-import-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void Files_under_a_manifest_are_imported_and_files_elsewhere_are_not()
    {
        Write("facts/hand.yaml", "id: a\ntype: other\nname: A\n");
        Write("wikidata/factbase-import.json", "{}\n");
        Write("wikidata/people/b.yaml", "id: b\ntype: other\nname: B\n");

        var finder = new ImportManifest.Finder();
        Assert.False(finder.IsImported(Path.Combine(_root, "facts", "hand.yaml")));
        Assert.True(finder.IsImported(Path.Combine(_root, "wikidata", "people", "b.yaml")));
    }

    [Fact]
    public void Without_an_import_folder_a_duplicate_id_is_still_FB0006()
    {
        Write("facts/vocabulary.yaml", Vocabulary);
        Write("facts/a.yaml", "id: ada\ntype: person\nname: Ada Lovelace\n");
        Write("more/a.yaml", "id: ada\ntype: person\nname: Ada King\n");

        var result = FactLoader.Load(new[] { Path.Combine(_root, "facts"), Path.Combine(_root, "more") }, null);
        Assert.Contains(result.Diagnostics, d => d.Id == FactDiagnosticIds.DuplicateId);
    }

    [Fact]
    public void The_hand_written_entity_wins_and_the_import_adds_only_what_it_does_not_state()
    {
        Write("facts/vocabulary.yaml", Vocabulary);
        Write("facts/ada.yaml", "id: ada\ntype: person\nname: Ada Lovelace\naliases: [Countess of Lovelace]\nfacts:\n  born: 1815-12-10\n");
        Import("people/ada.yaml", "id: ada\ntype: person\nname: Ada King\naliases: [Augusta Ada King]\nfacts:\n  born: 1815-12-11\n  died: 1852-11-27\n");

        var overrides = new List<ImportOverride>();
        var result = Load(overrides);

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var ada = result.KnowledgeBase["ada"];
        Assert.Equal("Ada Lovelace", ada.Name);
        Assert.Equal(new[] { "Countess of Lovelace" }, ada.Aliases);
        Assert.Equal("1815-12-10", ada.GetFact("born")!.Value);
        Assert.Equal("1852-11-27", ada.GetFact("died")!.Value);
        Assert.Equal("ada", Assert.Single(overrides).Imported.Id);
    }

    [Fact]
    public void Imported_terms_fill_the_years_a_hand_written_office_does_not_cover_and_never_replace_one()
    {
        Write("facts/vocabulary.yaml", Vocabulary);
        Write("facts/people.yaml", "id: carla\ntype: person\nname: Carla Diaz\n---\nid: dora\ntype: person\nname: Dora Eng\n");
        Write("facts/ruritania.yaml", "id: ruritania\ntype: country\nname: Ruritania\nfacts:\n  president:\n    - { value: carla, from: 2010-01-01 }\n");
        Import("people/bert.yaml", "id: bert\ntype: person\nname: Bert Alder\n");
        Import(
            "countries/ruritania.yaml",
            "id: ruritania\ntype: country\nname: Ruritania\nfacts:\n  president:\n    - { value: dora, from: 2015-01-01, source: https://example.org/dora }\n    - { value: bert, from: 2000-01-01, to: 2010-01-01, source: https://example.org/bert }\n");

        var result = Load();

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var terms = result.KnowledgeBase["ruritania"].GetFact("president")!.Timeline;
        Assert.Equal(new[] { "carla", "bert" }, terms.Select(t => t.Value));
        Assert.Equal("https://example.org/bert", terms[1].Source);
    }

    [Fact]
    public void A_hand_written_member_list_is_the_whole_list()
    {
        Write("facts/vocabulary.yaml", Vocabulary);
        Write("facts/league.yaml", "id: league\ntype: organization\nname: League\nfacts:\n  members:\n    - { value: ruritania, from: 2001-01-01 }\n---\nid: ruritania\ntype: country\nname: Ruritania\n");
        Import("organizations/league.yaml", "id: league\ntype: organization\nname: League\nfacts:\n  members:\n    - { value: ruritania, from: 2001-01-01 }\n    - { value: grand-fenwick, from: 1999-01-01 }\n---\nid: grand-fenwick\ntype: country\nname: Grand Fenwick\n");

        var result = Load();

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(new[] { "ruritania" }, result.KnowledgeBase["league"].GetFact("members")!.Timeline.Select(t => t.Value));
        Assert.True(result.KnowledgeBase.TryGetEntity("grand-fenwick", out _));
    }

    [Fact]
    public void An_imported_member_list_is_never_added_to_a_hand_written_organization_even_one_without_members()
    {
        // The starter's UN states its member count, not its members: three imported members would make every other
        // country "not a member".
        Import("organizations/un.yaml", "id: un\ntype: organization\nname: United Nations\nfacts:\n  members:\n    - { value: belgium, from: 1945-12-27, source: https://www.wikidata.org/wiki/Q31 }\n");

        var result = FactLoader.Load(new[] { Path.Combine(_root, "wikidata") }, TestKnowledgeBases.Starter, FactBaseLimits.MaxEntities, null);

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Null(result.KnowledgeBase["un"].GetFact("members"));
        Assert.NotNull(result.KnowledgeBase["un"].GetFact("member_count"));
    }

    [Fact]
    public void An_imported_entity_of_another_type_with_a_hand_written_id_is_not_used_at_all()
    {
        Write("facts/vocabulary.yaml", Vocabulary);
        Write("facts/georgia.yaml", "id: georgia\ntype: country\nname: Georgia\n");
        Import("organizations/georgia.yaml", "id: georgia\ntype: organization\nname: Georgia Power\nfacts:\n  born: 1883\n");

        var overrides = new List<ImportOverride>();
        var result = Load(overrides);

        Assert.Null(result.KnowledgeBase["georgia"].GetFact("born"));
        var warning = Assert.Single(ImportDisagreements.Find(overrides, result.Properties));
        Assert.Equal(FactDiagnosticIds.ImportDisagreement, warning.Id);
        Assert.Contains("'georgia' is a country here", warning.Message);
        Assert.EndsWith("georgia.yaml", warning.Location.Path);
    }

    [Fact]
    public void A_built_in_entity_counts_as_hand_written()
    {
        Import("people/donald-trump.yaml", "id: donald-trump\ntype: person\nname: Donald Trump\nfacts:\n  born: 1946-06-15\n");

        var overrides = new List<ImportOverride>();
        var result = FactLoader.Load(new[] { Path.Combine(_root, "wikidata") }, TestKnowledgeBases.Starter, FactBaseLimits.MaxEntities, overrides);

        Assert.Equal("1946-06-14", result.KnowledgeBase["donald-trump"].GetFact("born")!.Value);
        var warning = Assert.Single(ImportDisagreements.Find(overrides, result.Properties));
        Assert.Contains("'born' of 'donald-trump' is 1946-06-14 here, but the imported file", warning.Message);
        Assert.Contains("says 1946-06-15", warning.Message);
    }

    [Fact]
    public void An_imported_namesake_of_a_hand_written_entity_is_left_out_unless_an_imported_fact_names_it()
    {
        Write("facts/vocabulary.yaml", Vocabulary);
        Write("facts/people.yaml", "id: john-smith\ntype: person\nname: John Smith\naliases: [Johnny Smith]\nfacts:\n  born: 1950\n");
        Import("people/others.yaml", "id: john-smith-q2\ntype: person\nname: John Smith\nfacts:\n  born: 1901\n---\nid: jane-smith\ntype: person\nname: Jane Smith\naliases: [Johnny Smith, J. Smith]\n");

        var overrides = new List<ImportOverride>();
        var result = Load(overrides);

        Assert.False(result.KnowledgeBase.TryGetEntity("john-smith-q2", out _));
        var namesake = Assert.Single(overrides);
        Assert.False(namesake.SameId);
        Assert.Equal("john-smith", namesake.HandWritten.Id);
        Assert.Empty(ImportDisagreements.Find(overrides, result.Properties));
        Assert.Equal(new[] { "J. Smith" }, result.KnowledgeBase["jane-smith"].Aliases);
    }

    [Fact]
    public void A_namesake_that_an_imported_timeline_names_stays()
    {
        Write("facts/vocabulary.yaml", Vocabulary);
        Write("facts/people.yaml", "id: john-smith\ntype: person\nname: John Smith\n");
        Import("people/smith.yaml", "id: john-smith-q2\ntype: person\nname: John Smith\n");
        Import("countries/ruritania.yaml", "id: ruritania\ntype: country\nname: Ruritania\nfacts:\n  president:\n    - { value: john-smith-q2, from: 1990-01-01, to: 1995-01-01, source: https://example.org/ }\n");

        var result = Load();

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.True(result.KnowledgeBase.TryGetEntity("john-smith-q2", out _));
    }

    private KnowledgeBaseBuildResult Load(ICollection<ImportOverride>? overrides = null)
        => FactLoader.Load(new[] { Path.Combine(_root, "facts"), Path.Combine(_root, "wikidata") }, null, FactBaseLimits.MaxEntities, overrides);

    private void Import(string relative, string text)
    {
        Write("wikidata/" + ImportManifest.FileName, "{}\n");
        Write("wikidata/" + relative, text);
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
