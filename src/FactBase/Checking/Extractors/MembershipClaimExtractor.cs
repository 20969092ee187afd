using System.Collections.Generic;
using System.Linq;
using FactBase.Checking.Claims;
using FactBase.Checking.Mentions;
using FactBase.Model;
using static FactBase.Checking.Extractors.ExtractorHelpers;

namespace FactBase.Checking.Extractors;

/// <summary>
/// Finds membership: "Ukraine, which is not a NATO member", "X is a member of NATO", "X, a member of NATO since 1952",
/// "X, not a member of the EU,", "NATO member Finland", "fellow NATO ally Turkey", "non-NATO member Sweden".
/// </summary>
public sealed class MembershipClaimExtractor : IClaimExtractor
{
    /// <inheritdoc/>
    public IEnumerable<Claim> Extract(SentenceContext s)
    {
        foreach (var mention in s.Mentions)
        {
            if (mention.Kind == MentionKind.Adjective || mention.IsPossessive)
            {
                continue;
            }

            foreach (var claim in OrganizationNounName(s, mention))
            {
                yield return claim;
            }

            if (NameIsMember(s, mention) is { } predicate)
            {
                yield return predicate;
            }
        }
    }

    // "NATO member Finland", "NATO members Finland and Sweden", "non-NATO member Sweden".
    private static IEnumerable<Claim> OrganizationNounName(SentenceContext s, Mention organization)
    {
        var (length, nouns) = s.Vocabulary.MatchNoun(s.Tokens, organization.End);
        if (length == 0 || MembersProperty(organization.Entity, nouns, allowCount: false) is not { } property)
        {
            yield break;
        }

        var negative = s.TokenAt(organization.First - 1)?.Is('-') == true && s.IsWordAt(organization.First - 2, "non");
        var k = organization.End + length;
        while (s.MentionStartingAt(k) is { } member && member.Entity.Id != organization.Entity.Id && member.Kind != MentionKind.Adjective)
        {
            var first = negative ? organization.First - 2 : organization.First;
            yield return new MembershipClaim(new Text.TextSpan(s.Tokens[first].Span.Start, member.Span.End - s.Tokens[first].Span.Start), member.Entity, organization.Entity, property, !negative, null, s.Time);
            k = member.End;
            if (!(s.IsWordAt(k, "and") || s.TokenAt(k)?.Is(',') == true))
            {
                break;
            }

            k++;
        }
    }

    // "X, which is (not) a NATO member", "X is a member of NATO", "X, a member of NATO since 1952".
    private static Claim? NameIsMember(SentenceContext s, Mention subject)
    {
        var k = subject.End;
        var appositive = false;
        if (s.TokenAt(k)?.Is(',') == true)
        {
            k++;
            appositive = true;
            if (s.IsWordAt(k, "which", "who", "that"))
            {
                k++;
                appositive = false;
            }
        }

        if (s.IsWordAt(k, "is", "remains"))
        {
            k++;
        }
        else if (s.IsWordAt(k, "has") && s.IsWordAt(k + 1, "been"))
        {
            k += 2;
        }
        else if (!appositive)
        {
            return null;
        }

        var member = true;
        if (s.IsWordAt(k, "not"))
        {
            member = false;
            k++;
        }
        else if (s.IsWordAt(k, "no") && s.IsWordAt(k + 1, "longer"))
        {
            member = false;
            k += 2;
        }

        if (!s.IsWordAt(k, "a", "an"))
        {
            return null;
        }

        k++;
        if (s.IsWordAt(k, "founding", "full", "fellow"))
        {
            k++;
        }

        Mention? organization;
        PropertyDefinition? property;
        if (s.MentionStartingAt(k) is { } o1)
        {
            // "a NATO member"
            var (length, nouns) = s.Vocabulary.MatchNoun(s.Tokens, o1.End);
            organization = o1;
            property = length > 0 ? MembersProperty(o1.Entity, nouns, allowCount: false) : null;
            k = o1.End + length;
        }
        else
        {
            // "a member of (the) NATO"
            var (length, nouns) = s.Vocabulary.MatchNoun(s.Tokens, k);
            if (length == 0 || !s.IsWordAt(k + length, "of"))
            {
                return null;
            }

            var o = k + length + 1;
            if (s.IsWordAt(o, "the"))
            {
                o++;
            }

            organization = s.MentionStartingAt(o);
            property = organization is null ? null : MembersProperty(organization.Entity, nouns, allowCount: false);
            k = organization?.End ?? k;
        }

        if (organization is null || property is null || organization.Entity.Id == subject.Entity.Id)
        {
            return null;
        }

        FactDate? since = null;
        var last = k - 1;
        if (s.IsWordAt(k, "since") && DateExpression.Read(s.Tokens, k + 1) is { } date)
        {
            since = date.Date;
            last = k + date.Length;
        }

        return new MembershipClaim(SpanOf(s.Tokens, subject.First, last), subject.Entity, organization.Entity, property, member, member ? since : null, s.Time);
    }
}
