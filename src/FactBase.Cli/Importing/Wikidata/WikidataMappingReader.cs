using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FactBase.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FactBase.Cli.Importing.Wikidata;

/// <summary>Reads a mapping file (docs/import.md); the built-in default is <c>DefaultMapping.yaml</c>.</summary>
internal static partial class WikidataMappingReader
{
    private static readonly string[] Keys = { "languages", "types", "otherwise", "dates", "adjectives", "memberships", "positions", "offices", "items" };

    /// <summary>The text of the built-in default mapping.</summary>
    public static string DefaultText
    {
        get
        {
            using var stream = typeof(WikidataMappingReader).Assembly.GetManifestResourceStream("FactBase.Cli.Importing.Wikidata.DefaultMapping.yaml")
                ?? throw new InvalidOperationException("the default Wikidata mapping is missing from the tool");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }

    /// <summary>The built-in default mapping.</summary>
    public static WikidataMapping Default { get; } = Parse("built-in", DefaultText);

    /// <summary>Reads a mapping file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The mapping.</returns>
    /// <exception cref="WikidataImportException">The file cannot be read or is not a valid mapping.</exception>
    public static WikidataMapping Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw WikidataImportException.At(path, 0, $"cannot read the mapping: {ex.Message}");
        }

        return Parse(path, text);
    }

    /// <summary>Parses mapping text.</summary>
    /// <param name="path">The file's path, for messages.</param>
    /// <param name="text">The YAML.</param>
    /// <returns>The mapping.</returns>
    /// <exception cref="WikidataImportException">The text is not a valid mapping.</exception>
    public static WikidataMapping Parse(string path, string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            throw WikidataImportException.At(path, ex.Start.Line, ex.Start.Column, $"malformed YAML: {ex.Message}");
        }
        catch (Exception ex) when (ex is not WikidataImportException)
        {
            throw WikidataImportException.At(path, 1, 1, $"malformed YAML: {ex.Message}");
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw WikidataImportException.At(path, 1, 1, $"a mapping file is one YAML mapping of {string.Join(", ", Keys)}");
        }

        var mapping = new WikidataMapping { Source = path };
        foreach (var (keyNode, value) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value;
            mapping = key switch
            {
                "languages" => mapping with { Languages = List(path, value, key, s => Check(path, value, s, LanguagePattern(), "a language code such as en")) },
                "types" => mapping with { Types = Map(path, value, key).Select(p => (Item(path, p.Key), Type(path, p.Value))).ToList() },
                "otherwise" => mapping with { Otherwise = Type(path, value) },
                "dates" => mapping with { Dates = Map(path, value, key).ToDictionary(p => Property(path, p.Key), p => Date(path, p.Value), StringComparer.Ordinal) },
                "adjectives" => mapping with { Adjectives = List(path, value, key, s => Check(path, value, s, PropertyPattern(), "a Wikidata property such as P1549")) },
                "memberships" => mapping with { Memberships = Map(path, value, key).ToDictionary(p => Property(path, p.Key), p => Membership(path, p.Value), StringComparer.Ordinal) },
                "positions" => mapping with { Positions = Map(path, value, key).ToDictionary(p => Item(path, p.Key), p => Position(path, p.Value), StringComparer.Ordinal) },
                "offices" => mapping with { Offices = Map(path, value, key).ToDictionary(p => Property(path, p.Key), p => Offices(path, p.Value), StringComparer.Ordinal) },
                "items" => mapping with { Items = Map(path, value, key).ToDictionary(p => Item(path, p.Key), p => ItemEntry(path, p.Value), StringComparer.Ordinal) },
                _ => throw Error(path, keyNode, $"unknown key '{key}'; a mapping has {string.Join(", ", Keys)}"),
            };
        }

        if (mapping.Languages.Count == 0)
        {
            throw WikidataImportException.At(path, 1, 1, "languages must name at least one language");
        }

        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (item, entry) in mapping.Items)
        {
            if (!ids.TryAdd(entry.Id, item))
            {
                throw WikidataImportException.At(path, 1, 1, $"items {ids[entry.Id]} and {item} both have the id '{entry.Id}'");
            }
        }

        return mapping;
    }

    private static DateMapping Date(string path, YamlNode node)
    {
        if (node is YamlScalarNode)
        {
            return new DateMapping(FactProperty(path, node), null);
        }

        var fields = Fields(path, node, "a date", "property", "types");
        var property = fields.TryGetValue("property", out var p) ? FactProperty(path, p) : throw Error(path, node, "a date needs 'property' (the date property, e.g. founded)");
        if (!fields.TryGetValue("types", out var types))
        {
            return new DateMapping(property, null);
        }

        var set = types is YamlSequenceNode sequence
            ? sequence.Children.Select(c => Type(path, c) ?? throw Error(path, c, "a date's types cannot include skip")).ToHashSet()
            : throw Error(path, types, "types must be a list such as [organization]");
        return new DateMapping(property, set);
    }

    private static MembershipMapping Membership(string path, YamlNode node)
    {
        var fields = Fields(path, node, "a membership", "property", "organizations");
        var property = fields.TryGetValue("property", out var p) ? FactProperty(path, p) : throw Error(path, node, "a membership needs 'property' (the members property, e.g. members)");
        if (!fields.TryGetValue("organizations", out var organizations) || organizations is YamlScalarNode { Value: "all" })
        {
            return new MembershipMapping(property, null);
        }

        return new MembershipMapping(property, List(path, organizations, "organizations", s => Check(path, organizations, s, ItemPattern(), "an item such as Q7184")).ToHashSet(StringComparer.Ordinal));
    }

    private static PositionMapping Position(string path, YamlNode node)
    {
        var fields = Fields(path, node, "a position", "of", "office");
        return new PositionMapping(
            fields.TryGetValue("of", out var of) ? Item(path, of) : throw Error(path, node, "a position needs 'of' (the item of its country or organization, e.g. Q145)"),
            fields.TryGetValue("office", out var office) ? FactProperty(path, office) : throw Error(path, node, "a position needs 'office' (the FactBase office, e.g. prime_minister)"));
    }

    private static IReadOnlyDictionary<string, string> Offices(string path, YamlNode node)
        => Map(path, node, "an office property").ToDictionary(
            p => p.Key is YamlScalarNode { Value: "*" } ? "*" : Item(path, p.Key),
            p => FactProperty(path, p.Value),
            StringComparer.Ordinal);

    private static ItemMapping ItemEntry(string path, YamlNode node)
    {
        var fields = Fields(path, node, "an item", "id", "type", "name", "aliases", "adjectives");
        var id = fields.TryGetValue("id", out var idNode) ? Check(path, idNode, Scalar(path, idNode, "id"), IdPattern(), "an id of lowercase words joined by hyphens") : throw Error(path, node, "an item needs 'id'");
        EntityType? type = fields.TryGetValue("type", out var typeNode) ? Type(path, typeNode) ?? throw Error(path, typeNode, "an item's type cannot be skip") : null;
        var name = fields.TryGetValue("name", out var nameNode) ? Scalar(path, nameNode, "name") : null;
        return new ItemMapping(
            id,
            type,
            name,
            fields.TryGetValue("aliases", out var aliases) ? List(path, aliases, "aliases", s => s) : null,
            fields.TryGetValue("adjectives", out var adjectives) ? List(path, adjectives, "adjectives", s => s) : null);
    }

    private static EntityType? Type(string path, YamlNode node)
        => Scalar(path, node, "a type") switch
        {
            "person" => EntityType.Person,
            "country" => EntityType.Country,
            "organization" => EntityType.Organization,
            "other" => EntityType.Other,
            "skip" => null,
            var other => throw Error(path, node, $"type '{other}' is not person, country, organization, other or skip"),
        };

    private static string Item(string path, YamlNode node) => Check(path, node, Scalar(path, node, "an item"), ItemPattern(), "a Wikidata item such as Q145");

    private static string Property(string path, YamlNode node) => Check(path, node, Scalar(path, node, "a property"), PropertyPattern(), "a Wikidata property such as P569");

    private static string FactProperty(string path, YamlNode node) => Check(path, node, Scalar(path, node, "a FactBase property"), FactPropertyPattern(), "a FactBase property such as born or prime_minister");

    private static string Check(string path, YamlNode node, string value, Regex pattern, string expected)
        => pattern.IsMatch(value) ? value : throw Error(path, node, $"'{value}' is not {expected}");

    private static string Scalar(string path, YamlNode node, string what)
        => node is YamlScalarNode { Value: { Length: > 0 } value } ? value : throw Error(path, node, $"{what} must be a single value");

    private static List<string> List(string path, YamlNode node, string key, Func<string, string> check)
        => node is YamlSequenceNode sequence
            ? sequence.Children.Select(c => check(Scalar(path, c, $"each of {key}"))).ToList()
            : throw Error(path, node, $"{key} must be a list");

    private static IEnumerable<KeyValuePair<YamlNode, YamlNode>> Map(string path, YamlNode node, string key)
        => node is YamlMappingNode map ? map.Children : throw Error(path, node, $"{key} must be a mapping");

    private static Dictionary<string, YamlNode> Fields(string path, YamlNode node, string what, params string[] known)
    {
        var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in Map(path, node, what))
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (Array.IndexOf(known, key) < 0)
            {
                throw Error(path, keyNode, $"unknown key '{key}' in {what}; it has {string.Join(", ", known)}");
            }

            fields[key] = value;
        }

        return fields;
    }

    private static WikidataImportException Error(string path, YamlNode node, string message) => WikidataImportException.At(path, node.Start.Line, node.Start.Column, message);

    [GeneratedRegex("^Q[1-9][0-9]*$")]
    private static partial Regex ItemPattern();

    [GeneratedRegex("^P[1-9][0-9]*$")]
    private static partial Regex PropertyPattern();

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex FactPropertyPattern();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[a-z]{2,3}(-[a-z0-9]+)*$")]
    private static partial Regex LanguagePattern();
}
