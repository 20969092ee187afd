using System;
using FactBase.Knowledge;
using FactBase.Model;
using static FactBase.Checking.Rules.VerifierHelpers;

namespace FactBase.Checking.Rules.Role;

/// <summary>
/// Contradicts an office the country or organisation does not have, naming the office it has that the person held (or its
/// first office with a holder at the time) and that holder.
/// </summary>
public sealed class AbsentOfficeClaimVerifier : IClaimVerifier
{
    /// <inheritdoc/>
    public Type ClaimType => typeof(AbsentOfficeClaim);

    /// <inheritdoc/>
    public ClaimVerdict? Verify(Claim claim, VerificationContext context)
    {
        var c = (AbsentOfficeClaim)claim;
        var at = c.Time.Primary;
        var declared = c.Qualifier.GetFact(c.Office.Name)!;
        var missing = UnheldTitleClaimVerifier.InSentence(UnheldTitleClaimVerifier.TitleOf(c.Office));

        // The office of the same entity the person held, preferring one held at the time.
        OfficeTerm? own = null;
        var terms = context.KnowledgeBase.GetTermsOf(c.Subject.Id);
        for (var t = 0; t < terms.Count; t++)
        {
            var term = terms[t];
            if (term.Organization.Id == c.Qualifier.Id && (own is null || Overlaps(term.From, term.To, at)))
            {
                own = term;
            }
        }

        string other;
        if (own is not null)
        {
            var holder = HolderOn(context.KnowledgeBase, own.Fact, at);
            var title = UnheldTitleClaimVerifier.InSentence(UnheldTitleClaimVerifier.TitleOf(own.Property));
            other = holder is null ? $"{c.Subject.Name} was its {title}" : $"its {title} {context.Words.On(at)} was {holder.Name}";
        }
        else
        {
            other = OtherOffice(context.KnowledgeBase, c.Qualifier, at, context.Words) ?? string.Empty;
        }

        var message = other.Length == 0 ? $"{c.Qualifier.Name} has no {missing}" : $"{c.Qualifier.Name} has no {missing}; {other}";
        return ClaimVerdict.Contradicted(message, null, null, c.Qualifier, c.Office.Name, declared.Location);
    }

    /// <summary>"its chancellor on 2024-05-01 was Olaf Scholz": the first office of the entity with a known holder then.</summary>
    private static string? OtherOffice(KnowledgeBase knowledgeBase, Entity qualifier, FactDate at, Wording words)
    {
        foreach (var fact in qualifier.Facts)
        {
            if (fact.Timeline.Count == 0 || knowledgeBase.FindProperty(fact.Property) is not { Kind: PropertyKind.Office } property)
            {
                continue;
            }

            if (HolderOn(knowledgeBase, fact, at) is { } holder)
            {
                return $"its {UnheldTitleClaimVerifier.InSentence(UnheldTitleClaimVerifier.TitleOf(property))} {words.On(at)} was {holder.Name}";
            }
        }

        return null;
    }

    private static Entity? HolderOn(KnowledgeBase knowledgeBase, Fact fact, FactDate at)
    {
        Entity? holder = null;
        var latest = int.MinValue;
        foreach (var entry in fact.Timeline)
        {
            if (entry.From.DayNumber >= latest && Overlaps(entry.From, entry.To, at) && knowledgeBase.TryGetEntity(entry.Value, out var known))
            {
                latest = entry.From.DayNumber;
                holder = known;
            }
        }

        return holder;
    }
}
