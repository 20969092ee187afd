namespace FactBase.Checking.Rules.Role;

/// <summary>How a title is tied to time.</summary>
public enum RoleTense
{
    /// <summary>Holds the office at the time spoken of: "NATO Secretary General Mark Rutte".</summary>
    Current,

    /// <summary>Held it before and no longer: "former", "ex-".</summary>
    Former,

    /// <summary>Held it at the time the sentence names: "then-President".</summary>
    Then,
}
