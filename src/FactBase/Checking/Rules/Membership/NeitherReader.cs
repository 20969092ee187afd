using System.Collections.Generic;
using FactBase.Checking.Mentions;
using FactBase.Checking.Sentences;
using FactBase.Checking.Vocabulary;
using FactBase.Model;
using static FactBase.Checking.Rules.ExtractorHelpers;

namespace FactBase.Checking.Rules.Membership;

/// <summary>
/// Memberships denied with "neither" where the sentence does not name both sides: "X and Y belong to neither club" (the two
/// organizations with members the text names), "Ukraine and Georgia were promised a place in NATO; neither is a member
/// today" (the pair before it, of the organization the sentence is about).
/// </summary>
/// <remarks>The text, not the facts, chose the organizations only when the sentence names them, so a "neither club" claim is
/// only confirmed (the clubs may be others the facts do not know); "neither is a member" of an organization the sentence
/// names is read as written.</remarks>
internal static class NeitherReader
{
    /// <summary>Nouns of an organization that "neither" may stand before ("neither club").</summary>
    private static readonly HashSet<string> ClubNouns = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "club", "bloc", "alliance", "organization", "organisation", "body", "group",
    };

    /// <summary>"to neither club" at <paramref name="k"/> (the "to"): the two organizations with members the text names.</summary>
    /// <returns>The two, or <see langword="null"/>.</returns>
    public static (Entity, Entity)? NeitherClub(SentenceContext s, int k)
    {
        if (!s.IsWordAt(k, "to") || !s.IsWordAt(k + 1, "neither") || s.TokenAt(k + 2) is not { } noun || !ClubNouns.Contains(noun.Text)
            || (s.TokenAt(k + 3) is { } after && !(after.Is('.') || after.Is(',') || after.Is(';'))) || s.Document is not { } document)
        {
            return null;
        }

        Entity? first = null, second = null;
        foreach (var entry in document.Salience)
        {
            if (!HasMembers(s, entry.Entity) || entry.Entity.Id == first?.Id || entry.Entity.Id == second?.Id)
            {
                continue;
            }

            if (first is null)
            {
                first = entry.Entity;
            }
            else if (second is null)
            {
                second = entry.Entity;
            }
            else
            {
                return null;
            }
        }

        return first is not null && second is not null ? (first, second) : null;
    }

    /// <summary>The word the phrase starts with; the reader's trigger list (<see cref="TriggerWords"/>).</summary>
    internal static readonly WordSet Neither = new(["neither"]);

    /// <summary>"A and B ...; neither is a member (of X) today": one claim for each of the pair.</summary>
    public static void NeitherIsMember(SentenceContext s, ref List<Claim>? claims)
    {
        if (!s.HasWordOf(Neither))
        {
            return;
        }

        var t = s.TokenSpan;
        for (var i = 2; i < t.Length - 3; i++)
        {
            // The length first: this runs on every sentence that names something.
            if (t[i].Text.Length != 7 || !t[i].IsWord("neither") || !s.IsWordAt(i + 1, "is", "was") || !s.IsWordAt(i + 2, "a") || !s.IsWordAt(i + 3, "member"))
            {
                continue;
            }

            // The pair: the first two names of the sentence, joined by "and", before the clause break.
            if (!(t[i - 1].Is(';') || t[i - 1].Is(',') || t[i - 1].IsWord("but") || t[i - 1].IsWord("and")) || Pair(s, i) is not { } pair)
            {
                return;
            }

            Entity? organization;
            if (s.IsWordAt(i + 4, "of") && s.MentionStartingAt(SkipDeterminer(s, i + 5)) is { IsPossessive: false, Kind: not MentionKind.Adjective } named)
            {
                organization = named.Entity;
            }
            else
            {
                var (length, nouns) = s.Vocabulary.MatchNoun(s.Tokens, i + 3);
                organization = length > 0 ? TopicOrganization.Find(s, nouns, new[] { pair.Item1, pair.Item2 })?.Organization.Entity : null;
            }

            if (organization is null || MembersProperty(organization, s.Vocabulary.MemberProperties, allowCount: false) is not { } property)
            {
                return;
            }

            // Each claim runs from its member to "member": two claims, two spans (a finding is kept once per span).
            (claims ??= new List<Claim>()).Add(new MembershipClaim(SpanOf(s.Tokens, pair.Item1.First, i + 3), pair.Item1.Entity, organization, property, false, null, s.Time));
            claims.Add(new MembershipClaim(SpanOf(s.Tokens, pair.Item2.First, i + 3), pair.Item2.Entity, organization, property, false, null, s.Time));
            return;
        }
    }

    // "Ukraine and Georgia" opening the sentence: two names, nothing else named before "neither" but organizations.
    private static (Mention, Mention)? Pair(SentenceContext s, int neither)
    {
        Mention? a = null, b = null;
        foreach (var m in s.Mentions)
        {
            if (m.First >= neither)
            {
                break;
            }

            if (m.Kind == MentionKind.Adjective || HasMembers(s, m.Entity))
            {
                continue;
            }

            if (a is null)
            {
                a = m;
            }
            else if (b is null)
            {
                b = m;
            }
            else
            {
                return null;
            }
        }

        return a is { IsPossessive: false } && b is { IsPossessive: false, Kind: MentionKind.Name } && a.First <= 1 && s.IsWordAt(a.End, "and") && b.First == a.End + 1
               && a.Entity.Type == b.Entity.Type && a.Entity.Type != EntityType.Person ? (a, b) : null;
    }
}
