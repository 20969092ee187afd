using FactBase.Checking.Findings;
using FactBase.Model;

namespace FactBase.Checking.Verification;

/// <summary>The outcome of checking one claim against the knowledge base.</summary>
/// <param name="Verdict">Supported, contradicted, outdated or misspelled.</param>
/// <param name="Message">What was checked and found, in words.</param>
/// <param name="Expected">What the facts say (for non-supported verdicts).</param>
/// <param name="Suggestion">A replacement for the claim's text, where unambiguous.</param>
/// <param name="Entity">The entity whose facts decided (for citing sources).</param>
/// <param name="Property">The property checked.</param>
/// <param name="FactLocation">Where the deciding fact is written.</param>
public sealed record ClaimVerdict(Verdict Verdict, string Message, string? Expected, string? Suggestion, Entity Entity, string? Property, SourceLocation? FactLocation);
