using System.Text.Json;
using FactBase.Cli.Formatters;

namespace FactBase.Cli.Tests;

/// <summary>
/// A run over many files lets each document go once checked unless the format quotes or locates text in it
/// (issue 6: 100 MB of articles as jsonl took 716 MB). The formats that do keep it must still show what needs it.
/// </summary>
public sealed class DocumentRetentionTests
{
    [Fact]
    public void Only_the_formats_that_quote_or_locate_text_keep_the_documents()
    {
        var keep = new Dictionary<string, bool>
        {
            [nameof(TextFormatter)] = new TextFormatter(color: false).NeedsDocuments,
            [nameof(SarifFormatter)] = new SarifFormatter().NeedsDocuments,
            [nameof(RdjsonlFormatter)] = new RdjsonlFormatter().NeedsDocuments,
            [nameof(JsonFormatter)] = new JsonFormatter().NeedsDocuments,
            [nameof(JsonlFormatter)] = new JsonlFormatter().NeedsDocuments,
            [nameof(GithubFormatter)] = new GithubFormatter(null).NeedsDocuments,
            [nameof(MsBuildFormatter)] = new MsBuildFormatter().NeedsDocuments,
        };

        Assert.Equal(new[] { nameof(RdjsonlFormatter), nameof(SarifFormatter), nameof(TextFormatter) }, keep.Where(k => k.Value).Select(k => k.Key).Order());
    }

    [Fact]
    public void Formats_that_keep_documents_still_quote_and_fix_the_text()
    {
        var text = Cli.Run(Cli.RepositoryRoot, "check", "seeds/");
        Assert.Contains("75-year-old NATA", text.Stdout); // the excerpt under the finding
        Assert.Contains("^^^^", text.Stdout);

        using var sarif = JsonDocument.Parse(Cli.Run(Cli.RepositoryRoot, "check", "--format", "sarif", "seeds/").Stdout);
        var fix = sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("fixes")[0];
        Assert.Equal("NATO", fix.GetProperty("artifactChanges")[0].GetProperty("replacements")[0].GetProperty("insertedContent").GetProperty("text").GetString());

        using var rdjsonl = JsonDocument.Parse(Cli.Run(Cli.RepositoryRoot, "check", "--format", "rdjsonl", "seeds/").Stdout.Split('\n')[0]);
        Assert.Equal("NATO", rdjsonl.RootElement.GetProperty("suggestions")[0].GetProperty("text").GetString());
    }

    [Fact]
    public void Formats_that_drop_documents_report_the_same_findings()
    {
        using var json = JsonDocument.Parse(Cli.Run(Cli.RepositoryRoot, "check", "--format", "json", "seeds/").Stdout);
        var finding = json.RootElement.GetProperty("files")[0].GetProperty("findings")[0];
        Assert.Equal(("NATA", "NATO", 3, 309), (finding.GetProperty("text").GetString(), finding.GetProperty("suggestion").GetString(), finding.GetProperty("line").GetInt32(), finding.GetProperty("column").GetInt32()));

        var msbuild = Cli.Run(Cli.RepositoryRoot, "check", "--format", "msbuild", "seeds/");
        Assert.Contains("seeds/000_d7d27435de85b353.txt(3,309,3,313): error FB1006:", msbuild.Stdout);
    }
}
