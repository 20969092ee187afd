using FactBase.Checking.Time;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules.Role;

/// <summary>
/// A person given an office that the country or organisation named does not have, as its facts declare with an empty
/// timeline (<c>president: []</c>): "Justin Trudeau, the president of Canada".
/// </summary>
/// <param name="Span">The person's name.</param>
/// <param name="Subject">The person.</param>
/// <param name="Qualifier">The country or organisation named.</param>
/// <param name="Office">The office it does not have.</param>
/// <param name="Time">When the claim speaks of.</param>
public sealed record AbsentOfficeClaim(TextSpan Span, Entity Subject, Entity Qualifier, PropertyDefinition Office, TimeContext Time)
    : Claim(RuleCatalog.Role.Name, Span, Subject);
