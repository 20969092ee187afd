using FactBase.Checking;
using FactBase.Checking.Findings;
using FactBase.Documents;
using YamlDotNet.RepresentationModel;

namespace FactBase.Tests.Checking;

/// <summary>
/// The evaluation set (copied from shared/eval) as a data-driven theory, scored as score.py scores it:
/// every expected finding reported, every supported claim recognised, nothing else reported.
/// </summary>
public sealed class EvaluationSetTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var expect in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Eval"), "*.expect.yaml", SearchOption.AllDirectories).Order())
        {
            data.Add(Path.GetRelativePath(AppContext.BaseDirectory, expect));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_matches_its_expectations(string expectPath)
    {
        var full = Path.Combine(AppContext.BaseDirectory, expectPath);
        var stem = full[..^".expect.yaml".Length];
        var article = File.Exists(stem + ".md") ? stem + ".md" : stem + ".txt";
        var text = File.ReadAllText(article);
        var document = DocumentReader.Read(text, DocumentReader.FormatOf(article));
        var result = TestKnowledgeBases.StarterChecker.Check(document, document.Date!.Value, new CheckOptions { IncludeSupported = true });
        var expect = LoadExpectations(full);

        var used = new HashSet<Finding>();
        foreach (var want in expect.Findings)
        {
            var span = SpanOf(text, want.Text);
            var hit = result.Findings.FirstOrDefault(f => !used.Contains(f) && f.Verdict != Verdict.Supported && f.Rule == want.Rule
                && Overlaps(f, span) && VerdictMatches(want.Verdict, f.Verdict)
                && (want.Suggestion is null || (f.Suggestion ?? string.Empty).Contains(want.Suggestion))
                && (want.Expected is null || (f.Expected ?? string.Empty).Contains(want.Expected)));
            Assert.True(hit is not null, $"missed {want.Rule} '{want.Text}' ({want.Verdict}); got: {Describe(result.Findings)}");
            used.Add(hit!);
        }

        foreach (var optional in expect.Optional)
        {
            var span = SpanOf(text, optional.Text);
            used.UnionWith(result.Findings.Where(f => Overlaps(f, span)));
        }

        var extras = result.Findings.Where(f => f.Verdict != Verdict.Supported && !used.Contains(f)).ToList();
        Assert.True(extras.Count == 0, $"false findings: {Describe(extras)}");

        foreach (var supported in expect.Supported)
        {
            var span = SpanOf(text, supported.Text);
            Assert.True(
                result.Findings.Any(f => f.Verdict == Verdict.Supported && f.Rule == supported.Rule && Overlaps(f, span)),
                $"supported claim not recognised: {supported.Rule} '{supported.Text}'; got: {Describe(result.Findings)}");
        }
    }

    private static bool VerdictMatches(string? want, Verdict got)
        => want is "contradicted" or "outdated" ? got is Verdict.Contradicted or Verdict.Outdated : want == got.ToString().ToLowerInvariant();

    private static (int Start, int End) SpanOf(string text, string needle)
    {
        var at = text.IndexOf(needle, StringComparison.Ordinal);
        Assert.True(at >= 0, $"expectation text not found: {needle}");
        return (at, at + needle.Length);
    }

    private static bool Overlaps(Finding f, (int Start, int End) span) => f.Span.Start < span.End && span.Start < Math.Max(f.Span.End, f.Span.Start + 1);

    private static string Describe(IEnumerable<Finding> findings)
        => string.Join("; ", findings.Select(f => $"{f.Rule}:{f.Text}:{f.Verdict}:{f.Expected}"));

    private static Expectations LoadExpectations(string path)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(path)));
        var root = yaml.Documents.Count > 0 ? yaml.Documents[0].RootNode as YamlMappingNode : null;
        List<Expectation> Read(string key)
        {
            if (root is null || !root.Children.TryGetValue(new YamlScalarNode(key), out var node) || node is not YamlSequenceNode seq)
            {
                return new List<Expectation>();
            }

            return seq.Children.OfType<YamlMappingNode>().Select(m => new Expectation(
                Get(m, "text")!, Get(m, "rule"), Get(m, "verdict"), Get(m, "suggestion"), Get(m, "expected"))).ToList();
        }

        return new Expectations(Read("findings"), Read("supported"), Read("optional"));
    }

    private static string? Get(YamlMappingNode map, string key)
        => map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? ((YamlScalarNode)node).Value : null;

    private sealed record Expectation(string Text, string? Rule, string? Verdict, string? Suggestion, string? Expected);

    private sealed record Expectations(List<Expectation> Findings, List<Expectation> Supported, List<Expectation> Optional);
}
