using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules.EntityName;

/// <summary>
/// A word of a person's name that does not fit the person the rest of the name or a title points to: "Olav" in
/// "German Chancellor Olav Scholz", "Starmar" in "British Prime Minister Starmar".
/// </summary>
/// <param name="Span">The wrong word.</param>
/// <param name="Subject">The person meant.</param>
/// <param name="Written">The word as written.</param>
/// <param name="Correct">The person's own word for it.</param>
/// <param name="Evidence">Why this person is meant, for the message ("the only known person with the surname Scholz").</param>
public sealed record PersonNameClaim(TextSpan Span, Entity Subject, string Written, string Correct, string Evidence)
    : Claim(RuleCatalog.EntityName.Name, Span, Subject);
