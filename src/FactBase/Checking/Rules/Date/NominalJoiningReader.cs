using System;
using System.Collections.Generic;
using FactBase.Checking.Mentions;
using FactBase.Checking.Sentences;
using FactBase.Checking.Time;
using FactBase.Checking.Vocabulary;
using FactBase.Model;
using FactBase.Text;
using static FactBase.Checking.Rules.ExtractorHelpers;

namespace FactBase.Checking.Rules.Date;

/// <summary>
/// A joining told by a noun: "Finland's entry on 4 April 2023", "Sweden's accession to NATO in March 2024", "the accession
/// of Croatia in 2013". The member is the possessive or the "of" phrase; the organization follows "to" or "into", else it is
/// the one the sentence or text is about (only for members it has had).
/// </summary>
internal static class NominalJoiningReader
{
    /// <summary>The nouns of joining; a trigger list (<see cref="TriggerWords"/>).</summary>
    internal static readonly WordSet Nouns = new(["entry", "accession", "admission"]);

    /// <summary>Whether the token is a noun of joining (cheap: a length test first).</summary>
    public static bool IsJoiningNoun(Token token)
        => token.Kind == TokenKind.Word && token.Text.Length is 5 or 9 && (token.IsWord("entry") || token.IsWord("accession") || token.IsWord("admission"));

    /// <summary>Reads the joining whose noun is at <paramref name="noun"/>.</summary>
    /// <returns>The claim, or <see langword="null"/>.</returns>
    public static JoinDateClaim? Read(SentenceContext s, int noun, Func<SentenceContext, int, (FactDate Date, int First, int End, TimeReading Reading)?> timeAfter, Func<SentenceContext, int, bool> endsClause)
    {
        Mention? member;
        var k = noun + 1;
        if (s.MentionEndingBefore(noun) is { IsPossessive: true, Kind: MentionKind.Name } owner)
        {
            member = owner;
        }
        else if (s.IsWordAt(noun - 1, "the") && s.IsWordAt(k, "of") && s.MentionStartingAt(SkipDeterminer(s, k + 1)) is { IsPossessive: false, Kind: MentionKind.Name } of)
        {
            member = of;
            k = of.End;
        }
        else
        {
            return null;
        }

        if (member.Entity.Type == EntityType.Person)
        {
            return null;
        }

        Entity? organization = null;
        if (s.IsWordAt(k, "to", "into"))
        {
            if (s.MentionStartingAt(SkipDeterminer(s, k + 1)) is not { IsPossessive: false } joined || joined.Kind == MentionKind.Adjective)
            {
                return null;
            }

            organization = joined.Entity;
            k = joined.End;
        }

        if (timeAfter(s, k) is not { } date || (date.Reading != TimeReading.Stated && !endsClause(s, date.End)))
        {
            return null;
        }

        organization ??= SoleOrganization(s, member.Entity) ?? s.OrganizationInContext(e => MembersOf(s, e) is not null);
        if (organization is null || organization.Id == member.Entity.Id || MembersOf(s, organization) is not { } property)
        {
            return null;
        }

        var timeline = organization.GetFact(property.Name)!.Timeline;
        var wasMember = false;
        for (var i = 0; i < timeline.Count && !wasMember; i++)
        {
            wasMember = timeline[i].Value == member.Entity.Id;
        }

        return wasMember && !TellsOfProcess(s)
            ? new JoinDateClaim(SpanOf(s.Tokens, date.First, date.End - 1), member.Entity, organization, property, date.Date) { Reading = date.Reading }
            : null;
    }

    /// <summary>Words of the process before a joining: "Sweden's accession was blocked in 2023" dates the process, not the entry.</summary>
    private static readonly HashSet<string> ProcessWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "blocked", "block", "blocking", "stalled", "delayed", "veto", "vetoed", "bid", "talks", "process", "application", "applied",
        "held", "opposed", "objections", "ratify", "ratified", "ratification", "approved", "approval", "signed", "protocol",
        "negotiations", "negotiated", "requested", "sought", "hopes", "plans", "planned", "expected", "not", "never",
    };

    private static bool TellsOfProcess(SentenceContext s)
    {
        var t = s.TokenSpan;
        for (var i = 0; i < t.Length; i++)
        {
            if (t[i].Kind == TokenKind.Word && ProcessWords.Contains(t[i].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The one organization with members the sentence names besides the member; none when it names two.</summary>
    private static Entity? SoleOrganization(SentenceContext s, Entity member)
    {
        Entity? one = null;
        foreach (var m in s.Mentions)
        {
            if (m.Kind == MentionKind.Adjective || m.Entity.Id == member.Id || MembersOf(s, m.Entity) is null)
            {
                continue;
            }

            if (one is not null && one.Id != m.Entity.Id)
            {
                return null;
            }

            one = m.Entity;
        }

        return one;
    }

}
