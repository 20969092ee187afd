using System.Collections.Generic;
using FactBase.Checking.Numbers;
using FactBase.Checking.Time;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules.Role;

/// <summary>How long a person held an office: "his 16 years as chancellor", "after a reign of seventy years", "nearly a
/// decade in office".</summary>
/// <param name="Span">The words from the number to the office or the noun of the tenure.</param>
/// <param name="Subject">The person.</param>
/// <param name="Offices">The offices the words may mean (each checked; more than one only when they are the same office of
/// several bodies or the title named no body).</param>
/// <param name="Years">The number of years written.</param>
/// <param name="Bound">How the number is meant: exactly, as a bound or roughly ("a decade", "about", "nearly").</param>
/// <param name="Time">The sentence's time (the article's date for a term still running).</param>
public sealed record TenureLengthClaim(TextSpan Span, Entity Subject, IReadOnlyList<OfficeRef> Offices, int Years, CountBound Bound, TimeContext Time)
    : Claim(RuleCatalog.Role.Name, Span, Subject)
{
    /// <summary>The title as written after "as" ("chancellor"), or <see langword="null"/> ("in office", "reign").</summary>
    public string? Title { get; init; }
}
