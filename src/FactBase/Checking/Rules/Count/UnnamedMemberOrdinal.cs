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

        var found = OneEntityNamedLately.Find(s.Mentions, first, s.Document, Reach, adjectives: true, e => e.Type != EntityType.Person && e.Id != organization.Id && MemberOrdinalClaimVerifier.JoiningAt(fact, e.Id, nth) is not null);
        return found is null ? null : new MemberOrdinalClaim(SpanOf(s.Tokens, first, last), found, organization, property, nth) { ConfirmOnly = true };
    }

}
