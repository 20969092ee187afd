using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules.Date;

/// <summary>When a member joined: "Finland, which joined NATO in 2023".</summary>
/// <param name="Span">The date.</param>
/// <param name="Subject">The member.</param>
/// <param name="Organization">What it joined.</param>
/// <param name="Property">The members property.</param>
/// <param name="Claimed">The date stated.</param>
public sealed record JoinDateClaim(TextSpan Span, Entity Subject, Entity Organization, PropertyDefinition Property, FactDate Claimed)
    : Claim(RuleCatalog.Date.Name, Span, Subject);
