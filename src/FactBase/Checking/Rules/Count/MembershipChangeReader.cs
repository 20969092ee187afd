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

            if (token.Kind == TokenKind.Word && (ChangeVerbs.Contains(token.Text) || (FutureVerbs.Contains(token.Text) && s.IsWordAt(k - 1, "will"))))
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

        // "the United Nations had grown to 159", "it had grown to 159": an organization with members that grows grows in members.
        var grower = counted ? null : GrowingOrganization(s, verb);
        counted |= grower is not null;

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
        var organization = grower ?? OrganizationNear(s, to) ?? CountClaimExtractor.SoleOrganization(s)
                           ?? (CountClaimExtractor.AnyOrganization(s) ? null : OrganizationWithMembersInContext(s));
        if (organization is null)
        {
            return null;
        }

        var property = nouns is not null ? MembersProperty(organization, nouns, allowCount: true) : AnyMembersProperty(s, organization);
        var future = s.IsWordAt(verb - 1, "will");
        if (property is null || (future ? FutureTime(s, last, organization, property) : TimeOfChange(s, verb)) is not { } time)
        {
            return null;
        }

        return new CountClaim(SpanOf(s.Tokens, first, last), organization, property, value, time) { Bound = CountBound.Exact, Reached = true };
    }

    /// <summary>Auxiliaries and adverbs between the counted subject and its verb ("membership has now risen").</summary>
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase) { "has", "have", "had", "now", "since", "steadily", "gradually", "then", "will" };

    /// <summary>Verbs of a change to come, read only after "will" ("the alliance will grow to 26 in 2004").</summary>
    private static readonly HashSet<string> FutureVerbs = new(StringComparer.OrdinalIgnoreCase) { "grow", "expand", "swell", "rise", "increase" };

    /// <summary>The year a change to come is told for ("will grow to 26 in 2004"), when the facts show the membership changed
    /// in that year: the change the text announces then happened, and the count it reached is known. A year with no change
    /// (a plan that slipped, or one beyond the facts) leaves it silent.</summary>
    private static TimeContext? FutureTime(SentenceContext s, int last, Entity organization, PropertyDefinition property)
    {
        if (!s.IsWordAt(last + 1, "in") || FactBase.Checking.Time.DateExpression.Read(s.TokenSpan, last + 2) is not { } date || date.Date.DayNumber <= s.Time.AsOf.DayNumber)
        {
            return null;
        }

        var timeline = organization.GetFact(property.Name)!.Timeline;
        var first = date.Date.Earliest.DayNumber;
        var end = date.Date.Latest.DayNumber;
        for (var i = 0; i < timeline.Count; i++)
        {
            var e = timeline[i];
            if ((e.From.DayNumber >= first && e.From.DayNumber <= end) || (e.To is { } to && to.DayNumber >= first && to.DayNumber <= end))
            {
                return new TimeContext(date.Date, Array.Empty<FactDate>(), s.Time.AsOf);
            }
        }

        return null;
    }

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

    /// <summary>Verbs of growth, which said of an organization with members say its membership grew ("NATO grew to 16").</summary>
    private static readonly HashSet<string> GrowthVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "growing", "grew", "grown", "grows", "expanding", "expanded", "expands", "enlarging", "enlarged", "swelling", "swelled", "swollen",
        "grow", "expand", "swell",
    };

    /// <summary>The date that ends with the last year written in the verb's own clause, before the verb, when an earlier
    /// clause of the sentence is set apart ("The UN had 127 members in 1971; by 1980 it had grown to 154", "..., and by 1985
    /// the alliance had grown to 16"): the earlier clause's year dates that clause only.</summary>
    private static FactDate? ClauseYear(SentenceContext s, int verb)
    {
        var start = -1;
        for (var k = verb - 1; k > 0; k--)
        {
            if (s.TokenSpan[k].Is(';') || (s.TokenSpan[k].Is(',') && s.IsWordAt(k + 1, "and", "but", "while")))
            {
                start = k + 1;
                break;
            }
        }

        for (var y = verb - 1; start > 0 && y >= start; y--)
        {
            if (!FactBase.Checking.Time.DateExpression.IsYear(s.TokenSpan[y], out _))
            {
                continue;
            }

            for (var from = Math.Max(start, y - 3); from <= y; from++)
            {
                if (FactBase.Checking.Time.DateExpression.Read(s.TokenSpan, from) is { } date && from + date.Length == y + 1)
                {
                    return date.Date;
                }
            }
        }

        return null;
    }

    /// <summary>Verbs right after an organization's name that make it the subject of its clause, which "it" may then stand for
    /// ("the UN had 132 members; by 1981 it had grown"); "the UN budget was small; by 1990 it had grown" is the budget's.</summary>
    private static readonly string[] SubjectVerbs = { "had", "has", "was", "counted", "numbered", "grew", "stood", "then", "itself" };

    /// <summary>The organization with members that is the subject of a verb of growth at <paramref name="verb"/>: its name
    /// ("the United Nations had grown to 159"), a noun the facts describe it by ("the alliance grew to 16"), or "it" when
    /// the last thing the sentence named before it, other than people, is that organization ("When he took office the UN
    /// had 132 members; by 1981 it had grown to 157"). Growing things other than memberships (an economy, a force) are
    /// never such a subject.</summary>
    private static Entity? GrowingOrganization(SentenceContext s, int verb)
    {
        if (!s.IsWordAt(verb, GrowthVerbs))
        {
            return null;
        }

        var k = verb - 1;
        while (k >= 0 && s.TokenSpan[k].Kind == TokenKind.Word && Auxiliaries.Contains(s.TokenSpan[k].Text))
        {
            k--;
        }

        if (k < 0)
        {
            return null;
        }

        if (s.MentionAt(k) is { } named)
        {
            return named.End == k + 1 && !named.IsPossessive && named.Kind != MentionKind.Adjective && HasMembers(s, named.Entity) ? named.Entity : null;
        }

        if (s.IsWordAt(k, "it") && !s.TokenSpan[k].IsPossessive)
        {
            for (var m = s.Mentions.Count - 1; m >= 0; m--)
            {
                var before = s.Mentions[m];
                if (before.End > k || before.Entity.Type == EntityType.Person)
                {
                    continue;
                }

                return before.Kind != MentionKind.Adjective && !before.IsPossessive && HasMembers(s, before.Entity) && s.IsWordAt(before.End, SubjectVerbs) ? before.Entity : null;
            }

            return null;
        }

        // "the 19-member alliance will grow": the count made an adjective stands between "the" and the noun.
        var determiner = k - 1;
        if (s.IsWordAt(determiner, "member", "nation") && s.TokenAt(determiner - 1)?.Is('-') == true && s.TokenAt(determiner - 2) is { Kind: TokenKind.Number })
        {
            determiner -= 3;
        }

        if (s.IsWordAt(determiner, "the") && (CountClaimExtractor.SoleOrganization(s) ?? (CountClaimExtractor.AnyOrganization(s) ? null : OrganizationWithMembersInContext(s))) is { } described
            && Describes(described, s.TokenSpan[k].Text))
        {
            return described;
        }

        return null;
    }

    private static bool Describes(Entity organization, string noun)
    {
        foreach (var description in organization.Descriptions)
        {
            if (string.Equals(description, noun, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
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

        if (ClauseYear(s, verb) is { } own)
        {
            return new TimeContext(own, Array.Empty<FactDate>(), time.AsOf);
        }

        if (time.Primary != time.AsOf)
        {
            return time;
        }

        return time.Others.Count > 0 ? new TimeContext(time.Others[time.Others.Count - 1], time.Others, time.AsOf) : null;
    }
}
