using System;
using System.Collections.Generic;
using System.Linq;
using FactBase.Checking;
using FactBase.Checking.Findings;
using FactBase.Documents;

namespace FactBase.Cli.Fixing;

/// <summary>
/// Checks the fixed text again before anything is written: a fix that makes the checker raise a finding the file did
/// not have (or that leaves its own finding in place) is undone, so <c>--fix</c> never trades one error for another.
/// </summary>
/// <remarks>
/// All edits are tried together first, which costs one more check per file. Only when that raises a new finding is
/// each edit tried on its own to find the culprits; if none is a culprit alone, the edits interact and all are undone.
/// </remarks>
internal static class FixVerifier
{
    /// <summary>The edits that survive the re-check, the ones undone (with the finding each would raise), and the
    /// findings the fixed file has.</summary>
    /// <param name="document">The document as read.</param>
    /// <param name="format">Its format (to read the fixed text the same way).</param>
    /// <param name="before">The findings of the document as read.</param>
    /// <param name="edits">The planned edits, in text order.</param>
    /// <param name="check">Checks a document as the run does (same facts, as-of date and options).</param>
    /// <returns>The outcome.</returns>
    public static FixOutcome Verify(Document document, DocumentFormat format, IReadOnlyList<Finding> before, IReadOnlyList<FixEdit> edits, Func<Document, CheckResult> check)
    {
        var accepted = edits.ToList();
        var refused = new List<RefusedFix>();
        while (accepted.Count > 0)
        {
            var fixedDocument = DocumentReader.Read(FileFixer.Apply(document.Original, accepted), format);
            var result = check(fixedDocument);
            if (Unexpected(before, accepted, result.Findings) is null)
            {
                return new FixOutcome(accepted, refused, fixedDocument, result);
            }

            var culprits = new List<RefusedFix>();
            foreach (var edit in accepted)
            {
                var alone = check(DocumentReader.Read(FileFixer.Apply(document.Original, new[] { edit }), format));
                if (Unexpected(before, new[] { edit }, alone.Findings) is { } raised)
                {
                    culprits.Add(new RefusedFix(edit, raised));
                }
            }

            if (culprits.Count == 0)
            {
                // Each edit is fine alone but not together: undo them all rather than guess which to keep.
                var raised = Unexpected(before, accepted, result.Findings)!;
                culprits.AddRange(accepted.Select(e => new RefusedFix(e, raised)));
            }

            refused.AddRange(culprits);
            accepted.RemoveAll(e => culprits.Any(c => ReferenceEquals(c.Edit, e)));
        }

        return new FixOutcome(accepted, refused, null, null);
    }

    /// <summary>A wrong finding of the fixed text that the original did not have, or a fixed finding still there;
    /// <see langword="null"/> when the re-check is clean.</summary>
    private static Finding? Unexpected(IReadOnlyList<Finding> before, IReadOnlyList<FixEdit> edits, IReadOnlyList<Finding> after)
    {
        var fixedOnes = new HashSet<Finding>(edits.Select(e => e.Finding), ReferenceEqualityComparer.Instance);
        var remaining = new List<(string, Verdict, int, string)>();
        foreach (var finding in before)
        {
            if (finding.Verdict != Verdict.Supported && !fixedOnes.Contains(finding))
            {
                remaining.Add(Key(finding));
            }
        }

        foreach (var finding in after)
        {
            if (finding.Verdict == Verdict.Supported)
            {
                continue;
            }

            // Fixes stay within a line, so a finding the fix did not touch keeps its line and text.
            var at = remaining.IndexOf(Key(finding));
            if (at < 0)
            {
                return finding;
            }

            remaining.RemoveAt(at);
        }

        return null;
    }

    private static (string, Verdict, int, string) Key(Finding f) => (f.Rule, f.Verdict, f.Line, f.Text);
}
