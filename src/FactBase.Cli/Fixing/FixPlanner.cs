using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using FactBase.Checking.Findings;
using FactBase.Documents;

namespace FactBase.Cli.Fixing;

/// <summary>
/// Chooses which findings <c>--fix</c> may apply: only where the replacement is unambiguous.
/// </summary>
/// <remarks>
/// A finding is fixable when it is wrong (misspelled, contradicted or outdated), has a suggestion that differs from
/// its text, lies on one line of prose (never code, front matter, comments or link targets), and replaces only the
/// claim's own value: a number or date for a number or date, or a misspelled name by its right spelling. A person
/// named in a wrong office is never replaced by the holder: that would change who did what. The shape guard also
/// keeps a wide span (say, a whole "X, a member of NATO since 1952" phrase) from being replaced by a bare date.
/// <see cref="FixVerifier"/> then re-checks the fixed text. Findings
/// whose spans overlap another wrong finding are left alone. When in doubt, no edit.
/// </remarks>
internal static class FixPlanner
{
    private static readonly Regex NumberLike = new(@"^[0-9][0-9\-]*(st|nd|rd|th)?$", RegexOptions.CultureInvariant);

    /// <summary>The edits for a document's findings, in text order, never overlapping.</summary>
    /// <param name="document">The document the findings are in.</param>
    /// <param name="findings">Its findings.</param>
    /// <returns>The edits.</returns>
    public static List<FixEdit> Plan(Document document, IReadOnlyList<Finding> findings)
    {
        var wrong = findings.Where(f => f.Verdict != Verdict.Supported).ToList();
        var candidates = wrong
            .Where(f => IsFixable(document, f))
            .GroupBy(f => (f.Span.Start, f.Span.Length))
            .Where(g => g.Select(f => f.Suggestion).Distinct().Count() == 1)
            .Select(g => g.First())
            .ToList();

        return candidates
            .Where(c => !wrong.Any(o => (o.Span.Start != c.Span.Start || o.Span.Length != c.Span.Length) && Overlaps(o, c)))
            .OrderBy(c => c.Span.Start)
            .Select(c => new FixEdit(c, c.Span.Start, c.Span.Length, c.Suggestion!))
            .ToList();
    }

    /// <summary>Whether one finding could be fixed on its own (used by formats that offer suggestions too).</summary>
    /// <param name="document">The document.</param>
    /// <param name="finding">The finding.</param>
    /// <returns><see langword="true"/> when its suggestion can replace its span.</returns>
    public static bool IsFixable(Document document, Finding finding)
    {
        if (finding.Verdict == Verdict.Supported
            || string.IsNullOrEmpty(finding.Suggestion)
            || finding.Suggestion == finding.Text
            || finding.Line != finding.EndLine
            || finding.Span.Length == 0
            || finding.Span.Start < 0
            || finding.Span.Start + finding.Span.Length > document.Original.Length
            || finding.Suggestion!.IndexOfAny(new[] { '\r', '\n' }) >= 0)
        {
            return false;
        }

        var original = document.Original.Substring(finding.Span.Start, finding.Span.Length);
        if (original != finding.Text || document.Prose.Substring(finding.Span.Start, finding.Span.Length) != original)
        {
            return false;
        }

        // Only the claim's own value changes: a number or date for a number or date, or the right spelling of the same
        // name. Words replaced by other words would name someone else (a role's holder), changing who did what.
        var textIsNumber = NumberLike.IsMatch(original);
        var suggestionIsNumber = NumberLike.IsMatch(finding.Suggestion);
        return textIsNumber
            ? suggestionIsNumber
            : !suggestionIsNumber && finding.Verdict == Verdict.Misspelled && !original.Any(char.IsDigit);
    }

    private static bool Overlaps(Finding a, Finding b)
        => a.Span.Start < b.Span.Start + b.Span.Length && b.Span.Start < a.Span.Start + a.Span.Length;
}
