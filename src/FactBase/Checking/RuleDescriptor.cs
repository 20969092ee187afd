namespace FactBase.Checking;

/// <summary>What a rule is, for tools that describe rules (SARIF, build diagnostics, documentation).</summary>
/// <param name="Rule">The rule name as it appears in output and suppression comments (<c>entity-name</c>).</param>
/// <param name="Code">The stable diagnostic code (<c>FB1006</c>).</param>
/// <param name="Title">A short description.</param>
/// <param name="Description">A longer description: what the rule finds.</param>
/// <param name="HelpUri">Where the rule is documented (from the repository's address); <see langword="null"/> when the build has none.</param>
public sealed record RuleDescriptor(string Rule, string Code, string Title, string Description, string? HelpUri);
