using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules.EntityName;

/// <summary>A word that looks like a misspelled name: "NATA" for "NATO".</summary>
/// <param name="Span">The word.</param>
/// <param name="Subject">The entity whose name it resembles.</param>
/// <param name="Written">The word as written.</param>
/// <param name="Correct">The right spelling.</param>
public sealed record NameClaim(TextSpan Span, Entity Subject, string Written, string Correct)
    : Claim(RuleCatalog.EntityName.Name, Span, Subject);
