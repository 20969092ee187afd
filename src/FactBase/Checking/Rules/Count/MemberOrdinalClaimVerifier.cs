using System;
using System.Linq;
using FactBase.Model;
using static FactBase.Checking.Rules.VerifierHelpers;

namespace FactBase.Checking.Rules.Count;

/// <summary>Checks a member's place in the order of joining ("Estonia became NATO's 26th member").</summary>
/// <remarks>Returns <see langword="null"/> when the facts cannot decide: silence beats a false alarm.</remarks>
public sealed class MemberOrdinalClaimVerifier : IClaimVerifier
{
    /// <inheritdoc/>
    public Type ClaimType => typeof(MemberOrdinalClaim);

    /// <inheritdoc/>
    public ClaimVerdict? Verify(Claim claim, VerificationContext context) => Verify((MemberOrdinalClaim)claim, context);

    /// <summary>The joining of <paramref name="memberId"/> that made it the organization's <paramref name="nth"/> member, or
    /// <see langword="null"/> when none did.</summary>
    internal static TimelineEntry? JoiningAt(Fact fact, string memberId, int nth)
    {
        foreach (var join in fact.Timeline.Where(e => e.Value == memberId).OrderBy(e => e.From))
        {
            var (first, last) = Places(fact, join);
            var (firstEver, lastEver) = EverJoined(fact, join);
            if ((nth >= first && nth <= last) || (nth >= firstEver && nth <= lastEver))
            {
                return join;
            }
        }

        return null;
    }

    // Members that joined on the same day have no order among them: any of their places is right.
    private static (int First, int Last) Places(Fact fact, TimelineEntry join)
    {
        var day = join.From.Earliest.DayNumber;
        var before = fact.Timeline.Count(e => e.From.Earliest.DayNumber < day && (e.To is not { } to || to.Earliest.DayNumber >= day));
        return (before + 1, fact.Timeline.Count(e => e.Covers(join.From.Earliest)));
    }

    // After members have left, "the 6th member" may also count every member that ever joined.
    private static (int First, int Last) EverJoined(Fact fact, TimelineEntry join)
        => (fact.Timeline.Count(e => e.From.Earliest.DayNumber < join.From.Earliest.DayNumber) + 1,
            fact.Timeline.Count(e => e.From.Earliest.DayNumber <= join.From.Earliest.DayNumber));

    private static ClaimVerdict? Verify(MemberOrdinalClaim c, VerificationContext v)
    {
        var fact = c.Organization.GetFact(c.Property.Name)!;
        var joins = fact.Timeline.Where(e => e.Value == c.Subject.Id).OrderBy(e => e.From).ToList();
        if (joins.Count == 0)
        {
            return null;
        }

        if (c.Since is { } since)
        {
            return VerifySince(c, v, fact, since);
        }

        if (JoiningAt(fact, c.Subject.Id, c.Ordinal) is { } join)
        {
            return v.Supported(c.Organization, c.Property.Name, join.Location, $"{Wording.Subject(c.Subject)} {Wording.Joined(c.Property)} {Wording.Name(c.Organization)} {v.Words.On(join.From)} as its {Ordinal(c.Ordinal)} {Wording.Counted(c.Property, 1)}");
        }

        var latest = joins[joins.Count - 1];
        var (lo, hi) = Places(fact, latest);
        var expected = lo == hi ? Ordinal(lo) : $"{Ordinal(lo)} to {Ordinal(hi)}";
        return ClaimVerdict.Contradicted(
            $"{Wording.Subject(c.Subject)} {Wording.Joined(c.Property)} {Wording.Name(c.Organization)} {v.Words.On(latest.From)} as its {expected} {Wording.Counted(c.Property, 1)}, not its {Ordinal(c.Ordinal)}",
            expected,
            lo == hi ? expected : null,
            c.Organization,
            c.Property.Name,
            latest.Location);
    }

    /// <summary>"the first to join since 2004": the member's place among the joinings after the time named (after the
    /// whole year for a year), members joining on one day sharing their places. A member that joined only before then is
    /// left alone: the text may count something else.</summary>
    private static ClaimVerdict? VerifySince(MemberOrdinalClaim c, VerificationContext v, Fact fact, FactDate since)
    {
        var cutoff = since.Latest.DayNumber;
        TimelineEntry? own = null;
        for (var i = 0; i < fact.Timeline.Count; i++)
        {
            var e = fact.Timeline[i];
            if (e.Value == c.Subject.Id && e.From.Earliest.DayNumber > cutoff && (own is null || e.From.Earliest.DayNumber < own.From.Earliest.DayNumber))
            {
                own = e;
            }
        }

        if (own is not { } join)
        {
            return null;
        }

        var day = join.From.Earliest.DayNumber;
        var lo = fact.Timeline.Count(e => e.From.Earliest.DayNumber > cutoff && e.From.Earliest.DayNumber < day) + 1;
        var hi = fact.Timeline.Count(e => e.From.Earliest.DayNumber > cutoff && e.From.Earliest.DayNumber <= day);
        var after = $"to join {Wording.Name(c.Organization)} since {v.Words.Date(since)}";
        if (lo <= c.Ordinal && c.Ordinal <= hi)
        {
            return v.Supported(c.Organization, c.Property.Name, join.Location, $"{Wording.Subject(c.Subject)} {Wording.Joined(c.Property)} {Wording.Name(c.Organization)} {v.Words.On(join.From)}, the {Ordinal(c.Ordinal)} {after}");
        }

        var expected = lo == hi ? Ordinal(lo) : $"{Ordinal(lo)} to {Ordinal(hi)}";
        return ClaimVerdict.Contradicted(
            $"{Wording.Subject(c.Subject)} {Wording.Joined(c.Property)} {Wording.Name(c.Organization)} {v.Words.On(join.From)}, the {expected} {after}, not the {Ordinal(c.Ordinal)}",
            expected,
            null,
            c.Organization,
            c.Property.Name,
            join.Location);
    }
}
