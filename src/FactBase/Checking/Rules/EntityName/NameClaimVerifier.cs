using System;

namespace FactBase.Checking.Rules.EntityName;

/// <summary>Reports a misspelled name; the detector has already decided that it is one.</summary>
public sealed class NameClaimVerifier : IClaimVerifier
{
    /// <inheritdoc/>
    public Type ClaimType => typeof(NameClaim);

    /// <inheritdoc/>
    public ClaimVerdict? Verify(Claim claim, VerificationContext context)
    {
        var c = (NameClaim)claim;
        // The entity's name in parentheses only when it says more than the right spelling ("Stoltenberg" for Jens
        // Stoltenberg); "'NATA' looks like a misspelling of 'NATO' (NATO)" would say it twice.
        var who = c.Correct == c.Subject.Name ? string.Empty : $" ({Wording.Name(c.Subject)})";
        return ClaimVerdict.Misspelled($"'{c.Written}' looks like a misspelling of '{c.Correct}'{who}", c.Correct, c.Subject, c.Subject.Location);
    }
}
