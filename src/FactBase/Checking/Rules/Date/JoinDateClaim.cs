using FactBase.Checking.Time;
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
    : Claim(RuleCatalog.Date.Name, Span, Subject)
{
    /// <summary>How the date was written: as a date, or as a time relative to the article or the narrative ("last
    /// year"), which a correction must not rewrite; "two years ago" is approximate.</summary>
    public TimeReading Reading { get; init; }
}
