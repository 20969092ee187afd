namespace FactBase.Checking.Findings;

/// <summary>How a finding is reported; errors make <c>factbase check</c> exit 1.</summary>
public enum Severity
{
    /// <summary>Informational (supported claims).</summary>
    Info,

    /// <summary>Reported, does not fail a run.</summary>
    Warning,

    /// <summary>Fails a run.</summary>
    Error,
}
