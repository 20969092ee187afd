using System;
using FactBase.Checking.Time;
using FactBase.Model;
using static FactBase.Checking.Rules.VerifierHelpers;

namespace FactBase.Checking.Rules.Date;

/// <summary>Checks a date stated by a property's verbs ("founded in 1949") at the precision the article writes it.</summary>
/// <remarks>Returns <see langword="null"/> when the facts cannot decide: silence beats a false alarm.</remarks>
public sealed class DateClaimVerifier : IClaimVerifier
{
    /// <inheritdoc/>
    public Type ClaimType => typeof(DateClaim);

    /// <inheritdoc/>
    public ClaimVerdict? Verify(Claim claim, VerificationContext context) => Verify((DateClaim)claim, context);

    private static ClaimVerdict? Verify(DateClaim c, VerificationContext v)
    {
        var fact = c.Subject.GetFact(c.Property.Name)!;
        var actual = fact.Date!.Value;
        if (MatchesAny(c.Claimed, actual, fact.AlsoDates, out var matched))
        {
            return v.Supported(c.Subject, c.Property.Name, fact.Location, $"{Wording.Subject(c.Subject)} {Wording.Happened(c.Property)} {v.Words.On(matched)}");
        }

        if (c.Reading == TimeReading.Approximate && Math.Abs(actual.Year - c.Claimed.Year) <= 1)
        {
            return null; // "34 years since" a date 34 years and some months back, or the other way
        }

        var expected = AtPrecision(actual, c.Claimed.Precision);
        var replacement = c.Reading == TimeReading.Stated ? Replacement(expected, c.Claimed) : null;
        return ClaimVerdict.Contradicted($"{Wording.Subject(c.Subject)} {Wording.Happened(c.Property)} {v.Words.On(actual)}{AcceptedDates.Alternatives(fact.AlsoDates, fact.Note, v.Words.Date)}, not {v.Words.On(c.Claimed)}", expected, replacement, c.Subject, c.Property.Name, fact.Location);
    }
}
