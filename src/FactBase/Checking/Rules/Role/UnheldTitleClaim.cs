using System.Collections.Generic;
using FactBase.Checking.Time;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules.Role;

/// <summary>
/// A title with no country or organisation named, before a known person who never held an office with that title:
/// "Prime Minister Emmanuel Macron".
/// </summary>
/// <param name="Span">The person's name.</param>
/// <param name="Subject">The person.</param>
/// <param name="Offices">The offices the title may mean (none of them ever held by the person).</param>
/// <param name="Time">When the claim speaks of.</param>
public sealed record UnheldTitleClaim(TextSpan Span, Entity Subject, IReadOnlyList<PropertyDefinition> Offices, TimeContext Time)
    : Claim(RuleCatalog.Role.Name, Span, Subject);
