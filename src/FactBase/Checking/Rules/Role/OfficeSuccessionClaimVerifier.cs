using System;
using System.Collections.Generic;
using FactBase.Knowledge;
using FactBase.Model;

namespace FactBase.Checking.Rules.Role;

/// <summary>Checks "her successor as prime minister, Y" and "his predecessor as secretary general, Y" against the named
/// office's timeline: the holder whose term begins when the owner's ends, or ends when the owner's begins.</summary>
/// <remarks>Silent (<see langword="null"/>) when the owner held the office in more than one run of terms (which run is
/// meant is unclear) or never; when the owner is still in office, or left it after the article's date (a successor to come);
/// when the facts give no holder right before or after, or two (an acting holder beside the one appointed); and when the
/// person named held no term of the office while the office stood empty for some days between the two holders the facts
/// give (an acting holder the facts leave out may have served then).</remarks>
public sealed class OfficeSuccessionClaimVerifier : IClaimVerifier
{
    /// <summary>The longest gap between two holders that still makes one the other's predecessor, in days.</summary>
    private const int Gap = 120;

    /// <summary>The longest gap, in days, between two holders that leaves no room for an acting holder.</summary>
    private const int Handover = 3;

    /// <inheritdoc/>
    public Type ClaimType => typeof(OfficeSuccessionClaim);

    /// <inheritdoc/>
    public ClaimVerdict? Verify(Claim claim, VerificationContext context) => Verify((OfficeSuccessionClaim)claim, context);

    private static ClaimVerdict? Verify(OfficeSuccessionClaim c, VerificationContext v)
    {
        var property = c.Office.Property;
        var organization = c.Office.Organization;
        if (organization.GetFact(property.Name) is not { } fact || Run(fact.Timeline, c.Owner.Id) is not var (from, to))
        {
            return null;
        }

        if (c.IsSuccessor && (to is not { } end || end.DayNumber > c.Time.AsOf.LastDayNumber))
        {
            return null;
        }

        var boundary = c.IsSuccessor ? to!.Value : from;
        if (Neighbour(fact.Timeline, c.Owner.Id, boundary, c.IsSuccessor) is not { } entry || !v.KnowledgeBase.TryGetEntity(entry.Value, out var expected))
        {
            return null;
        }

        var office = Wording.Office(property, organization);
        var relation = c.IsSuccessor ? "successor" : "predecessor";
        if (expected.Id == c.Other.Id)
        {
            return v.Supported(organization, property.Name, entry.Location, $"{c.Owner.Name}'s {relation} as {office} was {expected.Name}, {(c.IsSuccessor ? "from" : "until")} {v.Words.Date(c.IsSuccessor ? entry.From : entry.To!.Value)}");
        }

        var gap = c.IsSuccessor ? entry.From.DayNumber - boundary.DayNumber : boundary.DayNumber - entry.To!.Value.DayNumber;
        if (gap > Handover && !HeldIt(fact.Timeline, c.Other.Id))
        {
            return null;
        }

        var when = c.IsSuccessor ? $"who took over {v.Words.On(entry.From)}" : $"who held it until {v.Words.Date(entry.To!.Value)}";
        return ClaimVerdict.Contradicted(
            $"{c.Other.Name} was not {c.Owner.Name}'s {relation} as {office}: that was {expected.Name}, {when}",
            expected.Name,
            expected.Name,
            organization,
            property.Name,
            entry.Location);
    }

    // The owner's one run of terms in the office (terms that follow one another with no gap); none when the owner held it
    // never or in two runs.
    private static (FactDate From, FactDate? To)? Run(IReadOnlyList<TimelineEntry> timeline, string owner)
    {
        var terms = new List<TimelineEntry>();
        foreach (var entry in timeline)
        {
            if (entry.Value == owner)
            {
                terms.Add(entry);
            }
        }

        if (terms.Count == 0)
        {
            return null;
        }

        terms.Sort((a, b) => a.From.DayNumber.CompareTo(b.From.DayNumber));
        for (var i = 1; i < terms.Count; i++)
        {
            if (terms[i - 1].To is not { } end || terms[i].From.DayNumber > end.DayNumber + Handover)
            {
                return null;
            }
        }

        return (terms[0].From, terms[^1].To);
    }

    // The one holder other than the owner whose term ends right before `boundary` (or begins right after it, for a
    // successor); none when no one or two holders do.
    private static TimelineEntry? Neighbour(IReadOnlyList<TimelineEntry> timeline, string owner, FactDate boundary, bool after)
    {
        TimelineEntry? best = null;
        var bestGap = int.MaxValue;
        var ties = false;
        foreach (var entry in timeline)
        {
            if (entry.Value == owner)
            {
                continue;
            }

            int gap;
            if (after)
            {
                gap = entry.From.DayNumber - boundary.DayNumber;
            }
            else if (entry.To is { } end)
            {
                gap = boundary.DayNumber - end.DayNumber;
            }
            else
            {
                continue;
            }

            if (gap < 0 || gap > Gap)
            {
                continue;
            }

            if (gap == bestGap && best is not null && best.Value != entry.Value)
            {
                ties = true;
            }
            else if (gap < bestGap)
            {
                best = entry;
                bestGap = gap;
                ties = false;
            }
        }

        return ties ? null : best;
    }

    private static bool HeldIt(IReadOnlyList<TimelineEntry> timeline, string person)
    {
        foreach (var entry in timeline)
        {
            if (entry.Value == person)
            {
                return true;
            }
        }

        return false;
    }
}
