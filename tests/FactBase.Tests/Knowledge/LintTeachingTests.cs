using FactBase.Checking.Rules;
using FactBase.Diagnostics;
using FactBase.Knowledge;
using FactBase.Loading;

namespace FactBase.Tests.Knowledge;

/// <summary>Lint's messages for the mistakes editors make in fact files: one error per mistake, at its line, in plain
/// words, with "did you mean" where a known name is near.</summary>
public sealed class LintTeachingTests
{
    private const string Vocabulary = """
        properties:
          prime_minister: { kind: office, titles: [Prime Minister] }
          members: { kind: members, value_type: [country, organization], nouns: [member] }
          founded: { kind: date, verbs: [founded] }
          secretary_general: { kind: office, titles: [Secretary General] }
        """;

    private const string Places = """
        id: united-kingdom
        type: country
        name: United Kingdom
        ---
        id: france
        type: country
        name: France
        ---
        id: joe-bloggs
        type: person
        name: Joe Bloggs
        """;

    [Fact]
    public void An_office_given_to_a_country_on_a_person_is_an_error_that_says_where_it_belongs_and_is_left_out()
    {
        var result = Load("id: ann-lee\ntype: person\nname: Ann Lee\nfacts:\n  prime_minister: [{ value: united-kingdom, from: 2001 }]\n");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((FactDiagnosticIds.WrongValueType, 5, 20), (error.Id, error.Location.Line, error.Location.Column));
        Assert.StartsWith("'united-kingdom' in 'prime_minister' of 'ann-lee' is a country, but 'prime_minister' (kind: office) takes a person; to say that 'ann-lee' holds it, write 'prime_minister: [{ value: ann-lee, from: ... }]' on 'united-kingdom'", error.Message);
        Assert.Empty(result.KnowledgeBase["ann-lee"].GetFact("prime_minister")!.Timeline);
    }

    [Fact]
    public void A_person_among_members_is_an_error_when_the_vocabulary_says_countries_and_organizations()
    {
        var result = Load("id: club\ntype: organization\nname: The Club\nfacts:\n  members: [{ value: joe-bloggs, from: 2001 }, { value: france, from: 2002 }]\n");
        var error = Assert.Single(result.Diagnostics);
        Assert.StartsWith("'joe-bloggs' in 'members' of 'club' is a person, but 'members' (kind: members) takes a country or an organization", error.Message);
        Assert.Equal(new[] { "france" }, result.KnowledgeBase["club"].GetFact("members")!.Timeline.Select(e => e.Value));
    }

