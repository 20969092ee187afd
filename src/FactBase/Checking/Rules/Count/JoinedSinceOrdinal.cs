using FactBase.Checking.Mentions;
using FactBase.Checking.Numbers;
using FactBase.Checking.Sentences;
using FactBase.Checking.Time;
using FactBase.Model;
using FactBase.Text;
using static FactBase.Checking.Rules.ExtractorHelpers;

namespace FactBase.Checking.Rules.Count;

/// <summary>
/// A member's place among the joinings after a time: "Montenegro became the first country to join NATO since 2009",
/// "Croatia was the second to join the EU since 2007". The member is the nearest entity named before the ordinal that the
/// organization's timeline lists; the organization is the one named after "join", else the one the sentence or text is
/// about.
/// </summary>
internal static class JoinedSinceOrdinal
{
    /// <summary>Ordinals that <see cref="NumberWords"/> leaves out when they stand alone, read here only before "to join".</summary>
    private static readonly string[] SmallOrdinals = { "first", "second", "third" };

    /// <summary>The claim of the sentence, or <see langword="null"/>.</summary>
    public static MemberOrdinalClaim? Read(SentenceContext s)
    {
        var t = s.TokenSpan;
        for (var since = 4; since < t.Length; since++)
        {
            if (s.IsWordAt(since, "since") && DateExpression.Read(s.Tokens, since + 1) is { } date && Read(s, since, date.Date) is { } claim)
            {
                return claim;
            }
        }

        return null;
    }

    // "... the ORDINAL [NOUN] to join [the] [ORG] since DATE", with "since" at token `since`.
    private static MemberOrdinalClaim? Read(SentenceContext s, int since, FactDate date)
    {
        // Back over the organization joined and "to join".
        var k = since;
        Entity? named = null;
        if (s.MentionEndingBefore(k) is { IsPossessive: false, Kind: not MentionKind.Adjective } joined && HasMembers(s, joined.Entity))
        {
            named = joined.Entity;
            k = joined.First;
            k = s.IsWordAt(k - 1, "the") ? k - 1 : k;
        }

        if (!s.IsWordAt(k - 1, "join") || !s.IsWordAt(k - 2, "to"))
        {
            return null;
        }

        // The ordinal and its noun ("country", "member", "nation"), or the ordinal alone ("the first to join").
        var nounAt = k - 2;
        var ordinalEnd = nounAt - 1;
        if (s.TokenAt(ordinalEnd) is { Kind: TokenKind.Word } && !IsOrdinalWord(s, ordinalEnd) && s.Vocabulary.MatchNoun(s.Tokens, ordinalEnd).Length == 1)
        {
            nounAt = ordinalEnd;
            ordinalEnd--;
        }

        if (!Ordinal(s, ordinalEnd, out var ordinalStart, out var nth) || !s.IsWordAt(ordinalStart - 1, "the"))
        {
            return null;
        }

        var organization = named ?? CountClaimExtractor.SoleOrganization(s) ?? (CountClaimExtractor.AnyOrganization(s) ? null : OrganizationWithMembersInContext(s));
        if (organization is null || MembersOf(s, organization) is not { } property)
        {
            return null;
        }

        var timeline = organization.GetFact(property.Name)!.Timeline;
        for (var m = s.Mentions.Count - 1; m >= 0; m--)
        {
            var candidate = s.Mentions[m];
            if (candidate.End <= ordinalStart && candidate.Kind != MentionKind.Adjective && candidate.Entity.Id != organization.Id
                && candidate.Entity.Type != EntityType.Person && CountClaimExtractor.Lists(timeline, candidate.Entity.Id))
            {
                return new MemberOrdinalClaim(SpanOf(s.Tokens, ordinalStart, ordinalEnd), candidate.Entity, organization, property, nth) { Since = date };
            }
        }

        return null;
    }

    private static bool IsOrdinalWord(SentenceContext s, int k)
        => s.IsWordAt(k, SmallOrdinals) || (NumberWords.Read(s.TokenSpan, k) is { Ordinal: true });

    // The ordinal ending at `end`: "first", "32nd", "thirty-second".
    private static bool Ordinal(SentenceContext s, int end, out int start, out int nth)
    {
        start = end;
        nth = 0;
        for (var i = 0; i < SmallOrdinals.Length; i++)
        {
            if (s.IsWordAt(end, SmallOrdinals[i]))
            {
                nth = i + 1;
                return true;
            }
        }

        // A number of one to three tokens ("thirty", "-", "second") that ends here.
        for (start = end; start >= System.Math.Max(0, end - 2); start--)
        {
            if (NumberWords.Read(s.TokenSpan, start) is { Ordinal: true } number && start + number.Length - 1 == end)
            {
                nth = number.Value;
                return nth > 0;
            }
        }

        return false;
    }
}
