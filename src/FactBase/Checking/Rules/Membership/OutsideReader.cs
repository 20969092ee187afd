using System.Collections.Generic;
using FactBase.Checking.Mentions;
using FactBase.Checking.Sentences;
using FactBase.Checking.Vocabulary;
using FactBase.Model;
using FactBase.Text;
using static FactBase.Checking.Rules.ExtractorHelpers;

namespace FactBase.Checking.Rules.Membership;

/// <summary>
/// Countries said to stand outside an organization now: "Norway and Iceland remain outside the EU", "only four — Austria,
/// Ireland, Malta and Cyprus — stay outside the alliance". Each country of the list right before the verb is a claim that it
/// is not a member, at the sentence's time. The organization is named after "outside", or told by a noun the facts describe
/// it by ("the alliance") when the sentence or the text is about it.
/// </summary>
/// <remarks>Only a present verb: "stayed outside NATO during the Cold War" is of a time the sentence may not name, and
/// "want to stay outside", "would remain outside" tell of wishes and plans. A subject that is no list of names ("countries
/// that remain outside the EU") is left alone.</remarks>
internal static class OutsideReader
{
    /// <summary>The word a reading starts at: a trigger list (<see cref="TriggerWords"/>).</summary>
    internal static readonly WordSet Triggers = new(["outside"]);

    /// <summary>Present verbs of standing apart.</summary>
    private static readonly string[] Verbs = { "stay", "stays", "remain", "remains", "are", "is", "sit", "sits" };

    /// <summary>Adds a claim for each country of the list before "VERB outside ORG".</summary>
    public static void Read(SentenceContext s, ref List<Claim>? claims)
    {
        for (var k = 2; k + 1 < s.TokenSpan.Length; k++)
        {
            if (!s.IsWordAt(k, "outside") || !s.IsWordAt(k - 1, Verbs) || Organization(s, k + 1) is not { } organization
                || MembersOf(s, organization) is not { } property)
            {
                continue;
            }

            // The list ends right before the verb, or before a dash or comma that closes it ("— Austria and Malta — stay").
            var end = k - 1;
            if (s.TokenAt(end - 1) is { Kind: TokenKind.Punctuation } closing && !closing.Is('.'))
            {
                end--;
            }

            if (s.MentionEndingBefore(end) is not { Kind: MentionKind.Name, IsPossessive: false } last || last.Entity.Type != EntityType.Country)
            {
                continue;
            }

            // Each claim is the country's own name: the list says of each that it stands outside.
            (claims ??= new List<Claim>()).Add(new MembershipClaim(SpanOf(s.Tokens, last.First, last.End - 1), last.Entity, organization, property, false, null, s.Time));
            foreach (var other in ConjunctsBefore(s, last))
            {
                claims.Add(new MembershipClaim(SpanOf(s.Tokens, other.First, other.End - 1), other.Entity, organization, property, false, null, s.Time));
            }
        }
    }

    // The organization after "outside": its name, or "the" and a noun the facts describe it by, of the one organization so
    // described that the sentence names ("... of the EU's members belong to NATO, and six stay outside the alliance"), else
    // of the one the text is about.
    private static Entity? Organization(SentenceContext s, int k)
    {
        k = s.IsWordAt(k, "of") ? k + 1 : k;
        if (s.MentionStartingAt(SkipDeterminer(s, k)) is { Kind: not MentionKind.Adjective, IsPossessive: false } named)
        {
            return MembersOf(s, named.Entity) is not null ? named.Entity : null;
        }

        if (!s.IsWordAt(k, "the") || s.TokenAt(k + 1) is not { Kind: TokenKind.Word } noun)
        {
            return null;
        }

        Entity? described = null;
        for (var m = 0; m < s.Mentions.Count; m++)
        {
            var entity = s.Mentions[m].Entity;
            if (s.Mentions[m].Kind != MentionKind.Adjective && MembersOf(s, entity) is not null && Describes(entity, noun.Text))
            {
                if (described is not null && described.Id != entity.Id)
                {
                    return null;
                }

                described = entity;
            }
        }

        if (described is null && !Count.CountClaimExtractor.AnyOrganization(s) && OrganizationWithMembersInContext(s) is { } about && Describes(about, noun.Text))
        {
            described = about;
        }

        return described;
    }

    private static bool Describes(Entity organization, string noun)
    {
        foreach (var description in organization.Descriptions)
        {
            if (string.Equals(description, noun, System.StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
