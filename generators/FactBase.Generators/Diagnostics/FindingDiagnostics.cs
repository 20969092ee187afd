using System;
using System.Text;
using FactBase.Checking;
using FactBase.Checking.Findings;
using FactBase.Checking.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FactBase.Generators;

/// <summary>Turns a checker <see cref="Finding"/> into a build diagnostic at the article's file, line and column.</summary>
internal static class FindingDiagnostics
{
    /// <summary>The diagnostic of one finding.</summary>
    /// <param name="articlePath">The article's path as the compiler knows it.</param>
    /// <param name="finding">A non-supported finding.</param>
    /// <param name="fact">Where the fact the finding relies on is written, if known.</param>
    /// <returns>The diagnostic: id <c>FB10xx</c> of the rule, error by default (configurable), message with what the facts say.</returns>
    public static DiagnosticInfo Create(string articlePath, Finding finding, LocationInfo? fact)
    {
        var location = new LocationInfo(
            articlePath,
            new TextSpan(finding.Span.Start, finding.Span.Length),
            new LinePositionSpan(
                new LinePosition(finding.Line - 1, finding.Column - 1),
                new LinePosition(finding.EndLine - 1, finding.EndColumn - 1)));
        return new DiagnosticInfo(RuleCatalog.CodeOf(finding.Rule), DiagnosticSeverity.Error, Message(finding), location, fact);
    }

    /// <summary>
    /// The message: the finding's own sentence, then what it does not already say (the expected value, the suggested
    /// replacement), then the rule name (as the CLI's <c>msbuild</c> format ends with it), on one line:
    /// <c>'Acmee' looks like a misspelling of 'Acme' [entity-name]</c>,
    /// <c>Acme was founded on 14 May 1990, not in 1991 [date]</c>.
    /// </summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The message.</returns>
    public static string Message(Finding finding)
    {
        var message = OneLine(finding.Message);
        var text = new StringBuilder(message);
        var expected = finding.Expected is { } e && message.IndexOf(e, StringComparison.Ordinal) < 0 ? OneLine(e) : null;
        var suggestion = finding.Suggestion is { } s && s != finding.Expected && message.IndexOf(s, StringComparison.Ordinal) < 0 ? OneLine(s) : null;
        if (expected is not null || suggestion is not null)
        {
            text.Append(" (");
            if (expected is not null)
            {
                text.Append("expected: ").Append(expected);
            }

            if (suggestion is not null)
            {
                text.Append(expected is not null ? "; " : string.Empty).Append("suggestion: ").Append(suggestion);
            }

            text.Append(')');
        }

        return text.Append(" [").Append(finding.Rule).Append(']').ToString();
    }

    private static string OneLine(string text) => text.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ');
}
