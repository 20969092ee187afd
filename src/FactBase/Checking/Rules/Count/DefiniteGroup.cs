using System;
using System.Collections.Generic;
using FactBase.Checking.Mentions;
using FactBase.Checking.Numbers;
using FactBase.Checking.Sentences;
using FactBase.Model;
using FactBase.Text;
using static FactBase.Checking.Rules.ExtractorHelpers;

namespace FactBase.Checking.Rules.Count;

/// <summary>
/// A definite group of members that is the whole membership: "ministers of the 30 allies met", "nine of the 29 member
/// countries", "one of 32 allies", "the 193 members of the world body". The organization is the one the phrase names
/// after "of", else the one the sentence names, else the one the paragraph or document is about.
/// </summary>
/// <remarks>
/// A definite plural may also pick out some members ("the 12 members that signed", "the eight allies bordering Russia",
/// "the nine allies to meet the target"): any clause, participle, infinitive or restricting phrase after the noun keeps it
/// silent, and so does a past tense in a sentence that names no time ("the 16 allies were united then"). The claim is
/// marked <see cref="CountClaim.Loose"/>: a number that was never the count and is far from it is a subset, not an error.
/// </remarks>
internal static class DefiniteGroup
{
    /// <summary>Words after the noun that restrict the group to some of the members.</summary>
    private static readonly HashSet<string> Restrictive = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "which", "who", "whom", "whose", "from", "with", "without", "where", "outside", "inside", "except",
        "besides", "than", "not", "excluding", "including", "under", "over", "behind", "along", "near", "on", "at", "bordering",
        "present", "concerned", "involved", "affected", "whereof", "still", "yet", "like", "such", "most", "least",
    };

    /// <summary>Verbs in the past that a group does itself, read as its verb and not as a participle that picks some out.</summary>
    private static readonly HashSet<string> FiniteVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "agreed", "arrived", "gathered", "pledged", "voted", "decided", "warned", "vowed", "promised", "called", "welcomed",
        "condemned", "expressed", "committed", "reaffirmed", "convened", "assembled", "insisted",
    };

    /// <summary>Prepositions after which a participle restricts the group ("the 10 members admitted in 2004").</summary>
    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "at", "by", "from", "since", "during", "to", "under", "before", "after", "between", "with", "for", "as", "into",
    };

    /// <summary>Verbs in the past tense that date a sentence to a time it may not name.</summary>
    private static readonly HashSet<string> PastTense = new(StringComparer.OrdinalIgnoreCase) { "was", "were", "had" };

    /// <summary>Reads the group at the number <paramref name="first"/> whose noun starts at <paramref name="nounAt"/>.</summary>
    /// <returns>The organization and the noun's properties, or <see langword="null"/>.</returns>
    public static (Entity Organization, IReadOnlyList<PropertyDefinition> Nouns)? Read(SentenceContext s, int first, int nounAt, CountBound bound)
    {
        // "the 30 allies", "of the 29 member countries", "one of 32 allies", "among 32 allies".
        if (bound != CountBound.Exact)
        {
            return null;
        }

        var definite = s.IsWordAt(first - 1, "the") || s.IsWordAt(first - 1, "among") || (s.IsWordAt(first - 1, "of") && s.IsWordAt(first - 2, "one"));
        if (!definite)
        {
            return null;
        }

        var (length, nouns) = s.Vocabulary.MatchNoun(s.Tokens, nounAt);
        if (length == 0 || !CountClaimExtractor.Plural(s, nounAt, length))
        {
            return null;
        }

        var after = nounAt + length;
        if (!CountClaimExtractor.MembershipNoun(s.TokenSpan[nounAt].Text))
        {
            // "the 27 countries of the European Union", "the 32 nations that make up NATO": a noun said of any group counts the
            // membership only when the organization is named right after it, whole.
            return MadeUpOf(s, after) is { } whole && !UndatedPast(s) ? (whole, nouns) : null;
        }

        Entity? organization;
        if (s.IsWordAt(after, "of"))
        {
            // "the 193 members of the world body": the organization named right after, and nothing more of the phrase ("the 15
            // members of the UN Security Council" are another body's).
            if (s.MentionStartingAt(SkipDeterminer(s, after + 1)) is not { IsPossessive: false } named || named.Kind is MentionKind.Adjective or MentionKind.Surname
                || !HasMembers(s, named.Entity) || !EndsGroup(s, named.End))
            {
                return null;
            }

            organization = named.Entity;
        }
        else
        {
            // "the last of the 31 allies to ratify": the last one of the whole group to act.
            if (!EndsGroup(s, after) && !(s.IsWordAt(after, "to") && IsSuperlativeOf(s, first)))
            {
                return null;
            }

            organization = CountClaimExtractor.SoleOrganization(s)
                           ?? (CountClaimExtractor.AnyOrganization(s) ? null : OrganizationWithMembersInContext(s));
        }

        if (organization is null || UndatedPast(s))
        {
            return null;
        }

        return (organization, nouns);
    }

    /// <summary>Verbs of a relative clause that make the group the whole organization: "that make up NATO", "which form the EU".</summary>
    private static readonly HashSet<string> Composing = new(StringComparer.OrdinalIgnoreCase) { "make", "form", "constitute", "comprise", "compose" };

    // The organization "of ORG" or "that make up ORG" names right after the noun, when nothing more of the phrase follows it.
    private static Entity? MadeUpOf(SentenceContext s, int after)
    {
        int at;
        if (s.IsWordAt(after, "of"))
        {
            at = SkipDeterminer(s, after + 1);
        }
        else if (s.IsWordAt(after, "that", "which") && s.IsWordAt(after + 1, Composing))
        {
            at = SkipDeterminer(s, s.IsWordAt(after + 1, "make") ? (s.IsWordAt(after + 2, "up") ? after + 3 : -1) : after + 2);
        }
        else
        {
            return null;
        }

        return at >= 0 && s.MentionStartingAt(at) is { IsPossessive: false } named && named.Kind is not (MentionKind.Adjective or MentionKind.Surname)
               && HasMembers(s, named.Entity) && EndsGroup(s, named.End)
            ? named.Entity
            : null;
    }

    /// <summary>Whether the group ends at <paramref name="k"/>: nothing after it picks out some of the members.</summary>
    internal static bool EndsGroup(SentenceContext s, int k)
    {
        if (s.TokenAt(k) is not { } next)
        {
            return true;
        }

        if (next.Kind == TokenKind.Punctuation)
        {
            return !next.Is('-') && !next.Is('(');
        }

        if (next.Kind != TokenKind.Word || Restrictive.Contains(next.Text) || next.Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // "asked the 28 member states to propose" (what they are asked) but not "the nine allies to meet the target" (which).
        if (next.IsWord("to"))
        {
            return !s.IsWordAt(k + 1, "have", "be") && AskedBefore(s, k);
        }

        // "the 30 allies in Brussels" (somewhere) but not "the 20 members in the eurozone" (some of them).
        if (next.IsWord("in"))
        {
            return s.TokenAt(k + 1) is { IsCapitalized: true, Kind: TokenKind.Word } place && !IsRegion(place.Text) && s.MentionAt(k + 1) is null;
        }

        // "the 10 members admitted in 2004": a participle with its phrase restricts; "the 30 allies arrived on Monday" is the
        // group's own verb (verbs a group of members does, rather than has done to it).
        return FiniteVerbs.Contains(next.Text)
               || !((next.Text.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || next.Text.EndsWith("en", StringComparison.OrdinalIgnoreCase))
                    && s.IsWordAt(k + 1, Prepositions));
    }

    /// <summary>Verbs whose object an infinitive follows ("ask the members to ..."), as stems.</summary>
    private static readonly string[] AskingVerbs = { "ask", "urg", "invit", "allow", "want", "expect", "told", "tell", "encourag", "forc", "requir", "persuad", "press", "push", "call" };

    /// <summary>Whether a verb of asking stands before <paramref name="k"/>: then "to" after the group is what it asks.</summary>
    private static bool AskedBefore(SentenceContext s, int k)
    {
        var t = s.TokenSpan;
        for (var i = 0; i < k; i++)
        {
            if (t[i].Kind != TokenKind.Word || t[i].Text.Length is < 3 or > 10)
            {
                continue;
            }

            foreach (var stem in AskingVerbs)
            {
                if (t[i].Text.StartsWith(stem, StringComparison.OrdinalIgnoreCase) && t[i].Text.Length <= stem.Length + 3)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsRegion(string word)
        => word is "Europe" or "European" or "Asia" or "Africa" or "America" or "Americas" or "North" or "South" or "East" or "West"
            or "Eastern" or "Western" or "Central" or "Northern" or "Southern" or "Baltic" or "Baltics" or "Balkans" or "Nordic";

    /// <summary>Whether "the last of" or "the first of" stands before the group whose number is at <paramref name="first"/>
    /// ("the last of the 31 allies", "the first of NATO's 30 members"): the group is every member at the time of the act it
    /// speaks of.</summary>
    internal static bool IsSuperlativeOf(SentenceContext s, int first)
    {
        var k = first - 1;
        if (s.MentionEndingBefore(first) is { IsPossessive: true } owner)
        {
            k = owner.First - 1;
        }
        else if (s.IsWordAt(k, "the", "its"))
        {
            k--;
        }

        return s.IsWordAt(k, "of") && s.IsWordAt(k - 1, "last", "first");
    }

    /// <summary>Whether the sentence names no time and no verb of the present: an act ("became the last of the 31 allies to
    /// ratify") at a time the checker cannot date.</summary>
    internal static bool UndatedAct(SentenceContext s)
        => s.Time.Primary == s.Time.AsOf && s.Time.Others.Count == 0 && !s.Time.Carried && !Time.TimeContextReader.InPresentTense(s.Tokens);

    /// <summary>A past tense in a sentence that names no time: the count of a time the checker cannot date.</summary>
    private static bool UndatedPast(SentenceContext s)
    {
        if (s.Time.Primary != s.Time.AsOf || s.Time.Others.Count > 0 || s.Time.Carried)
        {
            return false;
        }

        var t = s.TokenSpan;
        for (var i = 0; i < t.Length; i++)
        {
            if (t[i].Kind == TokenKind.Word && t[i].Text.Length <= 4 && PastTense.Contains(t[i].Text))
            {
                return true;
            }
        }

        return false;
    }
}
