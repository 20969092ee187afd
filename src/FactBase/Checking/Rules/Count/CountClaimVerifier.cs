using System;
using System.Collections.Generic;
using System.Globalization;
using FactBase.Checking.Numbers;
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
        int? CountOn(int day) => numbers ? (days.TryNumberAt(day, out var n) ? n : null) : days.CountCovering(day);
        int? CountAt(FactDate at) => CountOn(at.DayNumber);

        if (c.Bound != CountBound.Exact)
        {
            return VerifyBound(c, v, fact, CountAt);
        }

        // Between two accepted dates of a joining (signature, entry into force) both readings are right: any number from
        // the members every reading counts to the members some reading counts.
        var readings = numbers ? null : TimelineDays.Readings(fact.Timeline);
        bool Fits(FactDate at)
        {
            if (CountAt(at) == c.Count)
            {
                return true;
            }

            // On the day a member joins or leaves, the text may still count the members of the day before.
            if (!numbers && at.Precision == DatePrecision.Day && days.CountCovering(at.DayNumber - 1) == c.Count)
            {
                return true;
            }

            return readings is { } r && r.Narrowest.CountCovering(at.DayNumber) <= c.Count && c.Count <= r.Widest.CountCovering(at.DayNumber);
        }

        for (var k = 0; k <= c.Time.Others.Count; k++)
        {
            var at = TimeAt(c.Time, k);
            if (Fits(at) || (at.Precision != DatePrecision.Day && (Fits(at.Latest) || ChangeWithin(fact, at, from => Fits(from)))))
            {
                return v.Supported(c.Subject, c.Property.Name, fact.Location, $"{Wording.Subject(c.Subject)} {(Wording.IsOrWas(c.Time) == "is" ? "has" : "had")} {c.Count} {Wording.Counted(c.Property, c.Count)} {v.Words.On(at)}");
            }
        }

        var primary = c.Time.Primary.Precision == DatePrecision.Day ? c.Time.Primary : c.Time.Primary.Latest;
        if (CountAt(primary) is not { } expected || expected == 0 || (!c.Whole && IsPart(c.Count, expected)))
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

        if (c.Loose && !earlier && Math.Abs(expected - c.Count) > LooseMargin)
        {
            // "the 12 allies" in 2024 may be some of them: only a number near the count reads as the whole.
            return null;
        }

        var text = expected.ToString(CultureInfo.InvariantCulture);
        var message = $"{Wording.Subject(c.Subject)} {(Wording.IsOrWas(c.Time) == "is" ? "has" : "had")} {text} {Wording.Counted(c.Property, expected)} {v.Words.On(primary)}, not {c.Count}";
        if (!c.Reached && c.Time.Primary.Precision != DatePrecision.Day && RangeWithin(fact, c.Time.Primary, CountOn) is var (low, high) && low != high)
        {
            // The count changed within the year or month named ("the then 14-member EU ... in 2004"): no one number is
            // the fix, the range is what was true.
            var range = $"{low.ToString(CultureInfo.InvariantCulture)} to {high.ToString(CultureInfo.InvariantCulture)}";
            return ClaimVerdict.Contradicted(
                $"{Wording.Subject(c.Subject)} had {range} {Wording.Counted(c.Property, expected)} {v.Words.On(c.Time.Primary)}, not {c.Count}", range, null, c.Subject, c.Property.Name, fact.Location);
        }

        return earlier
            ? ClaimVerdict.Outdated(message, text, text, c.Subject, c.Property.Name, fact.Location)
            : ClaimVerdict.Contradicted(message, text, text, c.Subject, c.Property.Name, fact.Location);
    }

    /// <summary>A number with a bound or a modifier: right when the true count fits it at one of the times, wrong only
    /// when it is clearly outside at the main time ("more than 40" for 32); never outdated, never rewritten as exact.</summary>
    private static ClaimVerdict? VerifyBound(CountClaim c, VerificationContext v, Fact fact, Func<FactDate, int?> countAt)
    {
        for (var k = 0; k <= c.Time.Others.Count; k++)
        {
            var at = TimeAt(c.Time, k);
            // A loose group far from the count may be some of the members ("more than 20 NATO members met the target"):
            // no claim about the whole either way.
            if (countAt(at.Precision == DatePrecision.Day ? at : at.Latest) is { } count && Fits(c, count, NamedMembers(c.Named, c, fact, at), NamedMembers(c.NamedLately, c, fact, at))
                && !(c.Loose && Math.Abs(count - c.Count) > LooseMargin))
            {
                return v.Supported(c.Subject, c.Property.Name, fact.Location, $"{Wording.Subject(c.Subject)} has {count} {Wording.Counted(c.Property, count)} {v.Words.On(at)}");
            }
        }

        var primary = c.Time.Primary.Precision == DatePrecision.Day ? c.Time.Primary : c.Time.Primary.Latest;
        var members = NamedMembers(c.Named, c, fact, primary);
        var lately = NamedMembers(c.NamedLately, c, fact, primary);
        if (countAt(primary) is not { } actual || actual == 0 || !ClearlyOutside(c, actual, members, lately)
            || (c.Bound is CountBound.Other or CountBound.Remaining && IsPart(c.Count, actual - Math.Max(1, members)))
            || (c.Loose && Math.Abs(actual - c.Count) > LooseMargin))
        {
            return null;
        }

        var text = actual.ToString(CultureInfo.InvariantCulture);
        if (c.Bound is CountBound.Other or CountBound.Remaining)
        {
            var left = Math.Max(1, members);
            var rest = (actual - left).ToString(CultureInfo.InvariantCulture);
            // Several members named before: the others are as many as the group without one of them up to without all.
            var restWords = members == 0 && lately > 1 ? $"{actual - lately} to {actual - 1}" : rest;
            var otherMessage = $"{Wording.Subject(c.Subject)} has {text} {Wording.Counted(c.Property, actual)} {v.Words.On(primary)}, so the others number {restWords}, not {c.Count}";

            // "Spain and the other 30 allies" when 30 others was right before the last joined (and Spain a member then):
            // outdated rather than wrong.
            var earlier = false;
            for (var i = 0; i < fact.Timeline.Count && !earlier; i++)
            {
                var from = fact.Timeline[i].From;
                earlier = from.DayNumber < primary.DayNumber && countAt(from) is { } then && then - left == c.Count
                          && NamedMembers(c.Named, c, fact, from) == members;
            }

            var fix = left == 1 && restWords == rest ? rest : null;
            return earlier
                ? ClaimVerdict.Outdated(otherMessage, restWords, fix, c.Subject, c.Property.Name, fact.Location)
                : ClaimVerdict.Contradicted(otherMessage, restWords, fix, c.Subject, c.Property.Name, fact.Location);
        }

        return ClaimVerdict.Contradicted($"{Wording.Subject(c.Subject)} has {text} {Wording.Counted(c.Property, actual)} {v.Words.On(primary)}, not {Describe(c)}", text, null, c.Subject, c.Property.Name, fact.Location);
    }

    /// <summary>Whether <paramref name="fits"/> holds on a day within <paramref name="at"/> (a year or month) on which the
    /// membership changed: a count true for part of the year is right for the year, and so is the count of the day before
    /// a change on its first day ("joined in 1995, when the union had 12 members").</summary>
    private static bool ChangeWithin(Fact fact, FactDate at, Func<FactDate, bool> fits)
    {
        var first = at.Earliest.DayNumber;
        var last = at.Latest.DayNumber;
        for (var i = 0; i < fact.Timeline.Count; i++)
        {
            var e = fact.Timeline[i];
            if (e.From.DayNumber >= first && e.From.DayNumber <= last && fits(e.From))
            {
                return true;
            }

            if (e.To is { } to && to.DayNumber >= first && to.DayNumber <= last && fits(to))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The fewest and most members (none left out) in the time <paramref name="at"/>, with the day before a change on
    /// its first day, as <see cref="ChangeWithin"/> accepts them.</summary>
    private static (int Low, int High) RangeWithin(Fact fact, FactDate at, Func<int, int?> countOn)
    {
        var first = at.Earliest.DayNumber;
        var last = at.Latest.DayNumber;
        var low = int.MaxValue;
        var high = 0;
        void Add(int day)
        {
            if (countOn(day) is > 0 and var n)
            {
                low = Math.Min(low, n);
                high = Math.Max(high, n);
            }
        }

        Add(first);
        Add(last);
        for (var i = 0; i < fact.Timeline.Count; i++)
        {
            var e = fact.Timeline[i];
            foreach (var change in e.To is { } to ? new[] { e.From.DayNumber, to.DayNumber } : new[] { e.From.DayNumber })
            {
                if (change >= first && change <= last)
                {
                    Add(change);
                    Add(change - 1);
                }
            }
        }

        return high == 0 ? (0, 0) : (low, high);
    }

    /// <summary>How far a loose group's number may be from the count and still be read as the whole.</summary>
    private const int LooseMargin = 3;

    private static int Tolerance(int stated) => Math.Max(2, stated / 10);

    /// <summary>A number well below the whole counts a part of it, not the whole: "Germany and 14 NATO allies held a
    /// ceremony", "Denmark and 10 other allies will train pilots", "the 15-member UN Security Council". Mistakes about
    /// the whole are near it (an outdated 30 for 32), so these stay unchecked.</summary>
    private static bool IsPart(int stated, int whole) => stated * 3 < whole * 2;

    /// <summary>How many of the entities named (<paramref name="ids"/>) are members at <paramref name="at"/>: "the other N"
    /// leaves them out.</summary>
    private static int NamedMembers(IReadOnlyList<string> ids, CountClaim c, Fact fact, FactDate at)
    {
        if (ids.Count == 0 || c.Property.Kind != PropertyKind.Members)
        {
            return 0;
        }

        var members = 0;
        foreach (var id in ids)
        {
            for (var i = 0; i < fact.Timeline.Count; i++)
            {
                var e = fact.Timeline[i];
                if (e.Value == id && Overlaps(e.From, e.To, at))
                {
                    members++;
                    break;
                }
            }
        }

        return members;
    }

    // "the other 31" is the group without the members the sentence names (Sweden "and the other 31 allies"); with none
    // named, without one member or none ("Britain and the remaining 27" after Britain left), or up to as many as the
    // paragraph named before (lately).
    private static bool Fits(CountClaim c, int count, int named, int lately) => c.Bound switch
    {
        CountBound.MoreThan => count > c.Count,
        CountBound.FewerThan => count < c.Count,
        CountBound.AtLeast => count >= c.Count,
        CountBound.About => Math.Abs(count - c.Count) <= Tolerance(c.Count),
        CountBound.Nearly => count <= c.Count && count >= c.Count - Tolerance(c.Count),
        CountBound.Other => count - c.Count == named || (named == 0 && count - c.Count >= 0 && count - c.Count <= Math.Max(1, lately)),
        CountBound.Remaining => count - c.Count >= 0 && count - c.Count <= Math.Max(1, named),
        _ => count == c.Count,
    };

    // Beyond this, an approximate number is not a rounding but a mistake.
    private static int Margin(int stated) => Math.Max(3, stated / 4);

    private static bool ClearlyOutside(CountClaim c, int count, int named, int lately) => c.Bound switch
    {
        CountBound.MoreThan => count < c.Count,
        CountBound.FewerThan => count > c.Count,
        CountBound.AtLeast => count < c.Count,
        CountBound.About => Math.Abs(count - c.Count) > Margin(c.Count),
        CountBound.Nearly => count > c.Count + Tolerance(c.Count) || count < c.Count - Margin(c.Count),
        CountBound.Other => count - c.Count < 0 || count - c.Count > Math.Max(1, Math.Max(named, lately)) || (named == 1 && count == c.Count),
        CountBound.Remaining => count - c.Count < 0,
        _ => count != c.Count,
    };

    private static string Describe(CountClaim c)
    {
        var n = c.Count.ToString(CultureInfo.InvariantCulture);
        return c.Bound switch
        {
            CountBound.MoreThan => $"more than {n}",
            CountBound.FewerThan => $"fewer than {n}",
            CountBound.AtLeast => $"at least {n}",
            CountBound.About => $"about {n}",
            CountBound.Nearly => $"nearly {n}",
            _ => n,
        };
    }
}
