using System.Collections.Generic;

namespace FactBase.Checking;

/// <summary>The names of the rule families, as they appear in output and suppression comments.</summary>
public static class Rules
{
    /// <summary>Ages counted from a date ("the 75-year-old NATO").</summary>
    public const string Age = "age";

    /// <summary>Dates stated by verbs ("founded in 1949", "joined NATO in 2023").</summary>
    public const string Date = "date";

    /// <summary>Who holds an office at a time.</summary>
    public const string Role = "role";

    /// <summary>Member or not, at a time.</summary>
    public const string Membership = "membership";

    /// <summary>Number of members at a time.</summary>
    public const string Count = "count";

    /// <summary>Misspellings of known names.</summary>
    public const string EntityName = "entity-name";

    /// <summary>Every rule, in a stable order.</summary>
    public static IReadOnlyList<string> All { get; } = new[] { Age, Date, Role, Membership, Count, EntityName };
}
