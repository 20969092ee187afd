using FactBase.Checking.Time;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules.Date;

/// <summary>A date property stated by one of its verbs: "NATO, founded in 1948", "born in 1946".</summary>
/// <param name="Span">The date.</param>
/// <param name="Subject">Whose date.</param>
/// <param name="Property">The date property.</param>
/// <param name="Claimed">The date stated, at the precision it was written.</param>
public sealed record DateClaim(TextSpan Span, Entity Subject, PropertyDefinition Property, FactDate Claimed)
    : Claim(RuleCatalog.Date.Name, Span, Subject)
{
    /// <summary>How the date was written (<see cref="JoinDateClaim.Reading"/>).</summary>
    public TimeReading Reading { get; init; }
}
