namespace FactBase.Checking;

/// <summary>How messages write dates.</summary>
public enum DateStyle
{
    /// <summary>As editors write them: "24 August 1991", "August 1991", "1991".</summary>
    Text,

    /// <summary>ISO 8601: "1991-08-24", "1991-08", "1991".</summary>
    Iso,
}
