using System;
using System.Collections.Generic;
using FactBase.Checking.Mentions;
using FactBase.Checking.Sentences;
using FactBase.Model;
using FactBase.Text;
using static FactBase.Checking.Rules.ExtractorHelpers;

namespace FactBase.Checking.Rules.Count;

/// <summary>
/// How many members an organization started with: "its twelve founding members", "the alliance's 12 founding nations",
/// "the 51 founders", "one of the 12 original members of NATO", "founded in 1945 by 51 countries".
/// </summary>
/// <remarks>Only a definite group ("the", "its", "NATO's", "all") or the agents of the founding verb: "three founding
/// members signed" names some of them.</remarks>
internal static class FoundingCountReader
{
    /// <summary>Reads the founding count whose number runs from <paramref name="first"/> to <paramref name="last"/>.</summary>
    /// <returns>The claim, or <see langword="null"/>.</returns>
    public static FoundingCountClaim? Read(SentenceContext s, int first, int last, int value)
    {
        return s.IsWordAt(first - 1, "by") ? FoundedBy(s, first, last, value) : FoundingNoun(s, first, last, value) ?? FoundingAgents(s, first, last, value);
    }

    // "its twelve founding members", "the 51 founders", "the 12 original members of NATO"
    private static FoundingCountClaim? FoundingNoun(SentenceContext s, int first, int last, int value)
    {
        var at = last + 1;
        IReadOnlyList<PropertyDefinition>? nouns = null;
        int end;
        if (s.IsWordAt(at, "founding", "founder", "original"))
        {
            var (length, matched) = s.Vocabulary.MatchNoun(s.Tokens, at + 1);
            if (length == 0 || !CountClaimExtractor.Plural(s, at + 1, length))
            {
                return null;
            }

            nouns = matched;
            end = at + 1 + length;
        }
        else if (s.IsWordAt(at, "founders"))
        {
            end = at + 1;
        }
        else
        {
            return null;
        }

        var owner = s.MentionEndingBefore(first) is { IsPossessive: true } named && named.Kind != MentionKind.Adjective && HasMembers(s, named.Entity) ? named.Entity : null;
        if (owner is null && !s.IsWordAt(first - 1, "the", "all"))
        {
            return null;
        }

        Entity? organization;
        if (s.IsWordAt(end, "of"))
        {
            organization = s.MentionStartingAt(SkipDeterminer(s, end + 1)) is { IsPossessive: false } after && after.Kind != MentionKind.Adjective
                           && HasMembers(s, after.Entity) && DefiniteGroup.EndsGroup(s, after.End) ? after.Entity : null;
        }
        else
        {
            // "the alliance's twelve founding members in 1949": a year after the noun dates the founding, it picks out no one.
            var dated = s.IsWordAt(end, "in") && s.TokenAt(end + 1)?.Kind == TokenKind.Number;
            organization = !dated && !DefiniteGroup.EndsGroup(s, end) ? null
                : owner ?? CountClaimExtractor.SoleOrganization(s) ?? (CountClaimExtractor.AnyOrganization(s) ? null : OrganizationWithMembersInContext(s));
        }

        return Make(s, organization, nouns, first, last, value);
    }

    /// <summary>Whether the sentence opens at the organization's founding: "At its founding (in 1949),", "At the creation of
    /// the alliance", "On its foundation", "When it was founded": a count it states is the founding count.</summary>
    public static bool AtFounding(SentenceContext s)
    {
        // "At the founding summit" is some later meeting: the noun must end the phrase or take "in" or "of".
        if (s.IsWordAt(0, "at", "on") && s.IsWordAt(1, "its", "the") && s.IsWordAt(2, FoundingNouns))
        {
            return s.TokenAt(3)?.Is(',') == true || s.IsWordAt(3, "in", "of");
        }

        return s.IsWordAt(0, "when") && s.IsWordAt(1, "it") && s.IsWordAt(2, "was") && s.IsWordAt(3, "founded", "created", "established");
    }

    private static readonly string[] FoundingNouns = { "founding", "foundation", "creation", "inception", "birth" };

    // "founded in 1945 by 51 countries", "was set up by twelve nations"
    private static FoundingCountClaim? FoundedBy(SentenceContext s, int first, int last, int value)
    {
        var (length, nouns) = s.Vocabulary.MatchNoun(s.Tokens, last + 1);
        if (length == 0 || !CountClaimExtractor.Plural(s, last + 1, length) || !DefiniteGroup.EndsGroup(s, last + 1 + length))
        {
            return null;
        }

        // The founding verb, right before "by" or before a date in between ("founded in 1945 by").
        var by = first - 1;
        var verbEnd = by;
        if (s.TokenAt(by - 1)?.Kind == TokenKind.Number && s.IsWordAt(by - 2, "in"))
        {
            verbEnd = by - 2;
        }

        int verb = -1;
        for (var k = Math.Max(0, verbEnd - 2); k < verbEnd; k++)
        {
            var (verbLength, properties) = s.Vocabulary.MatchVerb(s.Tokens, k);
            if (verbLength > 0 && k + verbLength == verbEnd && IsFounding(properties))
            {
                verb = k;
                break;
            }
        }

        if (verb < 0)
        {
            return null;
        }

        var subject = SubjectWithMembersBefore(s, verb);
        var organization = subject?.Entity ?? (CountClaimExtractor.AnyOrganization(s) ? null : OrganizationWithMembersInContext(s));
        return Make(s, organization, nouns, first, last, value);
    }

