using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules.Count;

/// <summary>Which member a member was when it joined: "Sweden became the 32nd member of NATO".</summary>
/// <param name="Span">The ordinal.</param>
/// <param name="Subject">The member.</param>
/// <param name="Organization">The organization.</param>
/// <param name="Property">The members property.</param>
/// <param name="Ordinal">The number stated (32 for "32nd").</param>
public sealed record MemberOrdinalClaim(TextSpan Span, Entity Subject, Entity Organization, PropertyDefinition Property, int Ordinal)
    : Claim(RuleCatalog.Count.Name, Span, Subject)
{
    /// <summary>For "the first to join since 2004": the time after which the joinings are counted; <see langword="null"/>
    /// when every joining counts.</summary>
    public FactDate? Since { get; init; }
}
