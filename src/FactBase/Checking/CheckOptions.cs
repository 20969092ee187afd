using System;
using System.Collections.Generic;
using FactBase.Checking.Findings;

namespace FactBase.Checking;

/// <summary>How <see cref="FactChecker"/> reports.</summary>
public sealed record CheckOptions
{
    /// <summary>Whether supported claims are reported too (as <see cref="Severity.Info"/>).</summary>
    public bool IncludeSupported { get; init; }

    /// <summary>Severity per rule; rules not listed report wrong claims as errors. <see langword="null"/> for a rule turns it off.</summary>
    public IReadOnlyDictionary<string, Severity?> RuleSeverities { get; init; } = new Dictionary<string, Severity?>(StringComparer.Ordinal);

    /// <summary>How messages write dates: "24 August 1991" (the default) or ISO "1991-08-24".</summary>
    public DateStyle DateStyle { get; init; }
}
