using System.Text.Json;
using FactBase.Model;
using FactBase.Parsing;

namespace FactBase.Tests.Parsing;

/// <summary>
/// facts/factbase.schema.json (editor help) must describe the format the parser reads, and every fact
/// file must point editors at it. (.ci/validate-facts-schema.py validates the files against it.)
/// </summary>
public sealed class FactFileSchemaTests
{
    private static readonly Lazy<string> RepositoryRoot = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FactBase.sln")) && Directory.Exists(Path.Combine(dir.FullName, "facts")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("The repository root (with FactBase.sln and facts/) is not above " + AppContext.BaseDirectory);
    });

    private static string FactsFolder => Path.Combine(RepositoryRoot.Value, "facts");

    private static JsonElement Schema => JsonDocument.Parse(File.ReadAllText(Path.Combine(FactsFolder, "factbase.schema.json"))).RootElement;

    public static TheoryData<string> FactFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(FactsFolder, "*.*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(FactsFolder, file).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FactFiles))]
    public void Every_fact_file_points_the_YAML_language_server_at_the_schema(string file)
    {
        var depth = file.Count(c => c == '/');
        var expected = "# yaml-language-server: $schema=" + string.Concat(Enumerable.Repeat("../", depth)) + "factbase.schema.json";
        var first = File.ReadLines(Path.Combine(FactsFolder, file)).FirstOrDefault();
        Assert.Equal(expected, first);
    }

    [Fact]
    public void The_schema_is_draft_07_and_offers_entity_or_vocabulary()
    {
        Assert.Equal("http://json-schema.org/draft-07/schema#", Schema.GetProperty("$schema").GetString());
        var choices = Schema.GetProperty("oneOf").EnumerateArray().Select(c => c.GetProperty("$ref").GetString()).ToArray();
        Assert.Equal(new[] { "#/definitions/entity", "#/definitions/vocabulary" }, choices);
    }

    [Fact]
    public void The_schema_enums_match_the_parser()
    {
        var definitions = Schema.GetProperty("definitions");
        var types = definitions.GetProperty("entity").GetProperty("properties").GetProperty("type").GetProperty("enum");
        Assert.Equal(Enum.GetNames<EntityType>().Select(n => n.ToLowerInvariant()), types.EnumerateArray().Select(e => e.GetString()));
        var kinds = definitions.GetProperty("propertyDefinition").GetProperty("properties").GetProperty("kind").GetProperty("enum");
        Assert.Equal(Enum.GetNames<PropertyKind>().Select(n => n.ToLowerInvariant()), kinds.EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [InlineData("entity", "id,type,name,aliases,adjectives,the,descriptions,sources,facts,examples")]
    [InlineData("period", "value,from,to,also_from,also_to,note,source")]
    [InlineData("datedValue", "value,also,note")]
    [InlineData("propertyDefinition", "kind,verbs,nouns,titles,age,value_type,head_of_government,tenure_verbs,examples")]
    [InlineData("vocabulary", "properties")]
    public void The_schema_allows_exactly_the_keys_the_parser_allows(string definition, string keys)
    {
        var schema = Schema.GetProperty("definitions").GetProperty(definition);
        Assert.False(schema.GetProperty("additionalProperties").GetBoolean());
        Assert.Equal(keys.Split(','), schema.GetProperty("properties").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Every_key_of_the_schema_has_a_description()
    {
        var missing = new List<string>();
        Walk(Schema, "#");
        Assert.True(missing.Count == 0, "no description: " + string.Join(", ", missing));

        void Walk(JsonElement node, string path)
        {
            if (node.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            if (node.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in properties.EnumerateObject())
                {
                    if (!property.Value.TryGetProperty("description", out _))
                    {
                        missing.Add(path + "/properties/" + property.Name);
                    }
                }
            }

            foreach (var child in node.EnumerateObject().Where(c => c.Name != "examples"))
            {
                if (child.Name is "properties" or "definitions" && child.Value.ValueKind == JsonValueKind.Object)
                {
                    // A map of names to schemas: walk each schema, not the map itself.
                    foreach (var named in child.Value.EnumerateObject())
                    {
                        Walk(named.Value, $"{path}/{child.Name}/{named.Name}");
                    }
                }
                else if (child.Value.ValueKind == JsonValueKind.Array)
                {
                    var i = 0;
                    foreach (var item in child.Value.EnumerateArray())
                    {
                        Walk(item, $"{path}/{child.Name}/{i++}");
                    }
                }
                else
                {
                    Walk(child.Value, path + "/" + child.Name);
                }
            }
        }
    }

    [Fact]
    public void Every_built_in_property_has_editor_help_and_the_help_lists_no_other()
    {
        var vocabulary = FactFileParser.Parse("vocabulary.yaml", File.ReadAllText(Path.Combine(FactsFolder, "vocabulary.yaml")));
        Assert.Empty(vocabulary.Diagnostics);
        var described = Schema.GetProperty("definitions").GetProperty("entity").GetProperty("properties").GetProperty("facts").GetProperty("properties")
            .EnumerateObject().Select(p => p.Name).Order();
        Assert.Equal(vocabulary.Properties.Select(p => p.Name).Order(), described);
    }

    [Theory]
    [InlineData("^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$", "dateString")]
    [InlineData("^[a-z0-9]+(-[a-z0-9]+)*$", "entityId")]
    [InlineData("^[a-z][a-z0-9_]*$", "propertyName")]
    public void Patterns_accept_what_the_parser_accepts(string pattern, string definition)
        => Assert.Equal(pattern, Schema.GetProperty("definitions").GetProperty(definition).GetProperty("pattern").GetString());

    [Theory]
    [InlineData("1949", true)]
    [InlineData("1949-04", true)]
    [InlineData("1949-04-04", true)]
    [InlineData("1949-13", false)]
    [InlineData("1949-4-4", false)]
    [InlineData("April 1949", false)]
    public void The_date_pattern_agrees_with_FactDate_on_the_shape(string text, bool valid)
    {
        var pattern = Schema.GetProperty("definitions").GetProperty("dateString").GetProperty("pattern").GetString()!;
        Assert.Equal(valid, System.Text.RegularExpressions.Regex.IsMatch(text, pattern));
        Assert.Equal(valid, FactDate.TryParse(text, out _));
    }
}
