using System.Collections.Generic;

namespace FactBase.Checking.Rules;

/// <summary>One checker rule: its names and descriptions for tools and people, and the code that finds and checks its claims.</summary>
/// <param name="Name">The rule name as it appears in output and suppression comments (<c>entity-name</c>).</param>
/// <param name="Code">The stable diagnostic code (<c>FB1006</c>); never changes once released.</param>
/// <param name="Title">A short description.</param>
/// <param name="Description">A longer description: what the rule finds.</param>
/// <param name="Extractor">Finds the rule's claims in a sentence; <see langword="null"/> when the checker finds them another
/// way (misspellings come from the mention finder).</param>
/// <param name="Verifiers">Checks the rule's claims, one verifier per claim type.</param>
public sealed record RuleDefinition(string Name, string Code, string Title, string Description, IClaimExtractor? Extractor, IReadOnlyList<IClaimVerifier> Verifiers)
{
    /// <summary>Where the rule is documented: its section of docs/rules.md, whose anchor is the rule name (from the
    /// repository's address); <see langword="null"/> when the build has none.</summary>
    public string? HelpUri => ProjectLinks.Rule(Name);
}
