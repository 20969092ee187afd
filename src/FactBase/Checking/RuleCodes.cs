using System;
using System.Collections.Generic;

namespace FactBase.Checking;

/// <summary>
/// The stable diagnostic code of each checker rule (<c>FB1xxx</c>), the one place the mapping is written.
/// </summary>
/// <remarks>
/// Fact-file diagnostics are <c>FB0xxx</c> (<see cref="Diagnostics.FactDiagnosticIds"/>); findings in articles are
/// <c>FB1xxx</c>. The CLI (msbuild, SARIF, rdjsonl, GitHub formats) and the build-time analyzer both use these codes,
/// so a code never changes once released; a new rule gets the next free number.
/// </remarks>
public static class RuleCodes
{
    /// <summary>The code of <see cref="Rules.Age"/>.</summary>
    public const string Age = "FB1001";

    /// <summary>The code of <see cref="Rules.Date"/>.</summary>
    public const string Date = "FB1002";

    /// <summary>The code of <see cref="Rules.Role"/>.</summary>
    public const string Role = "FB1003";

    /// <summary>The code of <see cref="Rules.Membership"/>.</summary>
    public const string Membership = "FB1004";

    /// <summary>The code of <see cref="Rules.Count"/>.</summary>
    public const string Count = "FB1005";

    /// <summary>The code of <see cref="Rules.EntityName"/>.</summary>
    public const string EntityName = "FB1006";

    /// <summary>The code used for a rule this version does not know (never expected in practice).</summary>
    public const string Unknown = "FB1000";

    /// <summary>Every rule with its code and descriptions, in code order.</summary>
    public static IReadOnlyList<RuleDescriptor> Descriptors { get; } = new[]
    {
        Describe(Rules.Age, Age, "Age or anniversary disagrees with a date", "An age or anniversary (\"the 75-year-old NATO\", \"aged 58\", \"NATO's 75th anniversary\") that does not follow from a date property marked age: true, at the time the claim speaks of."),
        Describe(Rules.Date, Date, "Date disagrees with the facts", "A date stated by a property's verbs (\"founded in 1948\", \"born in 1946\") or a joining date of a members property (\"joined NATO in 2023\") that disagrees with the facts."),
        Describe(Rules.Role, Role, "Wrong office holder for the time", "A person named as holding an office (\"NATO Secretary General X\", \"X, Britain's prime minister\", \"former ... X\") who did not hold it at the time the claim speaks of."),
        Describe(Rules.Membership, Membership, "Membership disagrees with the facts", "A claim that something is or is not a member (\"NATO member Finland\", \"Ukraine, which is not a NATO member\", \"a member since 1952\") that disagrees with the membership timeline."),
        Describe(Rules.Count, Count, "Member count disagrees with the facts", "A number of members (\"NATO's 32 members\", \"the 32-member alliance\") that is not the number at the time the claim speaks of."),
        Describe(Rules.EntityName, EntityName, "Misspelled name", "A word that looks like a misspelling of a known name or alias (\"NATA\" for NATO, \"Stoltenburg\" for Stoltenberg)."),
    };

    /// <summary>The code of a rule.</summary>
    /// <param name="rule">A rule name from <see cref="Rules"/>.</param>
    /// <returns>Its code, or <see cref="Unknown"/>.</returns>
    public static string Of(string rule) => rule switch
    {
        Rules.Age => Age,
        Rules.Date => Date,
        Rules.Role => Role,
        Rules.Membership => Membership,
        Rules.Count => Count,
        Rules.EntityName => EntityName,
        _ => Unknown,
    };

    /// <summary>The descriptor of a rule, by name or by code.</summary>
    /// <param name="ruleOrCode">A rule name (<c>age</c>) or code (<c>FB1001</c>, any case).</param>
    /// <param name="descriptor">The descriptor, when found.</param>
    /// <returns><see langword="true"/> when the rule exists.</returns>
    public static bool TryFind(string ruleOrCode, out RuleDescriptor descriptor)
    {
        foreach (var d in Descriptors)
        {
            if (string.Equals(d.Rule, ruleOrCode, StringComparison.Ordinal) || string.Equals(d.Code, ruleOrCode, StringComparison.OrdinalIgnoreCase))
            {
                descriptor = d;
                return true;
            }
        }

        descriptor = null!;
        return false;
    }

    private static RuleDescriptor Describe(string rule, string code, string title, string description)
        => new(rule, code, title, description, ProjectLinks.Rule(rule));
}
