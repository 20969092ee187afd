using System;
using System.Linq;
using FactBase.Checking.Time;
using FactBase.Model;
using static FactBase.Checking.Rules.VerifierHelpers;

namespace FactBase.Checking.Rules.Date;

/// <summary>Checks a joining date ("joined NATO in 2023") against the periods of a members property.</summary>
/// <remarks>Returns <see langword="null"/> when the facts cannot decide: silence beats a false alarm.</remarks>
public sealed class JoinDateClaimVerifier : IClaimVerifier
{
    /// <inheritdoc/>
    public Type ClaimType => typeof(JoinDateClaim);

    /// <inheritdoc/>
    public ClaimVerdict? Verify(Claim claim, VerificationContext context) => Verify((JoinDateClaim)claim, context);

    private static ClaimVerdict? Verify(JoinDateClaim c, VerificationContext v)
    {
        var fact = c.Organization.GetFact(c.Property.Name)!;
        var periods = EntriesOf(fact, c.Subject.Id);
        foreach (var p in periods)
        {
            if (MatchesAny(c.Claimed, p.From, p.AlsoFrom, out var matched))
            {
                return v.Supported(c.Organization, c.Property.Name, p.Location, $"{Wording.Subject(c.Subject)} {Wording.Joined(c.Property)} {Wording.Name(c.Organization)} {v.Words.On(matched)}");
            }
        }

        if (periods.Count == 0)
        {
            return ClaimVerdict.Contradicted($"{Wording.Subject(c.Subject)} has never been {Wording.A(Wording.Counted(c.Property, 1))} of {Wording.Name(c.Organization)}", "never joined", null, c.Organization, c.Property.Name, fact.Location);
        }

        var nearest = periods.OrderBy(p => Math.Abs(p.From.Year - c.Claimed.Year)).First();
        if (c.Reading == TimeReading.Approximate && Math.Abs(nearest.From.Year - c.Claimed.Year) <= 1)
        {
            // "two years ago" for a date two years and a few months back: what the writer meant, likely.
            return null;
        }

        var expected = AtPrecision(nearest.From, c.Claimed.Precision);
        var replacement = c.Reading == TimeReading.Stated ? Replacement(expected, c.Claimed) : null; // "last year" is not rewritten to a year
        return ClaimVerdict.Contradicted($"{Wording.Subject(c.Subject)} {Wording.Joined(c.Property)} {Wording.Name(c.Organization)} {v.Words.On(nearest.From)}{AcceptedDates.Alternatives(nearest.AlsoFrom, nearest.Note, v.Words.Date)}, not {v.Words.On(c.Claimed)}", expected, replacement, c.Organization, c.Property.Name, nearest.Location);
    }
}
