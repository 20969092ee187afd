using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using FactBase.Cli.Importing;
using FactBase.Cli.Importing.Wikidata;
using FactBase.Model;

namespace FactBase.Cli.Commands;

/// <summary><c>factbase import wikidata [--mapping FILE] [--out DIR] INPUT...</c>: fact files from Wikidata JSON (docs/import.md).</summary>
internal static class ImportCommand
{
    /// <summary>The folder written when <c>--out</c> is not given.</summary>
    public const string DefaultOut = "wikidata";

    public static Command Create()
    {
        var inputs = new Argument<string[]>("INPUT") { Arity = ArgumentArity.ZeroOrMore, Description = "Wikidata JSON: Special:EntityData files, wbgetentities responses, or the JSON dump (one entity per line), plain or .gz." };
        var mapping = new Option<string?>("--mapping") { HelpName = "FILE", Description = "The mapping file (YAML) of Wikidata properties and items to FactBase entities, properties and offices (default: the built-in one; see --print-mapping)." };
        var output = new Option<string>("--out") { HelpName = "DIR", Description = $"The folder the import owns and writes; its files are replaced on every run.", DefaultValueFactory = _ => DefaultOut };
        var retrieved = new Option<string?>("--retrieved") { HelpName = "YYYY-MM-DD", Description = "The retrieval date (YYYY-MM-DD) written in each entity's source (default: the day the newest input file was last written)." };
        var printMapping = new Option<bool>("--print-mapping") { Description = "Print the built-in mapping (to copy and change) and exit." };
        var wikidata = new Command("wikidata", "Write fact files from Wikidata's JSON (docs/import.md).") { inputs, mapping, output, retrieved, printMapping };
        wikidata.SetAction(parse => RunWikidata(
            parse.GetValue(inputs) ?? Array.Empty<string>(),
            parse.GetValue(mapping),
            parse.GetValue(output) ?? DefaultOut,
            parse.GetValue(retrieved),
            parse.GetValue(printMapping),
            Console.Out,
            Console.Error));
        return new Command("import", "Write fact files from another source into a folder the import owns.") { wikidata };
    }

    internal static int RunWikidata(IReadOnlyList<string> inputs, string? mappingPath, string outPath, string? retrievedText, bool printMapping, TextWriter output, TextWriter error)
    {
        if (printMapping)
        {
            output.Write(WikidataMappingReader.DefaultText);
            return ExitCodes.Success;
        }

        if (inputs.Count == 0)
        {
            error.WriteLine("error: no INPUT given; run 'factbase import wikidata --help' for usage");
            return ExitCodes.Error;
        }

        foreach (var input in inputs.Where(i => !File.Exists(i)))
        {
            error.WriteLine($"{input}: error: no such file");
            return ExitCodes.Error;
        }

        FactDate retrieved;
        if (retrievedText is not null)
        {
            if (!FactDate.TryParse(retrievedText, out retrieved) || retrieved.Precision != DatePrecision.Day)
            {
                error.WriteLine($"error: --retrieved {FactDate.NotADay(retrievedText)}");
                return ExitCodes.Error;
            }
        }
        else
        {
            retrieved = FactDate.FromDateTime(inputs.Max(i => File.GetLastWriteTimeUtc(i)));
        }

        try
        {
            var mapping = mappingPath is null ? WikidataMappingReader.Default : WikidataMappingReader.Load(mappingPath);
            var folder = ImportFolder.Open(outPath);
            var importer = new WikidataImporter(mapping, retrieved);
            var entities = importer.Import(inputs);
            var files = entities
                .Select(e => ($"{e.Folder}/{e.Id}.yaml", FactYamlWriter.Write(e, $"{ImportFolder.HeaderPrefix.Substring(2)}wikidata' from {e.Source.Url}; edits here are replaced on the next import (docs/import.md).")))
                .ToList();
            var changes = folder.Write(files, Manifest(mappingPath, inputs, retrieved, entities.Count));

            var byType = entities.GroupBy(e => e.Type).OrderBy(g => g.Key).Select(g => $"{g.Count()} {Plural(g.Key, g.Count())}");
            output.WriteLine($"imported {entities.Count} entities ({string.Join(", ", byType)}) of {importer.EntitiesRead} read from {inputs.Count} file(s) into {outPath}: {changes.Written} written, {changes.Unchanged} unchanged, {changes.Removed} removed");
            if (changes.Kept > 0)
            {
                output.WriteLine($"note: {changes.Kept} fact file(s) in {outPath} were not written by the import and are left alone");
            }

            foreach (var line in importer.Notes.Lines)
            {
                output.WriteLine($"note: {line}");
            }

            return ExitCodes.Success;
        }
        catch (Exception ex) when (ex is WikidataImportException or ImportFolderException)
        {
            error.WriteLine(ex.Message);
            return ExitCodes.Error;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{outPath}: error: cannot write the import: {ex.Message}");
            return ExitCodes.Error;
        }
    }

    // The manifest marks the folder as the import's and says what it was made from; it changes only when they do.
    private static string Manifest(string? mappingPath, IReadOnlyList<string> inputs, FactDate retrieved, int entities)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("generator", "factbase import wikidata");
            json.WriteNumber("format", 1);
            json.WriteString("about", $"The fact files in this folder are written by 'factbase import wikidata' and replaced on every run; hand-written facts elsewhere take precedence over them (docs/import.md).");
            json.WriteString("mapping", mappingPath is null ? "built-in" : Path.GetFileName(mappingPath));
            json.WriteStartArray("inputs");
            foreach (var input in inputs)
            {
                json.WriteStringValue(Path.GetFileName(input));
            }

            json.WriteEndArray();
            json.WriteString("retrieved", retrieved.ToString());
            json.WriteNumber("entities", entities);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static string Plural(EntityType type, int count) => (type, count == 1) switch
    {
        (EntityType.Person, true) => "person",
        (EntityType.Person, false) => "people",
        (EntityType.Country, true) => "country",
        (EntityType.Country, false) => "countries",
        (EntityType.Organization, true) => "organization",
        (EntityType.Organization, false) => "organizations",
        (_, true) => "other",
        _ => "others",
    };
}