    [Fact]
    public void Value_type_is_configurable_per_property()
    {
        var result = FactLoader.LoadText(new[]
        {
            ("v.yaml", "properties:\n  presidency: { kind: office, value_type: country, titles: [presidency] }\n  members: { kind: members, value_type: [person] }\n"),
            ("p.yaml", Places),
            ("e.yaml", "id: council\ntype: organization\nname: Council\nfacts:\n  presidency: [{ value: france, from: 2022-01-01, to: 2022-07-01 }]\n  members: [{ value: joe-bloggs, from: 2001 }]\n"),
        });
        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [InlineData("founded: { kind: date, value_type: person }", "'value_type' applies to properties whose values are entities (kind: office or members), not to 'founded' (kind: date)")]
    [InlineData("boss: { kind: ofice }", "'kind' must be one of date, members, office, count, text; did you mean 'office'?")]
    [InlineData("boss: { kind: office, value_type: persn }", "'value_type' of 'boss': 'persn' is not an entity type (organization, country, person, other); did you mean 'person'?")]
    public void A_bad_value_type_is_one_error(string property, string message)
    {
        var result = FactLoader.LoadText(new[] { ("v.yaml", "properties:\n  " + property + "\n") });
        Assert.Equal(message, Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public void A_bare_list_for_a_date_is_one_error_that_shows_what_to_write()
    {
        var result = Load("id: acme\ntype: organization\nname: Acme\nfacts:\n  founded: [1990]\n");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("'1990' in the list of 'founded' is not a period: write a single value without brackets ('founded: 1990'), or each period as { value: 1990, from: YYYY-MM-DD }", error.Message);
    }

    [Fact]
    public void A_list_of_bare_ids_is_one_error_not_one_per_item()
    {
        var result = Load("id: acme\ntype: organization\nname: Acme\nfacts:\n  members: [france, united-kingdom]\n");
        Assert.Single(result.Diagnostics);
    }

    [Fact]
    public void A_tab_on_line_5_is_reported_on_line_5_in_plain_words()
    {
        var result = FactLoader.LoadText(new[] { ("t.yaml", "id: tabby\ntype: person\nname: Tabby\nfacts:\n\tborn: 1960\n") });
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((5, 1), (error.Location.Line, error.Location.Column));
        Assert.Equal("malformed YAML: this line is indented with a tab; YAML indents with spaces only (replace the tab with spaces)", error.Message);
    }

    [Theory]
    [InlineData("id: a\ntype: person\nname: A\nfacts:\n  born: 1960\n   died: 2000\n", 6, 4, "this line is indented more than line 5, whose key already has a value")]
    [InlineData("id: a\nname: x: y\n", 2, 8, "a value contains ': ': put the whole value in quotes")]
    [InlineData("id: a\nname: [x, y\ntype: person\n", 2, 7, "this '[' is not closed: end it with ']'")]
    [InlineData("id: a\nname: \"x\ntype: person\n", 2, 7, "a quoted value is not closed")]
    [InlineData("id: a\nname: @x\n", 2, 7, "a value cannot start with '@': put the value in quotes")]
    [InlineData("id: a\nfacts:\n  born: 1960\n died: 2000\n", 4, 2, "this line's indentation (1 space) does not match the keys above it")]
    [InlineData("id: a\n- b\n", 2, 1, "a list item ('- ') where a key was expected")]
    public void Yaml_syntax_errors_are_in_plain_words_at_the_line_to_fix(string text, int line, int column, string words)
    {
        var error = Assert.Single(FactLoader.LoadText(new[] { ("y.yaml", text) }).Diagnostics);
        Assert.Equal((FactDiagnosticIds.MalformedYaml, line, column), (error.Id, error.Location.Line, error.Location.Column));
        Assert.StartsWith("malformed YAML: " + words, error.Message);
        Assert.DoesNotContain("While ", error.Message);
    }

    [Theory]
    [InlineData("id: club\ntype: organization\nname: Club\nfacts:\n  members: [{ value: frnace, from: 2001 }]\n", "'frnace' in 'members' of 'club' is not the id of any entity; did you mean 'france'?")]
    [InlineData("id: club\ntype: organization\nname: Club\nfacts:\n  sekretary_general: [{ value: joe-bloggs, from: 2001 }]\n", "property 'sekretary_general' of 'club' is not declared in any 'properties:' vocabulary, so no claim about it is checked; did you mean 'secretary_general'?")]
    [InlineData("id: club\ntype: organization\nname: Club\nadjectivs: [Clubby]\n", "unknown key 'adjectivs' in an entity; did you mean 'adjectives'?")]
    [InlineData("id: club\ntype: organization\nname: Club\nfacts:\n  members: [{ value: france, form: 2001 }]\n", "unknown key 'form' in a period; did you mean 'from'?")]
    [InlineData("id: club\ntype: organisation\nname: Club\n", "type 'organisation' must be one of organization, country, person, other; did you mean 'organization'?")]
    public void Unknown_ids_properties_and_keys_get_a_did_you_mean(string entity, string message)
    {
        var result = Load(entity);
        Assert.Contains(message, result.Diagnostics.Select(d => d.Message));
    }

    [Fact]
    public void A_title_listed_twice_in_different_case_is_merged_with_a_warning()
    {
        var result = FactLoader.LoadText(new[] { ("v.yaml", "properties:\n  director: { kind: office, titles: [Director, director] }\n") });
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((FactDiagnosticIds.RepeatedWord, FactDiagnosticSeverity.Warning), (warning.Id, warning.Severity));
        Assert.Equal("'director' is listed twice in the titles of 'director' (as 'Director' and 'director'; prose is matched in any case): it counts once, as 'Director'", warning.Message);
        Assert.Equal(new[] { "Director" }, result.KnowledgeBase.FindProperty("director")!.Titles);
    }

    [Theory]
    [InlineData("name: Gambia\nthe: true", "the Gambia")]
    [InlineData("name: United Kingdom", "the United Kingdom")]
    [InlineData("name: United Kingdom\nthe: false", "United Kingdom")]
    [InlineData("name: Ukraine", "Ukraine")]
    public void Names_take_the_as_the_facts_say_else_as_derived(string lines, string named)
    {
        var result = FactLoader.LoadText(new[] { ("c.yaml", "id: place\ntype: country\n" + lines + "\n") });
        Assert.Empty(result.Diagnostics);
        Assert.Equal(named, Wording.Name(result.KnowledgeBase["place"]));
    }

    [Fact]
    public void The_takes_only_true_or_false()
    {
        var result = FactLoader.LoadText(new[] { ("c.yaml", "id: place\ntype: country\nname: Gambia\nthe: yes\n") });
        Assert.Equal("'the' must be true or false", Assert.Single(result.Diagnostics).Message);
    }

    private static KnowledgeBaseBuildResult Load(string entity)
        => FactLoader.LoadText(new[] { ("v.yaml", Vocabulary), ("places.yaml", Places), ("e.yaml", entity) });
}
