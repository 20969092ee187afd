using System;

namespace FactBase.Checking.Rules;

/// <summary>Checks the claims of one type against the knowledge base at the time they speak of.</summary>
/// <remarks>Returns <see langword="null"/> when the facts cannot decide: silence beats a false alarm.</remarks>
public interface IClaimVerifier
{
    /// <summary>The claim type this verifier checks (exactly that type, not its subtypes).</summary>
    Type ClaimType { get; }

    /// <summary>Checks one claim of <see cref="ClaimType"/>.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="context">The knowledge base, and the factory of supported verdicts.</param>
    /// <returns>The verdict, or <see langword="null"/> when the facts cannot decide.</returns>
    ClaimVerdict? Verify(Claim claim, VerificationContext context);
}
