using System.Collections.Generic;
using System.Linq;
using FactBase.Model;

namespace FactBase.Cli.Importing.Wikidata;

/// <summary>
/// Makes the periods of one imported timeline valid fact-file periods (docs/fact-format.md): an office has one holder
/// at a time, a member is not a member twice at once. Wikidata states each period on its own, often twice (a
/// person's "position held" and the country's "head of government") and sometimes inconsistently; ranks decide.
/// </summary>
internal static class TimelineCleaner
{
    /// <summary>Cleans the periods of one timeline; each has a start, and an end after it or none.</summary>
    /// <param name="claims">The periods, in input order.</param>
    /// <param name="isOffice">Whether the timeline is an office (one holder at a time) or members.</param>
    /// <param name="notes">Receives what is left out.</param>
    /// <returns>The periods kept.</returns>
    public static List<TimelineClaim> Clean(IReadOnlyList<TimelineClaim> claims, bool isOffice, ImportNotes notes)
    {
        // The same period stated twice (a person's P39 and the country's P6): once, at its better rank.
        var periods = new List<TimelineClaim>();
        foreach (var claim in claims)
        {
            var same = periods.FindIndex(p => p.Value == claim.Value && p.From == claim.From && p.To == claim.To);
            if (same < 0)
            {
                periods.Add(claim);
            }
            else if (claim.Rank > periods[same].Rank)
            {
                periods[same] = claim;
            }
        }

        // One holder or member overlapping itself (two statements of one term with other dates): the better rank, else the first.
        DropOverlaps(periods, (a, b) => a.Value == b.Value, notes, "periods overlapping another period of the same holder or member left out");
        if (!isOffice)
        {
            return periods;
        }

        // A term with no end, followed by another holder's: it ended when the next began (unless it outranks the next).
        var byStart = periods.OrderBy(p => p.From!.Value.DayNumber).ToList();
        for (var i = 0; i < periods.Count; i++)
        {
            var open = periods[i];
            if (open.To is not null)
            {
                continue;
            }

            var next = byStart.FirstOrDefault(p => p.Value != open.Value && p.From!.Value.DayNumber > open.From!.Value.DayNumber);
            if (next is not null && open.Rank <= next.Rank)
            {
                periods[i] = open with { To = next.From };
            }
        }

        DropOverlaps(periods, (_, _) => true, notes, "overlapping periods of a single-holder office left out");
        return periods;
    }

    // Removes overlapping pairs that `applies` to: the lower rank; both when the ranks are equal (the data contradicts itself).
    private static void DropOverlaps(List<TimelineClaim> periods, System.Func<TimelineClaim, TimelineClaim, bool> applies, ImportNotes notes, string note)
    {
        var dropped = new HashSet<int>();
        for (var i = 0; i < periods.Count; i++)
        {
            for (var j = i + 1; j < periods.Count; j++)
            {
                if (dropped.Contains(i) || dropped.Contains(j) || !applies(periods[i], periods[j]) || !Overlap(periods[i], periods[j]))
                {
                    continue;
                }

                if (periods[i].Rank != periods[j].Rank)
                {
                    dropped.Add(periods[i].Rank < periods[j].Rank ? i : j);
                }
                else if (periods[i].Value == periods[j].Value)
                {
                    dropped.Add(j);
                }
                else
                {
                    dropped.Add(i);
                    dropped.Add(j);
                }
            }
        }

        foreach (var index in dropped.OrderByDescending(d => d))
        {
            notes.Add(note, periods[index].Statement);
            periods.RemoveAt(index);
        }
    }

    private static bool Overlap(TimelineClaim a, TimelineClaim b)
        => a.From!.Value.DayNumber < (b.To?.DayNumber ?? int.MaxValue) && b.From!.Value.DayNumber < (a.To?.DayNumber ?? int.MaxValue);
}
