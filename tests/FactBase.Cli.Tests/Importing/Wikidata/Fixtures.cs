using FactBase.Cli.Importing.Wikidata;

namespace FactBase.Cli.Tests.Importing.Wikidata;

/// <summary>The real Wikidata JSON of <c>Fixtures/</c> (its README says where each file comes from).</summary>
internal static class Fixtures
{
    public static string Folder { get; } = Path.Combine(Cli.RepositoryRoot, "tests", "FactBase.Cli.Tests", "Importing", "Wikidata", "Fixtures");

    public const string Putin = "Q7747-vladimir-putin.wbgetentities.json";
    public const string PutinSenior = "Q19300851-vladimir-putin-1911.wbgetentities.json";
    public const string PutinJunior = "Q130234762-vladimir-putin-jr.wbgetentities.json";
    public const string Kabaeva = "Q254220-alina-kabaeva.wbgetentities.json";
    public const string Adams = "Q42-douglas-adams.EntityData.json";
    public const string Adams2015 = "Q6-Q42-P31-2015.wbgetentities.json";
    public const string Dump = "dump-head.json";

    /// <summary>Every fixture file.</summary>
    public static string[] All { get; } = Directory.GetFiles(Folder, "*.json").Order(StringComparer.Ordinal).ToArray();

    public static string PathOf(string name) => Path.Combine(Folder, name);

    /// <summary>The entities of fixture files, as the importer's reader gives them.</summary>
    public static List<WikidataEntity> Read(WikidataMapping mapping, params string[] names)
    {
        var parser = new WikidataEntityParser(mapping.Languages, mapping.Properties);
        var entities = new List<WikidataEntity>();
        foreach (var name in names)
        {
            WikidataInputReader.Read(PathOf(name), parser, entities.Add);
        }

        return entities;
    }

    /// <summary>The default mapping with these lines added to its <c>items:</c> (the last section).</summary>
    public static WikidataMapping DefaultWithItems(params string[] itemLines)
        => WikidataMappingReader.Parse("test-mapping.yaml", DefaultWithItemsText(itemLines));

    /// <summary>The text of the default mapping with these lines added to its <c>items:</c>.</summary>
    public static string DefaultWithItemsText(params string[] itemLines)
        => WikidataMappingReader.DefaultText + string.Concat(itemLines.Select(l => "  " + l + "\n"));
}
