using System.IO.Compression;
using System.Text;
using FactBase.Cli.Importing.Wikidata;

namespace FactBase.Cli.Tests.Importing.Wikidata;

/// <summary>Every shape of Wikidata's canonical JSON is read, plain or gzip; bad input is one clear message with file and line.</summary>
public sealed class WikidataInputReaderTests
{
    private static readonly WikidataMapping Mapping = WikidataMappingReader.Default;

    [Fact]
    public void A_wbgetentities_response_gives_its_items_and_properties_and_skips_missing_ids()
    {
        var entities = Fixtures.Read(Mapping, Fixtures.Adams2015);

        Assert.Equal(new[] { "Q42", "P31" }, entities.Select(e => e.Id));
        Assert.True(entities[0].IsItem);
        Assert.False(entities[1].IsItem);
        Assert.Equal("Douglas Adams", entities[0].Labels["en"]);
        // The 2015 format names items by numeric-id alone.
        Assert.Contains(entities[0].Statements, s => s.Property == "P31" && s.Value.Item == "Q5");
        Assert.Equal(196015688, entities[0].Revision);
    }

    [Fact]
    public void A_Special_EntityData_file_with_multilingual_names_is_read()
    {
        var adams = Assert.Single(Fixtures.Read(Mapping, Fixtures.Adams));

        Assert.False(adams.Labels.ContainsKey("en"));
        Assert.Equal("Douglas Adams", adams.Labels["mul"]);
        Assert.Equal(new[] { "Douglas Noël Adams", "Douglas Noel Adams", "Douglas N. Adams" }, adams.Aliases["mul"]);
        var born = Assert.Single(adams.Statements, s => s.Property == "P569");
        Assert.Equal(new WikidataTime(1952, 3, 11, 11, false), born.Value.Time);
    }

    [Fact]
    public void Statements_keep_their_rank_and_start_and_end_qualifiers_and_unmapped_properties_are_skipped()
    {
        var putin = Assert.Single(Fixtures.Read(Mapping, Fixtures.Putin));

        var positions = putin.Statements.Where(s => s.Property == "P39").ToList();
        Assert.Equal(22, positions.Count);
        Assert.DoesNotContain(putin.Statements, s => s.Property is "P21" or "P27" or "P106");
        var current = Assert.Single(positions, s => s.Rank == WikidataRank.Preferred);
        Assert.Equal("Q218295", current.Value.Item);
        Assert.Equal(new WikidataTime(2012, 5, 7, 11, false), current.Start!.Time);
        Assert.Null(current.End);
        Assert.Equal("Q2350808", Assert.Single(positions, s => s.Rank == WikidataRank.Deprecated).Value.Item);
        var first = positions.Single(s => s.Value.Item == "Q218295" && s.Rank == WikidataRank.Normal);
        Assert.Equal(new WikidataTime(2008, 5, 7, 11, false), first.End!.Time);
    }

    [Fact]
    public void The_dump_is_read_line_by_line_plain_gzip_or_with_CRLF()
    {
        var expected = new[] { "Q31", "Q1", "Q23", "Q64", "Q145", "Q142", "Q185", "Q255", "Q306", "Q44" };
        Assert.Equal(expected, Fixtures.Read(Mapping, Fixtures.Dump).Select(e => e.Id));

        using var dir = new TempDir();
        var bytes = File.ReadAllBytes(Fixtures.PathOf(Fixtures.Dump));
        using (var gzip = new GZipStream(File.Create(Path.Combine(dir.Path, "dump.json.gz")), CompressionLevel.Fastest))
        {
            gzip.Write(bytes);
        }

        dir.Write("dump-crlf.json", Encoding.UTF8.GetString(bytes).Replace("\n", "\r\n"));
        foreach (var file in new[] { "dump.json.gz", "dump-crlf.json" })
        {
            var entities = new List<WikidataEntity>();
            WikidataInputReader.Read(Path.Combine(dir.Path, file), new WikidataEntityParser(Mapping.Languages, Mapping.Properties), entities.Add);
            Assert.Equal(expected, entities.Select(e => e.Id));
        }
    }

    [Fact]
    public void A_dump_line_longer_than_the_read_buffer_is_read_whole()
    {
        // The first read holds 4 MB; a line that spans several reads must come out whole.
        using var dir = new TempDir();
        var line = File.ReadLines(Fixtures.PathOf(Fixtures.Dump)).First(l => l.StartsWith("{\"type\":\"item\",\"id\":\"Q145\"", StringComparison.Ordinal)).TrimEnd(',');
        var padded = line.Insert(1, "\"padding\":\"" + new string('x', 6 * 1024 * 1024) + "\",");
        dir.Write("long.json", "[\n" + padded + ",\n" + line + "\n]\n");

        var entities = new List<WikidataEntity>();
        WikidataInputReader.Read(Path.Combine(dir.Path, "long.json"), new WikidataEntityParser(Mapping.Languages, Mapping.Properties), entities.Add);
        Assert.Equal(new[] { "Q145", "Q145" }, entities.Select(e => e.Id));
        Assert.Equal(entities[0].Statements.Count, entities[1].Statements.Count);
    }

    [Theory]
    [InlineData("[\n{\"id\":\"Q1\",\"type\":\"item\"},\n{\"id\": \"Q2\", \"type\": \n]\n", "bad.json:3: error: invalid JSON")]
    [InlineData("", "bad.json: error: the file is empty")]
    [InlineData("hello", "bad.json:1: error: not Wikidata JSON")]
    [InlineData("{\"batchcomplete\": true}", "bad.json:1: error: not Wikidata JSON")]
    [InlineData("{\"entities\": {\"Q1\": ", "bad.json:1: error: invalid JSON")]
    [InlineData("BZh91AY&SY", "bad.json: error: bzip2 is not supported")]
    public void Bad_input_is_one_message_with_file_and_line(string text, string expected)
    {
        using var dir = new TempDir();
        var path = dir.Write("bad.json", text);
        var error = Assert.Throws<WikidataImportException>(() => WikidataInputReader.Read(path, new WikidataEntityParser(Mapping.Languages, Mapping.Properties), _ => { }));
        Assert.StartsWith(expected.Replace("bad.json", path), error.Message);
    }
}
