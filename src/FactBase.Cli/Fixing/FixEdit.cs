using FactBase.Checking.Findings;

namespace FactBase.Cli.Fixing;

/// <summary>One replacement <c>--fix</c> makes: a finding's span and its suggestion.</summary>
/// <param name="Finding">The finding fixed.</param>
/// <param name="Start">The span's start offset in the text.</param>
/// <param name="Length">The span's length.</param>
/// <param name="Replacement">The text written instead.</param>
internal sealed record FixEdit(Finding Finding, int Start, int Length, string Replacement);
