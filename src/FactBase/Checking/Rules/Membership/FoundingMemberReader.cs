using System;
using System.Collections.Generic;
using FactBase.Checking.Mentions;
using FactBase.Checking.Numbers;
using FactBase.Checking.Sentences;
using FactBase.Checking.Time;
using FactBase.Checking.Vocabulary;
using FactBase.Model;
using FactBase.Text;
using static FactBase.Checking.Rules.ExtractorHelpers;

namespace FactBase.Checking.Rules.Membership;

/// <summary>
/// A founding member: "Norway, a founding member of NATO", "Denmark is one of NATO's founders", "Norway, Denmark and Iceland
/// were among the alliance's twelve founding members". The claim is membership on the first day of the organization's
/// timeline of members (what its founding members are in the facts), with one claim per coordinated subject.
/// </summary>
/// <remarks>Only an organization with a timeline of members (a count alone names no one), named after "of" or in the
/// possessive before the noun; only a subject right before the phrase, past "is", "was", "one of", "among" and the like.
/// "founding members such as X" and a founder that is a person ("its founder, X") give nothing.</remarks>
internal static class FoundingMemberReader
{
    /// <summary>Words that may stand between the subject and the phrase: "X, a founding member", "X is also one of", "X were
    /// among the".</summary>
    private static readonly HashSet<string> Links = new(StringComparer.OrdinalIgnoreCase)
    {
        ",", "a", "an", "the", "one", "of", "among", "is", "was", "are", "were", "remains", "remain", "also", "itself", "both", "all",
    };

    /// <summary>The words the phrase starts with; the reader's trigger list (<see cref="TriggerWords"/>).</summary>
    internal static readonly WordSet Triggers = new(["founding", "founders", "founder"]);

    /// <summary>Adds the founding-member claims of the sentence; one bit test when it has none.</summary>
    public static void Read(SentenceContext s, ref List<Claim>? claims)
    {
        if (!s.HasWordOf(Triggers))
        {
            return;
        }

        var t = s.TokenSpan;
        for (var i = 1; i < t.Length; i++)
        {
            if (t[i].Kind != TokenKind.Word || t[i].Text.Length is < 7 or > 8 || !(t[i].IsWord("founding") || t[i].IsWord("founders") || t[i].IsWord("founder")))
            {
                continue;
            }

            var end = i + 1;
            if (!t[i].IsWord("founders"))
            {
                var (length, _) = s.Vocabulary.MatchNoun(s.Tokens, i + 1);
                if (length == 0)
                {
                    continue;
                }

                end = i + 1 + length;
            }

            Read(s, i, end, ref claims);
        }
    }

    private static void Read(SentenceContext s, int noun, int end, ref List<Claim>? claims)
    {
        // The organization: "of (the) NATO" after the noun, or "NATO's (twelve)" before it.
        Mention? organization = null;
        var start = noun;
        var phraseEnd = end;
        if (s.IsWordAt(end, "of") && s.MentionStartingAt(SkipDeterminer(s, end + 1)) is { IsPossessive: false, Kind: not MentionKind.Adjective } after)
        {
            organization = after;
            phraseEnd = after.End;
        }
        else
        {
            var k = noun;
            if (NumberWords.Read(s.TokenSpan, k - 1) is { Ordinal: false, Length: 1 })
            {
                k--;
            }

            if (s.MentionEndingBefore(k) is { IsPossessive: true } owner)
            {
                organization = owner;
                start = owner.First;
            }
        }

        if (organization is null || Members(s, organization.Entity) is not { } property || s.IsWordAt(phraseEnd, "such"))
        {
            return;
        }

        var timeline = organization.Entity.GetFact(property.Name)!.Timeline;
        if (timeline.Count == 0)
        {
            return;
        }

        var first = timeline[0].From;
        for (var e = 1; e < timeline.Count; e++)
        {
            if (timeline[e].From.Earliest.DayNumber < first.Earliest.DayNumber)
            {
                first = timeline[e].From;
            }
        }

        // The subject: right before the phrase, past the linking words.
        var j = start - 1;
        var linked = 0;
        while (j >= 0 && linked < 5 && s.MentionAt(j) is null && s.TokenSpan[j].Kind is TokenKind.Word or TokenKind.Punctuation && Links.Contains(s.TokenSpan[j].Text))
        {
            j--;
            linked++;
        }

        // "Norway, an EU member since 1995, is also one of NATO's founders": else the sentence's subject before a comma.
        var founded = organization.Entity;
        if (linked == 0 || (s.MentionEndingBefore(j + 1) ?? SubjectBefore(s, j + 1, e => e.Type != EntityType.Person && e.Id != founded.Id)) is not { IsPossessive: false, Kind: MentionKind.Name } subject
            || subject.Entity.Type == EntityType.Person || subject.Entity.Id == founded.Id)
        {
            return;
        }

        var time = new TimeContext(first, Array.Empty<FactDate>(), s.Time.AsOf);
        var last = s.TokenSpan[phraseEnd - 1];
        var conjuncts = ConjunctsBefore(s, subject);
        var spanStart = conjuncts.Count > 0 ? conjuncts[conjuncts.Count - 1].Span.Start : subject.Span.Start;
        var span = new TextSpan(spanStart, last.Span.End - spanStart);
        (claims ??= new List<Claim>()).Add(new MembershipClaim(span, subject.Entity, organization.Entity, property, true, null, time));
        foreach (var other in conjuncts)
        {
            claims.Add(new MembershipClaim(span, other.Entity, organization.Entity, property, true, null, time) { SharedBy = other.Entity.Id });
        }
    }

    private static PropertyDefinition? Members(SentenceContext s, Entity organization)
    {
        foreach (var p in s.Vocabulary.MemberProperties)
        {
            if (p.Kind == PropertyKind.Members && organization.GetFact(p.Name) is { IsTimeline: true })
            {
                return p;
            }
        }

        return null;
    }
}
