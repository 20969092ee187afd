using System.Collections.Generic;
using FactBase.Checking.Time;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules.Role;

/// <summary>When a person's term in an office ended, told with no start: "X ruled Spain until 1975", "X left office in 2014",
/// "X left the post in May 2019".</summary>
/// <param name="Span">The words from the name to the date.</param>
/// <param name="Subject">The person.</param>
/// <param name="Offices">The offices meant; more than one only when they are the same office of several bodies.</param>
/// <param name="To">When the term ended, as written.</param>
/// <param name="Time">The sentence's time.</param>
public sealed record TermEndClaim(TextSpan Span, Entity Subject, IReadOnlyList<OfficeRef> Offices, FactDate To, TimeContext Time)
    : Claim(RuleCatalog.Role.Name, Span, Subject);
