using System;
using System.Globalization;
using FactBase.Model;
using static FactBase.Checking.Rules.VerifierHelpers;

namespace FactBase.Checking.Rules.Count;

/// <summary>Checks a number of members against the members (or a count property) at the times the sentence speaks of.</summary>
/// <remarks>Returns <see langword="null"/> when the facts cannot decide: silence beats a false alarm.</remarks>
public sealed class CountClaimVerifier : IClaimVerifier
{
    /// <inheritdoc/>
    public Type ClaimType => typeof(CountClaim);

    /// <inheritdoc/>
    public ClaimVerdict? Verify(Claim claim, VerificationContext context) => Verify((CountClaim)claim, context);

    private static ClaimVerdict? Verify(CountClaim c, VerificationContext v)
    {
        var fact = c.Subject.GetFact(c.Property.Name)!;

        // A count property states the number (as GetNumberTimeline reads it); a members property counts its members.
        var numbers = c.Property.Kind == PropertyKind.Count;
        var days = numbers
            ? TimelineDays.OfNumbers(v.KnowledgeBase.TryGetEntity(c.Subject.Id, out var known) && known.GetFact(c.Property.Name) is { } stated ? stated.Timeline : EquatableArray<TimelineEntry>.Empty)
            : TimelineDays.Of(fact.Timeline);
        int? CountAt(FactDate at)
        {
            if (numbers)
            {
                return days.TryNumberAt(at.DayNumber, out var n) ? n : null;
            }

            return days.CountCovering(at.DayNumber);
        }

        for (var k = 0; k <= c.Time.Others.Count; k++)
        {
            var at = TimeAt(c.Time, k);
            if (CountAt(at) == c.Count || (at.Precision != DatePrecision.Day && CountAt(at.Latest) == c.Count))
            {
                return v.Supported(c.Subject, c.Property.Name, fact.Location, $"{Wording.Subject(c.Subject)} {(Wording.IsOrWas(c.Time) == "is" ? "has" : "had")} {c.Count} {Wording.Counted(c.Property, c.Count)} {v.Words.On(at)}");
            }
        }

        var primary = c.Time.Primary.Precision == DatePrecision.Day ? c.Time.Primary : c.Time.Primary.Latest;
        if (CountAt(primary) is not { } expected || expected == 0)
        {
            return null;
        }

        // Was the stated number right at some earlier time? Then it is outdated rather than wrong.
        var earlier = false;
        var primaryDay = primary.DayNumber;
        for (var i = 0; i < fact.Timeline.Count; i++)
        {
            var from = fact.Timeline[i].From;
            if (from.DayNumber < primaryDay && CountAt(from) == c.Count)
            {
                earlier = true;
                break;
            }
        }

        var text = expected.ToString(CultureInfo.InvariantCulture);
        var message = $"{Wording.Subject(c.Subject)} {(Wording.IsOrWas(c.Time) == "is" ? "has" : "had")} {text} {Wording.Counted(c.Property, expected)} {v.Words.On(primary)}, not {c.Count}";
        return earlier
            ? ClaimVerdict.Outdated(message, text, text, c.Subject, c.Property.Name, fact.Location)
            : ClaimVerdict.Contradicted(message, text, text, c.Subject, c.Property.Name, fact.Location);
    }
}
