using FactBase.Checking.Time;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules.Role;

/// <summary>
/// A person the facts do not know, named with a country's title whose holder the facts do know at that time: "German
/// Chancellor Helmut Kohl" in March 1999, when the facts give Gerhard Schröder. The subject is the country (or
/// organisation): the person has no entity.
/// </summary>
/// <param name="Span">The name as written.</param>
/// <param name="Qualifier">The country or organisation the title is of.</param>
/// <param name="Office">The office the title names.</param>
/// <param name="Name">The name as written.</param>
/// <param name="Time">When the claim speaks of: the article's time, with no other time in or near the sentence.</param>
public sealed record UnknownHolderClaim(TextSpan Span, Entity Qualifier, PropertyDefinition Office, string Name, TimeContext Time)
    : Claim(RuleCatalog.Role.Name, Span, Qualifier);
