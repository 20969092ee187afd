using System;
using System.Collections.Generic;
using System.Linq;
using FactBase.Checking.Rules.Age;
using FactBase.Checking.Rules.Count;
using FactBase.Checking.Rules.Date;
using FactBase.Checking.Rules.EntityName;
using FactBase.Checking.Rules.Membership;
using FactBase.Checking.Rules.Role;

namespace FactBase.Checking.Rules;

/// <summary>
/// Every checker rule, once: its name, its stable code (<c>FB1xxx</c>), its descriptions, and the extractor and verifiers
/// of its claims. The checker, the CLI's formats and <c>--severity</c>, the build-time check and the table in
/// docs/rules.md all read this list (a test keeps the document equal to it).
/// </summary>
/// <remarks>
/// Fact-file diagnostics are <c>FB0xxx</c> (<see cref="Diagnostics.FactDiagnosticIds"/>); findings in articles are
/// <c>FB1xxx</c>. A code never changes once released; a new rule takes the next free number. The extractors run in the
/// order of <see cref="All"/>, and of two claims of one rule on the same words the first is checked.
/// </remarks>
public static class RuleCatalog
{
    /// <summary>The code used for a rule this version does not know (never expected in practice).</summary>
    public const string UnknownCode = "FB1000";

    /// <summary>Ages counted from a date ("the 75-year-old NATO").</summary>
    public static RuleDefinition Age { get; } = new(
        "age",
        "FB1001",
        "Age or anniversary disagrees with a date",
        "An age or anniversary (\"the 75-year-old NATO\", \"aged 58\", \"NATO's 75th anniversary\") that does not follow from a date property marked age: true, at the time the claim speaks of.",
        new AgeClaimExtractor(),
        new IClaimVerifier[] { new AgeClaimVerifier() });

    /// <summary>Dates stated by verbs ("founded in 1949", "joined NATO in 2023").</summary>
    public static RuleDefinition Date { get; } = new(
        "date",
        "FB1002",
        "Date disagrees with the facts",
        "A date stated by a property's verbs (\"founded in 1948\", \"born in 1946\") or a joining date of a members property (\"joined NATO in 2023\") that disagrees with the facts.",
        new DateClaimExtractor(),
        new IClaimVerifier[] { new DateClaimVerifier(), new JoinDateClaimVerifier() });

    /// <summary>Who holds an office at a time.</summary>
    public static RuleDefinition Role { get; } = new(
        "role",
        "FB1003",
        "Wrong office holder for the time",
        "A person named as holding an office (\"NATO Secretary General X\", \"X, Britain's prime minister\", \"former ... X\") who did not hold it at the time the claim speaks of.",
        new RoleClaimExtractor(),
        new IClaimVerifier[] { new RoleClaimVerifier(), new UnheldTitleClaimVerifier(), new AbsentOfficeClaimVerifier(), new TermClaimVerifier(), new TermEndClaimVerifier(), new SuccessionClaimVerifier(), new OfficeSuccessionClaimVerifier(), new SinceClaimVerifier(), new TenureLengthClaimVerifier(), new ServedUnderClaimVerifier(), new UnknownHolderClaimVerifier() });

    /// <summary>Member or not, at a time.</summary>
    public static RuleDefinition Membership { get; } = new(
        "membership",
        "FB1004",
        "Membership disagrees with the facts",
        "A claim that something is or is not a member (\"NATO member Finland\", \"Ukraine, which is not a NATO member\", \"a member since 1952\") that disagrees with the membership timeline.",
        new MembershipClaimExtractor(),
        new IClaimVerifier[] { new MembershipClaimVerifier() });

    /// <summary>Number of members at a time.</summary>
    public static RuleDefinition Count { get; } = new(
        "count",
        "FB1005",
        "Member count disagrees with the facts",
        "A number of members (\"NATO's 32 members\", \"the 32-member alliance\") that is not the number at the time the claim speaks of.",
        new CountClaimExtractor(),
        new IClaimVerifier[] { new CountClaimVerifier(), new MemberOrdinalClaimVerifier(), new CountOrdinalClaimVerifier(), new FoundingCountClaimVerifier() });

    /// <summary>Misspellings of known names (found by <see cref="MisspellingDetector"/> while mentions are read) and names that
    /// do not fit the person they point to (<see cref="PersonNameClaimExtractor"/>).</summary>
    public static RuleDefinition EntityName { get; } = new(
        "entity-name",
        "FB1006",
        "Misspelled name",
        "A word that looks like a misspelling of a known name or alias (\"NATA\" for NATO, \"Stoltenburg\" for Stoltenberg), or a given name or surname that does not fit the person a title or the rest of the name points to (\"Chancellor Olav Scholz\", \"Prime Minister Starmar\").",
        new PersonNameClaimExtractor(),
        new IClaimVerifier[] { new NameClaimVerifier(), new PersonNameClaimVerifier() });

    /// <summary>Every rule, in code order (the order extractors run and tools list rules).</summary>
    public static IReadOnlyList<RuleDefinition> All { get; } = new[] { Age, Date, Role, Membership, Count, EntityName };

    /// <summary>The names of every rule, in code order.</summary>
    public static IReadOnlyList<string> Names { get; } = All.Select(r => r.Name).ToArray();

    /// <summary>The code of a rule.</summary>
    /// <param name="rule">A rule name.</param>
    /// <returns>Its code, or <see cref="UnknownCode"/>.</returns>
    public static string CodeOf(string rule)
    {
        foreach (var r in All)
        {
            if (string.Equals(r.Name, rule, StringComparison.Ordinal))
            {
                return r.Code;
            }
        }

        return UnknownCode;
    }

    /// <summary>A rule, by name or by code.</summary>
    /// <param name="ruleOrCode">A rule name (<c>age</c>) or code (<c>FB1001</c>, any case).</param>
    /// <param name="rule">The rule, when found.</param>
    /// <returns><see langword="true"/> when the rule exists.</returns>
    public static bool TryFind(string ruleOrCode, out RuleDefinition rule)
    {
        foreach (var r in All)
        {
            if (string.Equals(r.Name, ruleOrCode, StringComparison.Ordinal) || string.Equals(r.Code, ruleOrCode, StringComparison.OrdinalIgnoreCase))
            {
                rule = r;
                return true;
            }
        }

        rule = null!;
        return false;
    }
}
