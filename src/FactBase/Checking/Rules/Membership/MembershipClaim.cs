using FactBase.Checking.Time;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules.Membership;

/// <summary>That an entity is or is not a member: "Ukraine, which is not a NATO member", "NATO member Finland".</summary>
/// <param name="Span">The phrase that states it.</param>
/// <param name="Subject">The (non-)member.</param>
/// <param name="Organization">The organization.</param>
/// <param name="Property">The members property.</param>
/// <param name="IsMember">Whether membership is claimed (<see langword="false"/> for "not a member").</param>
/// <param name="Since">The joining date stated with "since", if any.</param>
/// <param name="Time">When the claim speaks of.</param>
public sealed record MembershipClaim(TextSpan Span, Entity Subject, Entity Organization, PropertyDefinition Property, bool IsMember, FactDate? Since, TimeContext Time)
    : Claim(RuleCatalog.Membership.Name, Span, Subject);
