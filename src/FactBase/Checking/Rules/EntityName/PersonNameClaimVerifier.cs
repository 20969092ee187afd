using System;

namespace FactBase.Checking.Rules.EntityName;

/// <summary>Reports a word of a person's name that does not fit the person; the extractor has already decided that it does not.</summary>
public sealed class PersonNameClaimVerifier : IClaimVerifier
{
    /// <inheritdoc/>
    public Type ClaimType => typeof(PersonNameClaim);

    /// <inheritdoc/>
    public ClaimVerdict? Verify(Claim claim, VerificationContext context)
    {
        var c = (PersonNameClaim)claim;
        return ClaimVerdict.Misspelled(
            $"'{c.Written}' is not a name of {c.Subject.Name} ({c.Evidence}): probably '{c.Correct}'",
            c.Correct,
            c.Subject,
            c.Subject.Location);
    }
}
