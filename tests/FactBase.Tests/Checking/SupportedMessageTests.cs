using FactBase.Checking;
using FactBase.Checking.Findings;
using FactBase.Documents;

namespace FactBase.Tests.Checking;

/// <summary>Without --include-supported the checker skips formatting supported messages: the other findings stay the same.</summary>
public sealed class SupportedMessageTests
{
    [Theory]
    [MemberData(nameof(EvaluationSetTests.Cases), MemberType = typeof(EvaluationSetTests))]
    public void Findings_other_than_supported_do_not_depend_on_include_supported(string expectPath)
    {
        var stem = Path.Combine(AppContext.BaseDirectory, expectPath)[..^".expect.yaml".Length];
        var article = File.Exists(stem + ".md") ? stem + ".md" : stem + ".txt";
        var document = DocumentReader.Read(File.ReadAllText(article), DocumentReader.FormatOf(article));

        var all = TestKnowledgeBases.StarterChecker.Check(document, document.Date!.Value, new CheckOptions { IncludeSupported = true }).Findings;
        var reported = TestKnowledgeBases.StarterChecker.Check(document, document.Date!.Value, new CheckOptions()).Findings;

        Assert.All(all.Where(f => f.Verdict == Verdict.Supported), f => Assert.False(string.IsNullOrEmpty(f.Message)));
        Assert.Equal(
            all.Where(f => f.Verdict != Verdict.Supported).Select(Key),
            reported.Select(Key));
    }

    private static string Key(Finding f)
        => $"{f.Rule}|{f.Verdict}|{f.Severity}|{f.Span}|{f.Line}:{f.Column}-{f.EndLine}:{f.EndColumn}|{f.Text}|{f.Message}|{f.Expected}|{f.Suggestion}|{f.Entity}|{f.Property}|{string.Join(",", f.Sources)}|{f.FactLocation}";
}
