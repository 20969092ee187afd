using System.Collections.Generic;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Findings;

/// <summary>A checked claim in an article, located and explained.</summary>
/// <param name="Rule">The rule family.</param>
/// <param name="Verdict">What the facts say.</param>
/// <param name="Severity">How it is reported.</param>
/// <param name="Span">Where the claim is in the text.</param>
/// <param name="Line">1-based line of the start.</param>
/// <param name="Column">1-based column of the start (UTF-16 code units).</param>
/// <param name="EndLine">1-based line of the end.</param>
/// <param name="EndColumn">1-based column just past the end.</param>
/// <param name="Text">The text of the span.</param>
/// <param name="Message">A sentence for people.</param>
/// <param name="Expected">What the facts say, for non-supported verdicts.</param>
/// <param name="Suggestion">A replacement for <paramref name="Text"/>, where one is unambiguous.</param>
/// <param name="Entity">The id of the entity the claim is about.</param>
/// <param name="Property">The property checked, if any.</param>
/// <param name="Sources">The sources of the facts used.</param>
/// <param name="FactLocation">Where the fact is written in the YAML files.</param>
/// <param name="Source">The one source that backs that fact (see <see cref="BackingSource"/>), if the entity cites any.</param>
public sealed record Finding(
    string Rule,
    Verdict Verdict,
    Severity Severity,
    TextSpan Span,
    int Line,
    int Column,
    int EndLine,
    int EndColumn,
    string Text,
    string Message,
    string? Expected,
    string? Suggestion,
    string? Entity,
    string? Property,
    IReadOnlyList<string> Sources,
    SourceLocation? FactLocation,
    string? Source = null);