    /// <summary>Words before "N countries founded ..." that leave the number the whole group of founders.</summary>
    private static readonly string[] AgentOpeners = { "the", "all", "which", "that", "when", "and" };

    // "Twelve countries founded NATO in 1949", "the United Nations, which 51 countries founded in 1945", "the organisation that
    // 51 countries founded": the number and noun are the subject of the founding verb, so they are all its founders.
    private static FoundingCountClaim? FoundingAgents(SentenceContext s, int first, int last, int value)
    {
        if (s.TokenAt(first - 1) is { } before && before.Kind != TokenKind.Punctuation && !s.IsWordAt(first - 1, AgentOpeners))
        {
            return null;
        }

        var (length, nouns) = s.Vocabulary.MatchNoun(s.Tokens, last + 1);
        var verb = last + 1 + length;
        if (length == 0 || !CountClaimExtractor.Plural(s, last + 1, length) || !s.IsWordAt(verb, "founded", "created", "established"))
        {
            return null;
        }

        var (verbLength, properties) = s.Vocabulary.MatchVerb(s.Tokens, verb);
        if (verbLength == 0 || !IsFounding(properties))
        {
            return null;
        }

        var after = verb + verbLength;
        if (s.IsWordAt(first - 1, "which", "that"))
        {
            // A relative clause: its object is the noun or name before "which"/"that", and nothing may stand after the verb as
            // another object ("that 12 countries founded the customs union").
            if (s.TokenAt(after) is { } next && !(next.Kind == TokenKind.Punctuation || s.IsWordAt(after, "in", "on", "at", "after", "as", "to")))
            {
                return null;
            }

            var antecedent = s.TokenAt(first - 2)?.Is(',') == true ? first - 3 : first - 2;
            Entity? organization;
            if (s.MentionEndingBefore(antecedent + 1) is { IsPossessive: false } named && named.Kind != MentionKind.Adjective)
            {
                organization = HasMembers(s, named.Entity) ? named.Entity : null;
            }
            else if (s.TokenAt(antecedent) is { Kind: TokenKind.Word, IsPossessive: false } noun && CountClaimExtractor.IsOrganizationNoun(s, noun.Text) && s.MentionAt(antecedent) is null)
            {
                organization = CountClaimExtractor.SoleOrganization(s) ?? (CountClaimExtractor.AnyOrganization(s) ? null : OrganizationWithMembersInContext(s));
            }
            else
            {
                return null;
            }

            return Make(s, organization, nouns, first, last, value);
        }

        // The active verb: its object is the organization, which ends the phrase ("founded NATO in 1949", not "founded NATO's
        // cyber centre" or "founded the NATO Defence College").
        if (s.MentionStartingAt(SkipDeterminer(s, after)) is not { IsPossessive: false } founded || founded.Kind == MentionKind.Adjective
            || !HasMembers(s, founded.Entity) || !EndsObject(s, founded.End))
        {
            return null;
        }

        return Make(s, founded.Entity, nouns, first, last, value);
    }

    /// <summary>Whether the founded organization ends its phrase: the sentence's end, a comma, or a time or place after it
    /// ("founded NATO in 1949", "in Washington"); not a noun of something else ("founded NATO's staff", "the NATO college").</summary>
    private static bool EndsObject(SentenceContext s, int k)
    {
        if (s.TokenAt(k) is not { } next)
        {
            return true;
        }

        if (next.Kind == TokenKind.Punctuation)
        {
            return !next.Is('-') && !next.Is('(');
        }

        return s.IsWordAt(k, "in", "on") ? s.TokenAt(k + 1) is { Kind: TokenKind.Number } or { Kind: TokenKind.Word, IsCapitalized: true } : s.IsWordAt(k, "as", "after", "and");
    }

    /// <summary>Whether the verb is one of a date an age counts from: the founding of an organization.</summary>
    private static bool IsFounding(IReadOnlyList<PropertyDefinition> properties)
    {
        foreach (var p in properties)
        {
            if (p.Kind == PropertyKind.Date && p.Age)
            {
                return true;
            }
        }

        return false;
    }

    private static FoundingCountClaim? Make(SentenceContext s, Entity? organization, IReadOnlyList<PropertyDefinition>? nouns, int first, int last, int value)
    {
        if (organization is null)
        {
            return null;
        }

        var property = nouns is not null ? MembersProperty(organization, nouns, allowCount: true) : null;
        if (property is null)
        {
            // "the 51 founders", or countries counted by a count property ("founded by 51 countries"): a count property states
            // the first number itself; else the members.
            foreach (var p in s.Vocabulary.MemberProperties)
            {
                if (organization.GetFact(p.Name) is { IsTimeline: true } && (property is null || p.Kind == PropertyKind.Count))
                {
                    property = p;
                }
            }
        }

        return property is null ? null : new FoundingCountClaim(SpanOf(s.Tokens, first, last), organization, property, value);
    }
}
