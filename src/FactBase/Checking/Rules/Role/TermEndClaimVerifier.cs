using System;
using FactBase.Model;

namespace FactBase.Checking.Rules.Role;

/// <summary>Checks when a person's term in an office ended against the office's timeline: right when one of the person's
/// terms ended then (its last day or the first day out, at the precision written).</summary>
/// <remarks>Silent (<see langword="null"/>) when the person never held the office (the role reading says so), when a term
/// of theirs is still running (the end written may be of a term to come, or the facts not yet updated), when the offices
/// are several, and when the facts list no holder of the office as early as the date written.</remarks>
public sealed class TermEndClaimVerifier : IClaimVerifier
{
    /// <inheritdoc/>
    public Type ClaimType => typeof(TermEndClaim);

    /// <inheritdoc/>
    public ClaimVerdict? Verify(Claim claim, VerificationContext context) => Verify((TermEndClaim)claim, context);

    private static ClaimVerdict? Verify(TermEndClaim c, VerificationContext v)
    {
        var terms = RoleClaimVerifier.TermsIn(v.KnowledgeBase.GetTermsOf(c.Subject.Id), c.Offices);
        if (terms.Count == 0)
        {
            return null;
        }

        var office = new OfficeRef(terms[0].Organization, terms[0].Property);
        var title = Wording.Office(office.Property, office.Organization);
        for (var t = 0; t < terms.Count; t++)
        {
            if (TermClaimVerifier.Ended(terms[t], c.To))
            {
                return v.Supported(terms[t].Organization, office.Property.Name, terms[t].Fact.Location, $"{c.Subject.Name} was {title} until {v.Words.Date(terms[t].To!.Value)}");
            }
        }

        for (var t = 0; t < terms.Count; t++)
        {
            if (terms[t].To is null)
            {
                return null;
            }
        }

        var fact = office.Organization.GetFact(office.Property.Name)!;
        if (!TermClaimVerifier.IsOneOffice(c.Offices) || !TermClaimVerifier.Recorded(fact, c.To))
        {
            return null;
        }

        var held = TermClaimVerifier.Held(terms, v.Words);
        var message = $"{c.Subject.Name} was {title} {held}: no term ended {v.Words.On(c.To)}";
        return ClaimVerdict.Contradicted(message, held, null, office.Organization, office.Property.Name, terms[0].Fact.Location);
    }
}
