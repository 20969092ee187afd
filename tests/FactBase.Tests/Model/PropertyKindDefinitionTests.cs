using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using FactBase.Model;
using FactBase.Model.PropertyKinds;
using Xunit;

namespace FactBase.Tests.Model;

/// <summary>Each property kind is defined once: its keyword, the enum value it carries, and the schema's list agree.</summary>
public sealed class PropertyKindDefinitionTests
{
    [Fact]
    public void Every_kind_has_one_definition_whose_keyword_parses_back_to_it()
    {
        Assert.Equal(Enum.GetValues(typeof(PropertyKind)).Cast<PropertyKind>().OrderBy(k => k), PropertyKindDefinition.All.Select(k => k.Kind).OrderBy(k => k));
        foreach (var kind in PropertyKindDefinition.All)
        {
            Assert.Same(kind, PropertyKindDefinition.Of(kind.Kind));
            Assert.True(PropertyKindDefinition.TryParse(kind.Keyword, out var parsed));
            Assert.Same(kind, parsed);
        }

        Assert.False(PropertyKindDefinition.TryParse("Date", out _));
        Assert.False(PropertyKindDefinition.TryParse(null, out _));
    }

    [Fact]
    public void The_schema_lists_the_same_kind_keywords()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "facts", "factbase.schema.json")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var schema = File.ReadAllText(Path.Combine(root!.FullName, "facts", "factbase.schema.json"));
        var keywords = FindKindEnum(JsonDocument.Parse(schema).RootElement);
        Assert.NotNull(keywords);
        Assert.Equal(PropertyKindDefinition.All.Select(k => k.Keyword).OrderBy(k => k, StringComparer.Ordinal), keywords!.OrderBy(k => k, StringComparer.Ordinal));
    }

    // The "enum" under a "kind" property anywhere in the schema.
    private static string[]? FindKindEnum(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == "kind" && property.Value.ValueKind == JsonValueKind.Object && property.Value.TryGetProperty("enum", out var values))
                {
                    return values.EnumerateArray().Select(v => v.GetString()!).ToArray();
                }

                if (FindKindEnum(property.Value) is { } found)
                {
                    return found;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (FindKindEnum(item) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }
}
