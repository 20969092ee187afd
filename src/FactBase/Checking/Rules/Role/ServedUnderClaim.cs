using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules.Role;

/// <summary>That a person held an office of the government of another person's country while that person held their
/// office: "X served as Chirac's prime minister", "Merkel's chancellor, X", "his prime minister, X" after a named president.</summary>
/// <param name="Span">The words from the holder to the title, or from the possessive to the holder.</param>
/// <param name="Subject">The holder.</param>
/// <param name="Office">The office held: of the one country or organisation where the possessor held an office.</param>
/// <param name="Possessor">The person in the possessive ("Chirac's").</param>
public sealed record ServedUnderClaim(TextSpan Span, Entity Subject, OfficeRef Office, Entity Possessor)
    : Claim(RuleCatalog.Role.Name, Span, Subject);
