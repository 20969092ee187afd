using FactBase.Checking.Findings;
using FactBase.Cli.Formatters;
using FactBase.Text;

namespace FactBase.Cli.Tests;

/// <summary>Workflow-command escaping, as the Actions toolkit does it (escapeData / escapeProperty).</summary>
public sealed class GithubEscapingTests
{
    [Fact]
    public void Message_escapes_percent_and_line_breaks_but_keeps_commas_and_colons()
    {
        var finding = Finding("100% sure, really:\r\nno");
        var line = GithubFormatter.Command(finding, "docs/a.md");
        var data = line.Substring(line.IndexOf("::", 2, StringComparison.Ordinal) + 2);
        Assert.Equal("100%25 sure, really:%0D%0Ano", data);
    }

    [Fact]
    public void Properties_also_escape_commas_and_colons()
    {
        var line = GithubFormatter.Command(Finding("m"), "dir,with:odd%name.md");
        Assert.StartsWith("::error file=dir%2Cwith%3Aodd%25name.md,line=2,col=5,endLine=2,endColumn=9,title=FB1006 entity-name::m", line);
        Assert.Equal("a%25b%0Ac%3Ad%2Ce", GithubFormatter.EscapeProperty("a%b\nc:d,e"));
        Assert.Equal("a%25b%0Ac:d,e", GithubFormatter.EscapeData("a%b\nc:d,e"));
    }

    [Fact]
    public void Warnings_and_supported_claims_use_their_own_commands()
    {
        Assert.StartsWith("::warning ", GithubFormatter.Command(Finding("m") with { Severity = Severity.Warning }, "a.md"));
        Assert.StartsWith("::notice ", GithubFormatter.Command(Finding("m") with { Verdict = Verdict.Supported, Severity = Severity.Info, Suggestion = null }, "a.md"));
    }

    private static Finding Finding(string message)
        => new("entity-name", Verdict.Misspelled, Severity.Error, new TextSpan(10, 4), 2, 5, 2, 9, "NATA", message, "NATO", null, "nato", null, Array.Empty<string>(), null);
}
