using System;
using System.Collections.Generic;
using System.Globalization;
using FactBase.Model;
using static FactBase.Checking.Rules.VerifierHelpers;

namespace FactBase.Checking.Rules.Count;

/// <summary>Checks a joiner's ordinal against the rises of a count within the time named: a rise from M to N on one day
/// makes the joiners of that day the (M+1)th to Nth members.</summary>
/// <remarks>Returns <see langword="null"/> when the count did not rise within the time named: the time, not the ordinal,
/// may then be what is wrong, and the facts do not say when the joiner joined.</remarks>
public sealed class CountOrdinalClaimVerifier : IClaimVerifier
{
    /// <inheritdoc/>
    public Type ClaimType => typeof(CountOrdinalClaim);

    /// <inheritdoc/>
    public ClaimVerdict? Verify(Claim claim, VerificationContext context) => Verify((CountOrdinalClaim)claim, context);

    private static ClaimVerdict? Verify(CountOrdinalClaim c, VerificationContext v)
    {
        var fact = c.Subject.GetFact(c.Property.Name)!;
        var timeline = v.KnowledgeBase.TryGetEntity(c.Subject.Id, out var known) && known.GetFact(c.Property.Name) is { } stated ? stated.Timeline : fact.Timeline;
        var days = TimelineDays.OfNumbers(timeline);
        var first = c.Time.Earliest.DayNumber;
        var last = c.Time.Latest.DayNumber;
        var rises = new List<(int Low, int High, TimelineEntry Entry)>();
        for (var i = 0; i < timeline.Count; i++)
        {
            var e = timeline[i];
            var day = e.From.DayNumber;
            if (day < first || day > last || !int.TryParse(e.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var after)
                || !days.TryNumberAt(day - 1, out var before) || after <= before)
            {
                continue;
            }

            rises.Add((before + 1, after, e));
        }

        if (rises.Count == 0)
        {
            return null;
        }

        rises.Sort((a, b) => a.Entry.From.DayNumber.CompareTo(b.Entry.From.DayNumber));
        foreach (var (low, high, entry) in rises)
        {
            if (low <= c.Ordinal && c.Ordinal <= high)
            {
                return v.Supported(c.Subject, c.Property.Name, entry.Location,
                    $"{Wording.Subject(c.Subject)} grew from {low - 1} to {high} {Wording.Counted(c.Property, high)} {v.Words.On(entry.From)}");
            }
        }

        var places = new List<string>(rises.Count);
        foreach (var (low, high, _) in rises)
        {
            places.Add(low == high ? Ordinal(low) : $"{Ordinal(low)} to {Ordinal(high)}");
        }

        var expected = string.Join(" or ", places);
        var only = rises.Count == 1 && rises[0].Low == rises[0].High ? expected : null;
        var message = rises.Count == 1
            ? $"{Wording.Subject(c.Subject)} grew from {rises[0].Low - 1} to {rises[0].High} {Wording.Counted(c.Property, rises[0].High)} {v.Words.On(rises[0].Entry.From)}, so its new {(only is null ? Wording.Counted(c.Property, 2) + " were" : Wording.Counted(c.Property, 1) + " was")} the {expected}, not the {Ordinal(c.Ordinal)}"
            : $"{Wording.Subject(c.Subject)} admitted its {expected} {Wording.Counted(c.Property, 2)} {v.Words.On(c.Time)}, not a {Ordinal(c.Ordinal)}";
        return ClaimVerdict.Contradicted(message, expected, only, c.Subject, c.Property.Name, rises[0].Entry.Location);
    }
}
