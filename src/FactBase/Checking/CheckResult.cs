using System.Collections.Generic;
using FactBase.Checking.Findings;
using FactBase.Model;

namespace FactBase.Checking;

/// <summary>The outcome of checking one document.</summary>
/// <param name="AsOf">The date claims were checked at.</param>
/// <param name="Claims">How many claims were recognised (checked or not).</param>
/// <param name="Findings">The findings, in text order.</param>
public sealed record CheckResult(FactDate AsOf, int Claims, IReadOnlyList<Finding> Findings);
