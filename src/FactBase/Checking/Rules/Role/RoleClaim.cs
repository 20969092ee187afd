using System.Collections.Generic;
using FactBase.Checking.Time;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules.Role;

/// <summary>That a person holds (or held) an office: "US President Joe Biden", "X, Britain's prime minister".</summary>
/// <param name="Span">The person's name.</param>
/// <param name="Subject">The person.</param>
/// <param name="Offices">The offices the title may mean; more than one only when no qualifier narrowed it.</param>
/// <param name="Tense">Current, former or then-.</param>
/// <param name="Time">When the claim speaks of.</param>
public sealed record RoleClaim(TextSpan Span, Entity Subject, IReadOnlyList<OfficeRef> Offices, RoleTense Tense, TimeContext Time)
    : Claim(RuleCatalog.Role.Name, Span, Subject)
{
    /// <summary>Whether the sentence tells of the person taking the office ("was sworn in as", "took office as", "the cabinet
    /// under Prime Minister X was sworn in"): on the day an office changes hands that is the new holder, never the one
    /// leaving, so the outgoing holder's last day does not count.</summary>
    public bool Investiture { get; init; }
}
