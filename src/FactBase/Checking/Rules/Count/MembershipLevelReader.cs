using System;
using System.Collections.Generic;
using FactBase.Checking.Mentions;
using FactBase.Checking.Sentences;
using FactBase.Checking.Time;
using FactBase.Model;
using FactBase.Text;
using static FactBase.Checking.Rules.ExtractorHelpers;

namespace FactBase.Checking.Rules.Count;

/// <summary>
/// A count the membership stands at: "NATO membership stands at 32", "Membership of the United Nations now stands at 193",
/// "In 1990, the number of NATO members stood at 16", "its membership remained at 15". "stands" speaks of the sentence's
/// time (the article's, unless it names another); "stood" and "remained" of a past time the sentence must name.
/// </summary>
/// <remarks>Silent: a subject that counts something else ("the number of countries seeking NATO membership stood at 12",
/// "turnout stood at 60"), a noun after the number that is not a member noun ("stood at 16 percent"), and a past verb with
/// no time named.</remarks>
internal static class MembershipLevelReader
{
    /// <summary>The verbs of a level, present and past.</summary>
    private static readonly string[] Present = { "stands", "stand", "remains", "remain" };

    private static readonly string[] Past = { "stood", "remained" };

    /// <summary>Reads the count whose number runs from <paramref name="first"/> to <paramref name="last"/>, right after "at".</summary>
    /// <returns>The claim, or <see langword="null"/>.</returns>
    public static CountClaim? Read(SentenceContext s, int first, int last, int value)
    {
        var verb = first - 2;
        if (value < 2 || !s.IsWordAt(first - 1, "at") || s.TokenSpan[last].Kind != TokenKind.Number)
        {
            return null;
        }

        var present = s.IsWordAt(verb, Present);
        if (!present && !s.IsWordAt(verb, Past))
        {
            return null;
        }

        // What is counted: "NATO membership", "the number of members", or "membership of NATO" before the verb.
        Entity? organization;
        if (MembershipChangeReader.SubjectCounts(s, verb))
        {
            organization = MembershipChangeReader.OrganizationNear(s, verb);
        }
        else if (OfOrganization(s, verb) is { } of)
        {
            organization = of;
        }
        else
        {
            return null;
        }

        organization ??= CountClaimExtractor.SoleOrganization(s) ?? (CountClaimExtractor.AnyOrganization(s) ? null : OrganizationWithMembersInContext(s));
        if (organization is null)
        {
            return null;
        }

        // After the number: the clause's end, a time, or a member noun ("stands at 32 members"), not "at 16 percent".
        IReadOnlyList<PropertyDefinition>? nouns = null;
        var (length, matched) = s.Vocabulary.MatchNoun(s.Tokens, last + 1);
        if (length > 0 && CountClaimExtractor.Plural(s, last + 1, length))
        {
            nouns = matched;
        }
        else if (s.TokenAt(last + 1) is { } after && !(after.Kind == TokenKind.Punctuation && !after.Is('-') && !after.Is('%'))
                 && !s.IsWordAt(last + 1, "in", "on", "and", "today", "now", "after", "when", "by", "as"))
        {
            return null;
        }

        var property = nouns is not null ? MembersProperty(organization, nouns, allowCount: true) : AnyMembersProperty(s, organization);
        if (property is null)
        {
            return null;
        }

        TimeContext time;
        if (present)
        {
            time = s.Time;
        }
        else if (s.Time.Primary != s.Time.AsOf)
        {
            time = s.Time;
        }
        else if (s.Time.Others.Count == 1)
        {
            time = new TimeContext(s.Time.Others[0], s.Time.Others, s.Time.AsOf);
        }
        else
        {
            return null;
        }

        return new CountClaim(SpanOf(s.Tokens, first, last), organization, property, value, time) { Bound = Numbers.CountBound.Exact, Whole = true };
    }

    /// <summary>"Membership of NATO", "the number of members of the United Nations" right before the verb: the organization.</summary>
    private static Entity? OfOrganization(SentenceContext s, int verb)
    {
        var k = verb - 1;
        while (s.IsWordAt(k, "now", "still", "currently"))
        {
            k--;
        }

        if (s.MentionEndingBefore(k + 1) is not { IsPossessive: false } named || named.Kind == MentionKind.Adjective || !HasMembers(s, named.Entity))
        {
            return null;
        }

        var of = s.IsWordAt(named.First - 1, "the") ? named.First - 2 : named.First - 1;
        return s.IsWordAt(of, "of") && s.IsWordAt(of - 1, "membership", "members") && (of - 2 < 0 || s.TokenSpan[of - 2].Kind == TokenKind.Punctuation || s.IsWordAt(of - 2, "the", "of", "total"))
            ? named.Entity
            : null;
    }

    private static PropertyDefinition? AnyMembersProperty(SentenceContext s, Entity organization)
    {
        foreach (var p in s.Vocabulary.MemberProperties)
        {
            if (organization.GetFact(p.Name) is { IsTimeline: true })
            {
                return p;
            }
        }

        return null;
    }
}
