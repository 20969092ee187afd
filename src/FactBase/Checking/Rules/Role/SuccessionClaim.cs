using FactBase.Checking.Time;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules.Role;

/// <summary>That one person took over an office from another: "X succeeded Y", "X replaced Y as prime minister", "X's
/// predecessor, Y", "his successor, Y", "taking over from Y".</summary>
/// <param name="Span">The words from the first person to the second.</param>
/// <param name="Subject">The person who took over.</param>
/// <param name="Predecessor">The person who held the office before.</param>
/// <param name="Time">The sentence's time.</param>
public sealed record SuccessionClaim(TextSpan Span, Entity Subject, Entity Predecessor, TimeContext Time)
    : Claim(RuleCatalog.Role.Name, Span, Subject);
