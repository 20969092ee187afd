using System;
using System.Collections.Generic;
using System.Linq;
using FactBase.Model;
using static FactBase.Checking.Rules.VerifierHelpers;

namespace FactBase.Checking.Rules.Membership;

/// <summary>Checks that something is, or is not, a member (or a member since a date) at the time the sentence speaks of.</summary>
/// <remarks>Returns <see langword="null"/> when the facts cannot decide: silence beats a false alarm.</remarks>
public sealed class MembershipClaimVerifier : IClaimVerifier
{
    /// <inheritdoc/>
    public Type ClaimType => typeof(MembershipClaim);

    /// <inheritdoc/>
    public ClaimVerdict? Verify(Claim claim, VerificationContext context) => Verify((MembershipClaim)claim, context);

    private static ClaimVerdict? Verify(MembershipClaim c, VerificationContext v)
    {
        var fact = c.Organization.GetFact(c.Property.Name)!;
        var periods = EntriesOf(fact, c.Subject.Id);
        var label = $"{Wording.A(Wording.Counted(c.Property, 1))} of {Wording.Name(c.Organization)}";
        var subject = Wording.Subject(c.Subject);

        if (c.Since is { } since)
        {
            foreach (var p in periods)
            {
                if (MatchesAny(since, p.From, p.AlsoFrom, out var matched) && p.MayOverlap(c.Time.Primary))
                {
                    return v.Supported(c.Organization, c.Property.Name, p.Location, $"{subject} has been {label} since {v.Words.Date(matched)}");
                }
            }

            var actual = periods.LastOrDefault(p => p.EarliestFromDay <= c.Time.Primary.LastDayNumber);
            if (actual is null)
            {
                return ClaimVerdict.Contradicted($"{subject} {Wording.IsOrWas(c.Time)} not {label} {v.Words.On(c.Time.Primary)}", "not a member", null, c.Organization, c.Property.Name, fact.Location);
            }

            var expected = AtPrecision(actual.From, since.Precision);
            return ClaimVerdict.Contradicted($"{subject} {Wording.Joined(c.Property)} {Wording.Name(c.Organization)} {v.Words.On(actual.From)}{AcceptedDates.Alternatives(actual.AlsoFrom, actual.Note, v.Words.Date)}, not {v.Words.On(since)}", expected, Replacement(expected, since), c.Organization, c.Property.Name, actual.Location);
        }

        for (var k = 0; k <= c.Time.Others.Count; k++)
        {
            if (Agrees(periods, TimeAt(c.Time, k), c.IsMember))
            {
                return v.Supported(c.Organization, c.Property.Name, fact.Location, $"{subject} {Wording.IsOrWas(c.Time)} {(c.IsMember ? string.Empty : "not ")}{label} {v.Words.On(c.Time.Primary)}");
            }
        }

        var at0 = c.Time.Primary;
        if (!c.IsMember)
        {
            var current = periods.Last(p => p.SurelyOverlaps(at0));
            return ClaimVerdict.Contradicted($"{subject} has been {label} since {v.Words.Date(current.From)}", $"member since {current.From}", null, c.Organization, c.Property.Name, current.Location);
        }

        var left = periods.LastOrDefault(p => p.To is not null && p.LatestToDay <= at0.DayNumber);
        if (left is not null)
        {
            return ClaimVerdict.Outdated($"{subject} left {Wording.Name(c.Organization)} {v.Words.On(left.To!.Value)}{AcceptedDates.Alternatives(left.AlsoTo, left.Note, v.Words.Date)}", $"not a member since {left.To}", null, c.Organization, c.Property.Name, left.Location);
        }

        var joins = periods.FirstOrDefault();
        return ClaimVerdict.Contradicted(
            joins is null ? $"{subject} has never been {label}" : $"{subject} {Wording.IsOrWas(c.Time)} not {label} {v.Words.On(at0)}; it {Wording.Joined(c.Property)} {Wording.Name(c.Organization)} {v.Words.On(joins.From)}",
            joins is null ? "not a member" : $"member from {joins.From}",
            null,
            c.Organization,
            c.Property.Name,
            joins?.Location ?? fact.Location);
    }

    /// <summary>
    /// Whether "is a member" (or "is not") agrees with the periods at <paramref name="at"/>. Between two accepted dates
    /// of a start or an end both readings are right, so "is" needs a period that may hold then and "is not" fails only
    /// when one surely holds.
    /// </summary>
    private static bool Agrees(List<TimelineEntry> periods, FactDate at, bool isMember)
    {
        foreach (var p in periods)
        {
            if (isMember ? p.MayOverlap(at) : p.SurelyOverlaps(at))
            {
                return isMember;
            }
        }

        return !isMember;
    }
}
