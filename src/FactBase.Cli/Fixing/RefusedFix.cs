using FactBase.Checking.Findings;

namespace FactBase.Cli.Fixing;

/// <summary>A fix undone by the re-check.</summary>
/// <param name="Edit">The edit.</param>
/// <param name="Raised">The finding the fixed text had that the original did not.</param>
internal sealed record RefusedFix(FixEdit Edit, Finding Raised);
