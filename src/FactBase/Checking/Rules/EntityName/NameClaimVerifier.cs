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
        return ClaimVerdict.Misspelled($"'{c.Written}' looks like a misspelling of '{c.Correct}' ({c.Subject.Name})", c.Correct, c.Subject, c.Subject.Location);
    }
}
