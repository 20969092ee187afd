using System;
using System.Collections.Generic;
using FactBase.Knowledge;

namespace FactBase.Checking.Rules;

/// <summary>Checks claims against the knowledge base, each with the verifier its rule lists in <see cref="RuleCatalog"/>.</summary>
/// <remarks>Returns <see langword="null"/> when the facts cannot decide: silence beats a false alarm.</remarks>
public sealed class ClaimVerifier
{
    private static readonly Dictionary<Type, IClaimVerifier> ByClaimType = IndexByClaimType();

    private readonly VerificationContext _context;

    /// <summary>Creates a verifier over a knowledge base.</summary>
    /// <param name="knowledgeBase">The facts.</param>
    public ClaimVerifier(KnowledgeBase knowledgeBase)
        : this(knowledgeBase, supportedMessages: true)
    {
    }

    /// <summary>Creates a verifier that leaves the message of a supported verdict empty unless <paramref name="supportedMessages"/>.</summary>
    /// <param name="knowledgeBase">The facts.</param>
    /// <param name="supportedMessages">Whether supported verdicts carry their message; every other verdict always does.</param>
    internal ClaimVerifier(KnowledgeBase knowledgeBase, bool supportedMessages)
        : this(knowledgeBase, supportedMessages, DateStyle.Text)
    {
    }

    /// <summary>Creates a verifier whose messages write dates in <paramref name="dateStyle"/>.</summary>
    /// <param name="knowledgeBase">The facts.</param>
    /// <param name="supportedMessages">Whether supported verdicts carry their message; every other verdict always does.</param>
    /// <param name="dateStyle">How messages write dates.</param>
    internal ClaimVerifier(KnowledgeBase knowledgeBase, bool supportedMessages, DateStyle dateStyle)
    {
        _context = new VerificationContext(knowledgeBase, supportedMessages, dateStyle);
    }

    /// <summary>Checks one claim.</summary>
    /// <param name="claim">The claim.</param>
    /// <returns>The verdict, or <see langword="null"/> when the facts cannot decide (or no rule checks such claims).</returns>
    public ClaimVerdict? Verify(Claim claim)
        => ByClaimType.TryGetValue(claim.GetType(), out var verifier) ? verifier.Verify(claim, _context) : null;

    private static Dictionary<Type, IClaimVerifier> IndexByClaimType()
    {
        var byType = new Dictionary<Type, IClaimVerifier>();
        foreach (var rule in RuleCatalog.All)
        {
            foreach (var verifier in rule.Verifiers)
            {
                byType.Add(verifier.ClaimType, verifier);
            }
        }

        return byType;
    }
}
