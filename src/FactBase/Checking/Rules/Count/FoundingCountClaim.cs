using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules.Count;

/// <summary>How many members an organization started with: "NATO's twelve founding members", "founded by 51 countries".</summary>
/// <param name="Span">The number.</param>
/// <param name="Subject">The organization.</param>
/// <param name="Property">The members or count property.</param>
/// <param name="Count">The number stated.</param>
public sealed record FoundingCountClaim(TextSpan Span, Entity Subject, PropertyDefinition Property, int Count)
    : Claim(RuleCatalog.Count.Name, Span, Subject);
