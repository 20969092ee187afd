using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules.Count;

/// <summary>A joiner's place told of an organization whose facts hold a count, not the members, at a time the sentence
/// names: "Montenegro became the 192nd member of the United Nations in June 2006".</summary>
/// <param name="Span">The ordinal.</param>
/// <param name="Subject">The organization.</param>
/// <param name="Property">The count property.</param>
/// <param name="Ordinal">The number stated (192 for "192nd").</param>
/// <param name="Time">The time of the joining the sentence names.</param>
public sealed record CountOrdinalClaim(TextSpan Span, Entity Subject, PropertyDefinition Property, int Ordinal, FactDate Time)
    : Claim(RuleCatalog.Count.Name, Span, Subject);
