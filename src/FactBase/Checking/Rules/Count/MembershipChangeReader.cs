using System;
using System.Collections.Generic;
using FactBase.Checking.Mentions;
using FactBase.Checking.Numbers;
using FactBase.Checking.Sentences;
using FactBase.Checking.Time;
using FactBase.Model;
using FactBase.Text;
using static FactBase.Checking.Rules.ExtractorHelpers;

namespace FactBase.Checking.Rules.Count;

/// <summary>
/// A count reached by a change of membership: "Croatia joined in 2013, taking the union to 28 members", "bringing it to 31
/// members", "the enlargement took the alliance from 19 to 26 members", "has grown from twelve founding members to
/// thirty-two", "had taken the membership to 31". The number after "to" is the count at the time of the change: a time
/// the sentence or its narrative names, or the article's time for a present perfect ("has grown to").
/// </summary>
/// <remarks>A change with no time ("the accession brought the alliance to 31 members") stays silent: the checker cannot
/// tell when it was.</remarks>
internal static class MembershipChangeReader
{
    /// <summary>Verbs that carry a count to a new number, with an object ("taking the union to 28") or without ("grew to 32").</summary>
    private static readonly HashSet<string> ChangeVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "taking", "took", "taken", "takes", "bringing", "brought", "brings", "raising", "raised", "raises", "expanding", "expanded",
        "expands", "enlarging", "enlarged", "increasing", "increased", "growing", "grew", "grown", "grows", "rising", "rose",
        "risen", "swelling", "swelled", "swollen", "pushing", "pushed",
    };

    /// <summary>Words that may stand between the verb and "to": what is counted and where it starts.</summary>
    private static readonly HashSet<string> Between = new(StringComparer.OrdinalIgnoreCase)
    {
        "it", "its", "the", "their", "membership", "member", "members", "number", "numbers", "of", "ranks", "total", "tally",
        "count", "from", "founding", "original", "countries", "nations", "states", "allies", "member states",
    };

    /// <summary>Words that say, with no noun after the number, that members are counted ("took the membership to 31").</summary>
    private static readonly HashSet<string> MembershipWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "membership", "members", "ranks", "allies", "countries", "nations", "states",
    };

    /// <summary>Reads the count whose number runs from <paramref name="first"/> to <paramref name="last"/>, right after "to".</summary>
    /// <returns>The claim, or <see langword="null"/>.</returns>
    public static CountClaim? Read(SentenceContext s, int first, int last, int value)
    {
        var to = first - 1;
        if (value < 2 || !s.IsWordAt(to, "to"))
        {
            return null;
        }

        // Back from "to" to the verb, over the object and a "from M" part.
        var verb = -1;
        var counted = false;
        for (var k = to - 1; k >= 0 && k >= to - 9; k--)
        {
            var token = s.TokenSpan[k];
            if (token.Kind == TokenKind.Punctuation)
            {
                return null;
            }

            if (token.Kind == TokenKind.Word && ChangeVerbs.Contains(token.Text))
            {
                verb = k;
                break;
            }

            if (s.MentionAt(k) is not null || (s.CuesAt(k) & FactBase.Checking.Vocabulary.TokenCues.Number) != 0)
            {
                continue;
            }

            if (token.Kind != TokenKind.Word || !Between.Contains(token.Text))
            {
                return null;
            }

            counted |= MembershipWords.Contains(token.Text);
        }

        if (verb < 0)
        {
            return null;
        }

        // "The number of NATO members rose from 19 to 26", "whose membership has risen to 32": the subject says what is counted.
        counted |= SubjectCounts(s, verb);

        // The noun after the number, or a word before it that says members are counted.
        IReadOnlyList<PropertyDefinition>? nouns = null;
        var (length, matched) = s.Vocabulary.MatchNoun(s.Tokens, last + 1);
        if (length > 0 && CountClaimExtractor.Plural(s, last + 1, length))
        {
            nouns = matched;
        }
        else if (!counted || !(s.TokenAt(last + 1) is not { } after || after.Kind == TokenKind.Punctuation || after.IsWord("and") || after.IsWord("in") || after.IsWord("on") || after.IsWord("today") || after.IsWord("now")))
        {
            return null;
        }

        // The organization: one named between the verb and "to" or before the verb, else the one the sentence or text is about.
        var organization = OrganizationNear(s, to) ?? CountClaimExtractor.SoleOrganization(s)
                           ?? (CountClaimExtractor.AnyOrganization(s) ? null : OrganizationWithMembersInContext(s));
        if (organization is null)
        {
            return null;
        }

        var property = nouns is not null ? MembersProperty(organization, nouns, allowCount: true) : AnyMembersProperty(s, organization);
        if (property is null || TimeOfChange(s, verb) is not { } time)
        {
            return null;
        }

        return new CountClaim(SpanOf(s.Tokens, first, last), organization, property, value, time) { Bound = CountBound.Exact, Reached = true };
    }

    /// <summary>Auxiliaries and adverbs between the counted subject and its verb ("membership has now risen").</summary>
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase) { "has", "have", "had", "now", "since", "steadily", "gradually", "then" };

    /// <summary>Words a subject that counts the membership is made of ("the number of NATO member states", "its membership").</summary>
    private static readonly HashSet<string> SubjectWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "its", "whose", "their", "number", "total", "of", "membership", "members", "member", "states", "countries", "allies",
    };

    /// <summary>Whether the subject right before the verb is the membership: "membership", "the number of members", "NATO
    /// membership", "whose membership has risen". The whole subject, from the start of its clause, may hold only those words
    /// and names of organizations with members: "the number of countries seeking NATO membership rose" counts others.</summary>
    internal static bool SubjectCounts(SentenceContext s, int verb)
    {
        var k = verb - 1;
        while (k >= 0 && s.TokenSpan[k].Kind == TokenKind.Word && Auxiliaries.Contains(s.TokenSpan[k].Text))
        {
            k--;
        }

        // The head: "membership", "members", "allies", or "states"/"countries" after "member".
        if (k < 0 || s.TokenSpan[k] is not { Kind: TokenKind.Word, IsPossessive: false } head
            || !(head.IsWord("membership") || head.IsWord("members") || head.IsWord("allies")
                 || ((head.IsWord("states") || head.IsWord("countries")) && s.IsWordAt(k - 1, "member"))))
        {
            return false;
        }

        for (k--; k >= 0; k--)
        {
            var token = s.TokenSpan[k];
            if (token.Kind == TokenKind.Punctuation || s.IsWordAt(k, ClauseOpeners))
            {
                return true;
            }

            if (s.MentionAt(k) is { } m)
            {
                if (m.Entity.Type != EntityType.Organization || !HasMembers(s, m.Entity))
                {
                    return false;
                }

                k = m.First;
                continue;
            }

            if (token.Kind != TokenKind.Word || !SubjectWords.Contains(token.Text) && !(token.IsPossessive && CountClaimExtractor.IsOrganizationNoun(s, token.Text)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Words that open the clause whose subject counts the membership.</summary>
    private static readonly string[] ClauseOpeners = { "when", "as", "and", "but", "while", "after", "since", "until", "before" };

    /// <summary>The nearest organization with members named before <paramref name="to"/>, if only one is named there.</summary>
    internal static Entity? OrganizationNear(SentenceContext s, int to)
    {
        Entity? one = null;
        for (var i = 0; i < s.Mentions.Count && s.Mentions[i].End <= to; i++)
        {
            var m = s.Mentions[i];
            if (m.Kind == MentionKind.Adjective || !HasMembers(s, m.Entity))
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

    /// <summary>When the change happened: the time the sentence names (the last one, which a change follows), the narrative's,
    /// or the article's for a present perfect ("has grown to 32"); <see langword="null"/> when nothing dates it.</summary>
    private static TimeContext? TimeOfChange(SentenceContext s, int verb)
    {
        var time = s.Time;
        if (s.IsWordAt(verb - 1, "has", "have") || (s.IsWordAt(verb - 2, "has", "have") && s.IsWordAt(verb - 1, "now", "since")))
        {
            return new TimeContext(time.AsOf, Array.Empty<FactDate>(), time.AsOf);
        }

        if (time.Primary != time.AsOf)
        {
            return time;
        }

        return time.Others.Count > 0 ? new TimeContext(time.Others[time.Others.Count - 1], time.Others, time.AsOf) : null;
    }
}
