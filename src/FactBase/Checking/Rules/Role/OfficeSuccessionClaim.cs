using FactBase.Checking.Time;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules.Role;

/// <summary>That someone came right before or after a person in a named office: "her successor as prime minister, Y", "his
/// predecessor as secretary general, Y".</summary>
/// <param name="Span">The words from the owner to the other person.</param>
/// <param name="Owner">The person whose predecessor or successor is named.</param>
/// <param name="Other">The person named as predecessor or successor.</param>
/// <param name="IsSuccessor">Whether <paramref name="Other"/> is said to have come after <paramref name="Owner"/>.</param>
/// <param name="Office">The office named.</param>
/// <param name="Time">The sentence's time.</param>
public sealed record OfficeSuccessionClaim(TextSpan Span, Entity Owner, Entity Other, bool IsSuccessor, OfficeRef Office, TimeContext Time)
    : Claim(RuleCatalog.Role.Name, Span, Owner);
