namespace FactBase.Checking.Findings;

/// <summary>What the facts say about a claim.</summary>
public enum Verdict
{
    /// <summary>True at the time it speaks of.</summary>
    Supported,

    /// <summary>Never true at that time.</summary>
    Contradicted,

    /// <summary>Was true before, no longer at that time.</summary>
    Outdated,

    /// <summary>A known name, misspelled.</summary>
    Misspelled,
}
