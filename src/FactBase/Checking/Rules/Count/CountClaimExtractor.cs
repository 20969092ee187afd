using System;
using System.Collections.Generic;
using System.Linq;
using FactBase.Checking.Mentions;
using FactBase.Checking.Sentences;
using FactBase.Checking.Vocabulary;
using FactBase.Model;
using FactBase.Text;
using static FactBase.Checking.Rules.ExtractorHelpers;

namespace FactBase.Checking.Rules.Count;

/// <summary>
/// Finds member counts: "NATO's 32 members", "all 32 NATO allies", "the 27 EU member states", "the 32-member alliance",
/// "NATO, with its 30 members", "NATO has 32 members".
/// </summary>
public sealed class CountClaimExtractor : IClaimExtractor
{
    /// <summary>Words that make a number approximate or a bound; such counts are not checked.</summary>
    private static readonly HashSet<string> Approximations = new(StringComparer.OrdinalIgnoreCase)
    {
        "than", "over", "nearly", "about", "almost", "some", "around", "roughly", "approximately", "least", "most", "under", "to",
        "up", "only", "just", "another", "other", "additional", "new", "extra", "those", "these", "first", "last", "top",
    };

    /// <summary>Words that stand for an organization named earlier ("the 32-member alliance").</summary>
    private static readonly HashSet<string> OrganizationNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "alliance", "bloc", "union", "organization", "organisation", "body", "club", "group", "league", "federation",
        "confederation", "coalition", "association", "community", "commonwealth", "partnership", "grouping", "pact",
    };

    /// <summary>Verbs and prepositions that tie a count to the sentence's subject ("NATO has 32 members").</summary>
    private static readonly HashSet<string> Having = new(StringComparer.OrdinalIgnoreCase) { "has", "have", "had", "with", "its", "comprises", "counts", "numbers", "of" };

    /// <inheritdoc/>
    public IEnumerable<Claim> Extract(SentenceContext s)
    {
        // Every count is of an organization the sentence names, and is a number or an ordinal token.
        if (s.Mentions.Count == 0)
        {
            return Array.Empty<Claim>();
        }

        List<Claim>? claims = null; // most sentences state no count: allocate on the first claim only
        var t = s.TokenSpan;
        for (var i = 0; i < t.Length; i++)
        {
            if ((s.CuesAt(i) & TokenCues.Number) == 0)
            {
                continue;
            }

            if (TryOrdinal(t[i], out var nth) && MemberOrdinal(s, i, nth) is { } ordinal)
            {
                (claims ??= new List<Claim>()).Add(ordinal);
                continue;
            }

            if (!TryNumber(t[i], out var n) || n < 2 || s.IsWordAt(i - 1, Approximations) || t[i].IsPossessive)
            {
                continue;
            }

            var claim = Possessive(s, i, n) ?? NumberOrganizationNoun(s, i, n) ?? NumberMember(s, i, n) ?? Having_(s, i, n);
            if (claim is not null)
            {
                (claims ??= new List<Claim>()).Add(claim);
            }
        }

        return claims ?? (IEnumerable<Claim>)Array.Empty<Claim>();
    }

    // "NATO's 32 members", "the alliance's 32 members" (when the sentence names one organization with members)
    private static Claim? Possessive(SentenceContext s, int i, int n)
    {
        Entity? organization;
        if (s.MentionEndingBefore(i) is { IsPossessive: true } named)
        {
            organization = named.Entity;
        }
        else if (s.TokenAt(i - 1) is { IsPossessive: true } noun && s.IsWordAt(i - 2, "the") && IsOrganizationNoun(s, noun.Text))
        {
            organization = SoleOrganization(s);
        }
        else
        {
            return null;
        }

        var (length, nouns) = s.Vocabulary.MatchNoun(s.Tokens, i + 1);
        return organization is not null && length > 0 && Plural(s, i + 1, length) ? Make(s, i, organization, nouns, n) : null;
    }

    // "all 32 NATO allies", "the 27 EU member states"
    private static Claim? NumberOrganizationNoun(SentenceContext s, int i, int n)
    {
        if (s.MentionStartingAt(i + 1) is not { IsPossessive: false } organization || organization.Kind == MentionKind.Surname)
        {
            return null;
        }

        var (length, nouns) = s.Vocabulary.MatchNoun(s.Tokens, organization.End);
        return length > 0 && Plural(s, organization.End, length) ? Make(s, i, organization.Entity, nouns, n) : null;
    }

    // "the 32-member alliance", "the 32-nation NATO"
    private static Claim? NumberMember(SentenceContext s, int i, int n)
    {
        if (s.TokenAt(i + 1)?.Is('-') != true || s.TokenAt(i + 2) is null)
        {
            return null;
        }

        var (length, nouns) = s.Vocabulary.MatchNoun(s.Tokens, i + 2);
        if (length == 0)
        {
            return null;
        }

        var after = i + 2 + length;
        if (s.MentionStartingAt(after) is { } named)
        {
            return Make(s, i, named.Entity, nouns, n);
        }

        // "the 32-member alliance": the organization the sentence names, if only one has members.
        if (s.TokenAt(after) is { } noun && IsOrganizationNoun(s, noun.Text) && SoleOrganization(s) is { } organization)
        {
            return Make(s, i, organization, nouns, n);
        }

        return null;
    }

    // "Sweden became the 32nd member of NATO", "Sweden joined NATO as its 32nd member", "Sweden, NATO's 32nd member,".
    private static Claim? MemberOrdinal(SentenceContext s, int i, int nth)
    {
        if (nth < 1 || s.IsWordAt(i - 1, Approximations) || s.IsWordAt(i + 1, "largest", "biggest", "smallest", "richest", "poorest", "most", "least"))
        {
            return null;
        }

        var (length, nouns) = s.Vocabulary.MatchNoun(s.Tokens, i + 1);
        if (length == 0 || Plural(s, i + 1, length))
        {
            return null;
        }

        // The organization: "of (the) NATO" after, "NATO's" before, else the one the sentence names.
        var organization = s.IsWordAt(i + 1 + length, "of") ? s.MentionStartingAt(SkipDeterminer(s, i + 2 + length))?.Entity
            : s.MentionEndingBefore(i) is { IsPossessive: true } owner ? owner.Entity
            : SoleOrganization(s);
        if (organization is null || MembersProperty(organization, nouns, allowCount: false) is not { } property)
        {
            return null;
        }

        // The member: the nearest entity named before the ordinal that has been in the organization.
        var member = s.Mentions.LastOrDefault(m => m.End <= i && m.Kind != MentionKind.Adjective && m.Entity.Id != organization.Id
            && organization.GetFact(property.Name)!.Timeline.Any(e => e.Value == m.Entity.Id));
        return member is null ? null : new MemberOrdinalClaim(SpanOf(s.Tokens, i, i), member.Entity, organization, property, nth);
    }

    /// <summary>A word for an organization: a generic one ("alliance", "bloc") or a word of the name of one the sentence names ("league").</summary>
    private static bool IsOrganizationNoun(SentenceContext s, string word)
        => OrganizationNouns.Contains(word)
           || s.Mentions.Any(m => HasMembers(s, m.Entity) && new[] { m.Entity.Name }.Concat(m.Entity.Aliases)
               .Any(name => name.Split(' ').Skip(1).Any(w => string.Equals(w, word, StringComparison.OrdinalIgnoreCase))));

    /// <summary>The one organization with members that the sentence names, if there is exactly one.</summary>
    private static Entity? SoleOrganization(SentenceContext s)
    {
        Entity? sole = null;
        for (var i = 0; i < s.Mentions.Count; i++)
        {
            var m = s.Mentions[i];
            if (m.Kind == MentionKind.Adjective || !HasMembers(s, m.Entity) || m.Entity.Equals(sole))
            {
                continue;
            }

            if (sole is not null)
            {
                return null; // a second organization
            }

            sole = m.Entity;
        }

        return sole;
    }

    // "NATO, with its 30 members", "NATO has 32 members"
    private static Claim? Having_(SentenceContext s, int i, int n)
    {
        if (!s.IsWordAt(i - 1, Having))
        {
            return null;
        }

        var (length, nouns) = s.Vocabulary.MatchNoun(s.Tokens, i + 1);
        if (length == 0 || !Plural(s, i + 1, length))
        {
            return null;
        }

        // The subject: the first entity the sentence names that has members, named before the number.
        var subject = s.Mentions.FirstOrDefault(m => m.First < i && m.Kind != MentionKind.Adjective && HasMembers(s, m.Entity));
        if (subject is null || s.Mentions.Any(m => m.First < i && m != subject && m.First > subject.First && HasMembers(s, m.Entity)))
        {
            return null;
        }

        return Make(s, i, subject.Entity, nouns, n);
    }

    private static Claim? Make(SentenceContext s, int i, Entity organization, IReadOnlyList<PropertyDefinition> nouns, int n)
        => MembersProperty(organization, nouns, allowCount: true) is { } property
            ? new CountClaim(SpanOf(s.Tokens, i, i), organization, property, n, s.Time)
            : null;

    private static bool Plural(SentenceContext s, int start, int length)
    {
        var last = s.TokenSpan[start + length - 1].Text;
        return last.EndsWith("s", StringComparison.OrdinalIgnoreCase);
    }
}
