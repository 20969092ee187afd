using System;
using System.Globalization;
using FactBase.Model;

namespace FactBase.Checking.Rules.Count;

/// <summary>Checks a number of founding members against the members the timeline starts with: those that joined on its
/// first day (or, for a count property, the first number).</summary>
/// <remarks>Returns <see langword="null"/> when the facts cannot decide: silence beats a false alarm.</remarks>
public sealed class FoundingCountClaimVerifier : IClaimVerifier
{
    /// <inheritdoc/>
    public Type ClaimType => typeof(FoundingCountClaim);

    /// <inheritdoc/>
    public ClaimVerdict? Verify(Claim claim, VerificationContext context) => Verify((FoundingCountClaim)claim, context);

    private static ClaimVerdict? Verify(FoundingCountClaim c, VerificationContext v)
    {
        var fact = c.Subject.GetFact(c.Property.Name)!;
        if (fact.Timeline.Count == 0)
        {
            return null;
        }

        var first = int.MaxValue;
        foreach (var e in fact.Timeline)
        {
            first = Math.Min(first, e.From.Earliest.DayNumber);
        }

        int founders;
        FactDate start = default;
        if (c.Property.Kind == PropertyKind.Count)
        {
            var earliest = fact.Timeline[0];
            foreach (var e in fact.Timeline)
            {
                earliest = e.From.Earliest.DayNumber == first ? e : earliest;
            }

            if (!int.TryParse(earliest.Value, NumberStyles.None, CultureInfo.InvariantCulture, out founders))
            {
                return null;
            }

            start = earliest.From;
        }
        else
        {
            founders = 0;
            foreach (var e in fact.Timeline)
            {
                if (e.From.Earliest.DayNumber == first)
                {
                    founders++;
                    start = e.From;
                }
            }
        }

        if (founders == c.Count)
        {
            return v.Supported(c.Subject, c.Property.Name, fact.Location, $"{Wording.Subject(c.Subject)} had {founders} founding {Wording.Counted(c.Property, founders)} {v.Words.On(start)}");
        }

        var text = founders.ToString(CultureInfo.InvariantCulture);
        return ClaimVerdict.Contradicted(
            $"{Wording.Subject(c.Subject)} had {text} founding {Wording.Counted(c.Property, founders)} (from {v.Words.Date(start)}), not {c.Count}",
            text,
            text,
            c.Subject,
            c.Property.Name,
            fact.Location);
    }
}
