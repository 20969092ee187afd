using System.Collections.Generic;
using FactBase.Checking;
using FactBase.Documents;

namespace FactBase.Cli.Fixing;

/// <summary>What the re-check decided.</summary>
/// <param name="Applied">The edits to write.</param>
/// <param name="Refused">The edits undone.</param>
/// <param name="Fixed">The text with <paramref name="Applied"/>, or <see langword="null"/> when none is left.</param>
/// <param name="Result">The check of <paramref name="Fixed"/>.</param>
internal sealed record FixOutcome(IReadOnlyList<FixEdit> Applied, IReadOnlyList<RefusedFix> Refused, Document? Fixed, CheckResult? Result);
