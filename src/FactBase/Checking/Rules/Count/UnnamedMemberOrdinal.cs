using FactBase.Checking.Mentions;
using FactBase.Checking.Sentences;
using FactBase.Model;
using static FactBase.Checking.Rules.ExtractorHelpers;

namespace FactBase.Checking.Rules.Count;

/// <summary>
/// A member's ordinal whose member the clause does not name: "making his country the alliance's 32nd member", "The country
/// joined NATO last April as its 31st member", "The Nordic country is the 31st to join". The member is the one entity named in
/// this sentence or the few before it that the facts give as the organization's member of that place. The facts chose it, so
/// the claim is only confirmed: a wrong ordinal stays silent here (it is flagged when the member is named).
/// </summary>
internal static class UnnamedMemberOrdinal
{
    /// <summary>How many sentences back the member may be named.</summary>
    private const int Reach = 3;

    /// <summary>The confirmed claim for the ordinal from <paramref name="first"/> to <paramref name="last"/>, or
    /// <see langword="null"/> when no entity or two fit.</summary>
    public static Claim? Read(SentenceContext s, int first, int last, Entity organization, PropertyDefinition property, int nth)
    {
        if (organization.GetFact(property.Name) is not { IsTimeline: true } fact)
        {
            return null;
        }

        Entity? found = null;
        for (var m = 0; m < s.Mentions.Count && s.Mentions[m].End <= first; m++)
        {
            if (!Consider(s.Mentions[m].Entity, s.Mentions[m].Kind, fact, organization, nth, ref found))
            {
                return null;
            }
        }

        if (s.Document is { } state)
        {
            for (var k = state.Salience.Count - 1; k >= 0; k--)
            {
                var entry = state.Salience[k];
                if (entry.Sentence >= state.Sentence)
                {
                    continue; // this sentence's own: its mentions above
                }

                if (entry.Sentence < state.Sentence - Reach)
                {
                    break;
                }

                if (!Consider(entry.Entity, entry.Kind, fact, organization, nth, ref found))
                {
                    return null;
                }
            }
        }

        return found is null ? null : new MemberOrdinalClaim(SpanOf(s.Tokens, first, last), found, organization, property, nth) { ConfirmOnly = true };
    }

    // Takes the entity when it joined as the nth member; false when a second, different one does.
    private static bool Consider(Entity entity, MentionKind kind, Fact fact, Entity organization, int nth, ref Entity? found)
    {
        if (entity.Type == EntityType.Person || entity.Id == organization.Id || (found is not null && found.Id == entity.Id)
            || MemberOrdinalClaimVerifier.JoiningAt(fact, entity.Id, nth) is null)
        {
            return true;
        }

        if (found is not null)
        {
            return false;
        }

        found = entity;
        return true;
    }
}
