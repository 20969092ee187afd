using System.Collections.Generic;
using System.Linq;
using FactBase.Checking;
using FactBase.Checking.Findings;
using FactBase.Diagnostics;
using FactBase.Documents;
using FactBase.Knowledge;
using FactBase.Model;

namespace FactBase.Examples;

/// <summary>
/// Runs the example sentences of fact files (<c>examples:</c>) through the checker, so facts and vocabulary test
/// themselves: a <c>flag:</c> sentence must give a finding, a <c>pass:</c> sentence must not. Each one that does
/// otherwise is a diagnostic <c>FB0014</c> at the sentence's line.
/// </summary>
public static class ExampleRunner
{
    /// <summary>The longest part of a sentence quoted in a message.</summary>
    private const int QuoteLength = 80;

    /// <summary>Checks every example against the knowledge base.</summary>
    /// <param name="examples">The examples, as the parser read them.</param>
    /// <param name="knowledgeBase">The knowledge base they speak of.</param>
    /// <param name="today">The date for examples that give no <c>as-of</c>.</param>
    /// <returns>One error per failing example, in the order given.</returns>
    public static IReadOnlyList<FactDiagnostic> Run(IEnumerable<FactExample> examples, KnowledgeBase knowledgeBase, FactDate today)
    {
        var checker = new FactChecker(knowledgeBase);
        var failures = new List<FactDiagnostic>();
        foreach (var example in examples)
        {
            var document = DocumentReader.Read(example.Text, DocumentFormat.Markdown);
            var asOf = example.AsOf ?? document.Date ?? today;
            var findings = checker.Check(document, asOf).Findings.Where(f => f.Verdict != Verdict.Supported).ToList();
            if (example.MustFlag && findings.Count == 0)
            {
                failures.Add(Failure(example, $"example of '{example.Owner}' should be flagged, but the checker finds nothing wrong as of {asOf}: \"{Quote(example.Text)}\""));
            }
            else if (!example.MustFlag && findings.Count > 0)
            {
                var reported = string.Join("; ", findings.Select(f => $"[{f.Rule}] {f.Message}"));
                failures.Add(Failure(example, $"example of '{example.Owner}' should pass, but as of {asOf} the checker reports {reported}"));
            }
        }

        return failures;
    }

    private static FactDiagnostic Failure(FactExample example, string message)
        => new(FactDiagnosticIds.ExampleFailed, FactDiagnosticSeverity.Error, message, example.Location);

    private static string Quote(string text)
    {
        var line = string.Join(" ", text.Split((char[]?)null, System.StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= QuoteLength ? line : line.Substring(0, QuoteLength) + "...";
    }
}
