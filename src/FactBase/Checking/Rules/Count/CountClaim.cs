using System.Collections.Generic;
using FactBase.Checking.Numbers;
using FactBase.Checking.Time;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules.Count;

/// <summary>A number of members: "NATO's 32 members", "the 32-member alliance".</summary>
/// <param name="Span">The number.</param>
/// <param name="Subject">The organization.</param>
/// <param name="Property">The members or count property.</param>
/// <param name="Count">The number stated.</param>
/// <param name="Time">When the claim speaks of.</param>
public sealed record CountClaim(TextSpan Span, Entity Subject, PropertyDefinition Property, int Count, TimeContext Time)
    : Claim(RuleCatalog.Count.Name, Span, Subject)
{
    /// <summary>How the number relates to the true count: exactly, as a bound, roughly, or as the rest of the group.</summary>
    public CountBound Bound { get; init; }

    /// <summary>For "the other N" and "the remaining N": the entities the sentence names (ids), which the group may leave out.</summary>
    public IReadOnlyList<string> Named { get; init; } = System.Array.Empty<string>();

    /// <summary>For "the other N" in a sentence that names no one else: the entities the paragraph named before it. The
    /// group may leave out any number of them up to all ("Hungary has yet to agree. All 29 other allies have.").</summary>
    public IReadOnlyList<string> NamedLately { get; init; } = System.Array.Empty<string>();

    /// <summary>Whether the words may also count some of the members ("the 30 allies"): then a number that was never the
    /// count, and is more than a few off the count at the time, is read as a subset and not reported.</summary>
    public bool Loose { get; init; }

    /// <summary>Whether the words count the whole membership, whatever the number: the organization's own members with
    /// nothing after them that picks out some ("NATO's 10 members agreed", "its 10 members"). A number far below the count
    /// is then an error, not a part.</summary>
    public bool Whole { get; init; }

    /// <summary>Whether the number is the count a change reached ("taking the alliance to 26 members" in 2004): the count
    /// at the end of the time named, not any count within it.</summary>
    public bool Reached { get; init; }
}
