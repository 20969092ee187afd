using FactBase.Checking;
using FactBase.Checking.Findings;
using FactBase.Documents;
using FactBase.Model;

namespace FactBase.Tests.Checking;

/// <summary>Runs the checker over a snippet and asserts on its findings, supported ones included.</summary>
internal static class CheckAssert
{
    /// <summary>Every finding (supported ones too) for <paramref name="text"/> checked as of <paramref name="asOf"/>.</summary>
    public static IReadOnlyList<Finding> Findings(FactChecker checker, string text, string asOf, DocumentFormat format = DocumentFormat.PlainText)
    {
        var document = DocumentReader.Read(text, format);
        return checker.Check(document, FactDate.Parse(asOf), new CheckOptions { IncludeSupported = true }).Findings;
    }

    /// <summary>
    /// Asserts that the only finding of <paramref name="rule"/> covers exactly <paramref name="span"/> with this verdict,
    /// expected value and suggestion (both <see langword="null"/> for supported claims).
    /// </summary>
    public static Finding Single(FactChecker checker, string text, string asOf, string rule, string span, string verdict, string? expected = null, string? suggestion = null)
    {
        var findings = Findings(checker, text, asOf);
        var ofRule = findings.Where(f => f.Rule == rule).ToList();
        Assert.True(ofRule.Count == 1, $"expected one {rule} finding in \"{text}\", got: {Describe(findings)}");
        var finding = ofRule[0];
        Assert.Equal(span, finding.Text);
        Assert.Equal(verdict, finding.Verdict.ToString().ToLowerInvariant());
        Assert.Equal(expected, finding.Expected);
        Assert.Equal(suggestion, finding.Suggestion);
        if (finding.Verdict != Verdict.Supported)
        {
            Assert.False(string.IsNullOrEmpty(finding.Message));
            Assert.NotEmpty(finding.Sources);
        }

        return finding;
    }

    /// <summary>Asserts that <paramref name="text"/> raises no finding of <paramref name="rule"/> (any rule when null), supported or not.</summary>
    public static void None(FactChecker checker, string text, string asOf, string? rule = null)
    {
        var findings = Findings(checker, text, asOf).Where(f => rule is null || f.Rule == rule).ToList();
        Assert.True(findings.Count == 0, $"expected no {rule ?? "any"} finding in \"{text}\", got: {Describe(findings)}");
    }

    /// <summary>Asserts that <paramref name="text"/> raises no finding that is not supported.</summary>
    public static void NoAlarm(FactChecker checker, string text, string asOf)
    {
        var findings = Findings(checker, text, asOf).Where(f => f.Verdict != Verdict.Supported).ToList();
        Assert.True(findings.Count == 0, $"expected no alarm in \"{text}\", got: {Describe(findings)}");
    }

    public static string Describe(IEnumerable<Finding> findings)
        => "[" + string.Join("; ", findings.Select(f => $"{f.Rule}:'{f.Text}':{f.Verdict.ToString().ToLowerInvariant()}:expected={f.Expected ?? "null"}:suggestion={f.Suggestion ?? "null"}")) + "]";
}
