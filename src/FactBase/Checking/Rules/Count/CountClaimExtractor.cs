using System;
using System.Collections.Generic;
using System.Linq;
using FactBase.Checking.Mentions;
using FactBase.Checking.Numbers;
using FactBase.Checking.Sentences;
using FactBase.Checking.Time;
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
    /// <summary>Words that stand for an organization named earlier ("the 32-member alliance").</summary>
    private static readonly HashSet<string> OrganizationNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "alliance", "bloc", "union", "organization", "organisation", "body", "club", "group", "league", "federation",
        "confederation", "coalition", "association", "community", "commonwealth", "partnership", "grouping", "pact",
    };

    /// <summary>Names of regions, which pick some members out of a group ("the 30 allies in Europe").</summary>
    private static readonly HashSet<string> Regions = new(StringComparer.OrdinalIgnoreCase)
    {
        "Europe", "European", "Asia", "Africa", "America", "Americas", "North", "South", "East", "West", "Eastern", "Western",
        "Central", "Northern", "Southern", "Latin", "Scandinavia", "Baltic", "Baltics", "Balkans", "Nordic", "Mediterranean",
    };

    /// <summary>Verbs and prepositions that tie a count to the sentence's subject ("NATO has 32 members").</summary>
    private static readonly HashSet<string> Having = new(StringComparer.OrdinalIgnoreCase) { "has", "have", "had", "with", "its", "comprises", "counts", "counted", "numbers", "numbered", "of" };

    /// <inheritdoc/>
    public IEnumerable<Claim> Extract(SentenceContext s)
    {
        // Every count is of an organization the sentence names or the text is about (read then for groups only: see
        // FactChecker), and is a number or an ordinal token.
        if ((s.Mentions.Count == 0 && s.Document is null) || !s.HasCue(TokenCues.Number))
        {
            return Array.Empty<Claim>();
        }

        List<Claim>? claims = null; // most sentences state no count: allocate on the first claim only
        if (JoinedSinceOrdinal.Read(s) is { } since)
        {
            (claims ??= new List<Claim>()).Add(since);
        }

        var t = s.TokenSpan;
        for (var i = 0; i < t.Length; i++)
        {
            if ((s.CuesAt(i) & TokenCues.Number) == 0)
            {
                continue;
            }

            // A number in digits or words ("32", "thirty-two", "32nd", "thirty-second"); its last token is j.
            if (NumberWords.Read(t, i) is not { } number)
            {
                continue;
            }

            var j = i + number.Length - 1;
            var first = i;
            i = j; // "thirty-two" is one number: its "two" is not read again
            if (number.Ordinal)
            {
                if (MemberOrdinal(s, first, j, number.Value) is { } ordinal)
                {
                    (claims ??= new List<Claim>()).Add(ordinal);
                }

                continue;
            }

            if (number.Value < 2 || t[j].IsPossessive)
            {
                continue;
            }

            if ((Quantifier.Read(t, first, j + 1) ?? NewCompound(s, first, j)) is not { } bound)
            {
                // "taking the union to 28 members": the count a change of membership reached.
                if (MembershipChangeReader.Read(s, first, j, number.Value) is { } change)
                {
                    (claims ??= new List<Claim>()).Add(YearEnd(s, change));
                }

                continue;
            }

            // "NATO membership stands at 32": the level a membership stands at.
            if (s.IsWordAt(first - 1, "at") && MembershipLevelReader.Read(s, first, j, number.Value) is { } level)
            {
                (claims ??= new List<Claim>()).Add(level);
                continue;
            }

            if (FoundingCountReader.Read(s, first, j, number.Value) is { } founding)
            {
                (claims ??= new List<Claim>()).Add(founding);
                continue;
            }

            var q = new Stated(first, j, number.Value, bound, s.IsWordAt(j + 1, "other") ? j + 2 : j + 1);
            var claim = Possessive(s, q) ?? NumberOrganizationNoun(s, q) ?? NumberMember(s, q) ?? Having_(s, q) ?? Group(s, q);
            if (claim is CountClaim whole && DefiniteGroup.IsSuperlativeOf(s, first) && DefiniteGroup.UndatedAct(s))
            {
                // "Hungary was the last of NATO's 31 members to ratify": the count at the time of the act, which the sentence
                // does not name; the article's time may hold another.
                claim = whole with { ConfirmOnly = true };
            }

            if (claim is CountClaim then && s.IsWordAt(first - 1, "then"))
            {
                // "the then 15-member EU ... in 2004": the whole membership at a past time, which the sentence must name;
                // a time named anywhere in it is the one "then" points to, if it names only one.
                claim = PastTime(s) is { } past ? then with { Whole = true, Time = past } : null;
            }

            if (claim is not null)
            {
                (claims ??= new List<Claim>()).Add(YearEnd(s, claim));
            }
        }

        return claims ?? (IEnumerable<Claim>)Array.Empty<Claim>();
    }

    // "NATO's 32 members", "the alliance's 32 members" (when the sentence names one organization with members)
    private static Claim? Possessive(SentenceContext s, Stated q)
    {
        var i = q.First;
        Entity? organization;
        if (s.MentionEndingBefore(i) is { IsPossessive: true } named)
        {
            organization = named.Entity;
        }
        else if (s.TokenAt(i - 1) is { IsPossessive: true } noun && s.IsWordAt(i - 2, "the") && IsOrganizationNoun(s, noun.Text))
        {
            organization = SoleOrganization(s);
            if (organization is null && !AnyOrganization(s) && OrganizationWithMembersInContext(s) is null
                && DescribedOrganization.Find(s, noun.Text) is { } only)
            {
                // "The bloc's 28 member states" in a text that names no organization with members: confirmed only.
                var (n, properties) = s.Vocabulary.MatchNoun(s.Tokens, q.NounAt);
                return n > 0 && Plural(s, q.NounAt, n) && Make(s, q, only, properties) is CountClaim guessed ? guessed with { ConfirmOnly = true } : null;
            }
        }
        else
        {
            return null;
        }

        var (length, nouns) = s.Vocabulary.MatchNoun(s.Tokens, q.NounAt);
        if (organization is not null && length == 0 && s.TokenAt(q.NounAt) is { Kind: TokenKind.Word } proxy && MemberProxies.Contains(proxy.Text)
            && DefiniteGroup.EndsGroup(s, q.NounAt + 1))
        {
            // "the union's 27 governments", "NATO's 32 leaders": one of each member, so the number counts the members; the
            // noun may also count some of them ("the EU's 20 leaders at the summit"), so it is only confirmed.
            return Make(s, q, organization, s.Vocabulary.MemberProperties) is CountClaim each ? each with { ConfirmOnly = true } : null;
        }

        if (organization is null || length == 0 || !Plural(s, q.NounAt, length) || Make(s, q, organization, nouns) is not { } claim)
        {
            return null;
        }

        // The organization's own members with nothing after them that picks out some ("NATO's 10 members agreed") are all
        // of them; "NATO's 10 members in the east" are some.
        return claim is CountClaim members && DefiniteGroup.EndsGroup(s, q.NounAt + length) ? members with { Whole = true } : claim;
    }

    /// <summary>Nouns of which each member has one ("the union's 27 governments").</summary>
    private static readonly HashSet<string> MemberProxies = new(StringComparer.OrdinalIgnoreCase) { "governments", "leaders", "capitals", "parliaments" };

    // "all 32 NATO allies", "the 27 EU member states"
    private static Claim? NumberOrganizationNoun(SentenceContext s, Stated q)
    {
        if (s.MentionStartingAt(q.NounAt) is not { IsPossessive: false } organization || organization.Kind == MentionKind.Surname)
        {
            return null;
        }

        var (length, nouns) = s.Vocabulary.MatchNoun(s.Tokens, organization.End);
        if (length == 0 || !Plural(s, organization.End, length) || Make(s, q, organization.Entity, nouns) is not { } claim)
        {
            return null;
        }

        // Only a determiner of the whole makes the number the membership: "22 NATO members met the target", "fewer than
        // ten EU members" and "the 23 NATO members that spend enough" are some of them, so a number far from the count is
        // no error (a loose claim).
        var whole = s.IsWordAt(q.First - 1, "all") || (s.IsWordAt(q.First - 1, WholeDeterminers) && DefiniteGroup.EndsGroup(s, organization.End + length));
        return whole || claim is not CountClaim some ? claim : some with { Loose = true };
    }

    private static readonly HashSet<string> WholeDeterminers = new(StringComparer.OrdinalIgnoreCase) { "the", "its", "their", "our" };

    // "the 32-member alliance", "the 32-nation NATO", "the thirty-two nation alliance"
    private static Claim? NumberMember(SentenceContext s, Stated q)
    {
        var hyphen = s.TokenAt(q.Last + 1)?.Is('-') == true;
        var at = hyphen ? q.Last + 2 : q.Last + 1;
        if (s.TokenAt(at) is null || q.Bound != CountBound.Exact)
        {
            return null;
        }

        var (length, nouns) = s.Vocabulary.MatchNoun(s.Tokens, at);
        var strong = false;
        if (length == 0 && hyphen && s.IsWordAt(at, "strong") && s.TokenSpan[q.Last].Kind == TokenKind.Number)
        {
            // "the 27-strong bloc", "the 32-strong alliance": a size, which of an organization is its membership. A force or a
            // delegation has a size too ("the 5,000-strong NATO force"): only the organization itself, with nothing after it.
            (length, nouns, strong) = (1, s.Vocabulary.MemberProperties, true);
        }

        if (length == 0 || (!hyphen && Plural(s, at, length)))
        {
            return null;
        }

        var after = at + length;
        if (s.MentionStartingAt(after) is { } named)
        {
            return strong ? WholeOnly(Whole(s, Make(s, q, named.Entity, nouns), named.End)) : Whole(s, Make(s, q, named.Entity, nouns), named.End);
        }

        // "the 32-member alliance", "the 30-member Western alliance": the organization the sentence names, if only one has
        // members.
        if (s.TokenAt(after) is { IsCapitalized: true, Kind: TokenKind.Word } && s.MentionAt(after) is null)
        {
            after++;
        }

        if (s.TokenAt(after) is { } noun && IsOrganizationNoun(s, noun.Text)
            && (SoleOrganization(s) ?? (AnyOrganization(s) ? null : OrganizationWithMembersInContext(s))) is { } organization)
        {
            // "a 28-member union" in a text about the EU: the organization the sentence or, failing it, the text names.
            return strong ? WholeOnly(Whole(s, Make(s, q, organization, nouns), after + 1)) : Whole(s, Make(s, q, organization, nouns), after + 1);
        }

        if (strong)
        {
            return null;
        }

        // "the 27-member bloc" in a text that names no organization with members: the one the facts describe so, confirmed.
        if (s.TokenAt(after) is { Kind: TokenKind.Word } described && !AnyOrganization(s) && OrganizationWithMembersInContext(s) is null
            && DescribedOrganization.Find(s, described.Text) is { } only)
        {
            return Make(s, q, only, nouns) is CountClaim guessed ? guessed with { ConfirmOnly = true } : null;
        }

        return null;
    }

    // A size that is not the whole organization's ("the 40,000-strong NATO Response Force") says nothing of its members.
    private static Claim? WholeOnly(Claim? claim) => claim is CountClaim { Whole: true } ? claim : null;

    /// <summary>Words after "the 15-member bloc" that leave it the whole organization: its own verb, or a relative word
    /// whose clause speaks of the organization itself ("a 26-member alliance whose troops are stretched").</summary>
    private static readonly HashSet<string> WholeVerbs = new(StringComparer.OrdinalIgnoreCase) { "has", "had", "is", "was", "met", "agreed", "voted", "decided", "will", "whose", "which" };

    /// <summary>Nouns of a count made an adjective ("15-member", "15-nation").</summary>
    private static readonly string[] CompoundNouns = { "member", "nation", "country", "state", "strong" };

    /// <summary>"The new 15-nation bloc": "new" before a count made an adjective is said of the organization, not of some of
    /// its members as in "the new 10 members"; the number is then exact.</summary>
    private static CountBound? NewCompound(SentenceContext s, int first, int last)
        => s.IsWordAt(first - 1, "new") && s.TokenAt(last + 1)?.Is('-') == true && s.IsWordAt(last + 2, CompoundNouns) ? CountBound.Exact : null;

    /// <summary>A count at "the end of 2006" is the count of the year's last month, not of any day of the year: the year's
    /// other counts no longer support it. Only the times of the year that "end of" governs change (the sentence's own or
    /// one it names besides: "When he took office it had 185; when he left at the end of 2006 it had 191").</summary>
    private static Claim YearEnd(SentenceContext s, Claim claim)
    {
        if (claim is not CountClaim { Time: var time } count)
        {
            return claim;
        }

        for (var k = 2; k < s.TokenSpan.Length; k++)
        {
            if (!s.IsWordAt(k - 1, "of") || !s.IsWordAt(k - 2, "end") || !DateExpression.IsYear(s.TokenSpan[k], out var year) || s.TokenAt(k + 1)?.Is('-') == true)
            {
                continue;
            }

            var december = new FactDate(year, 12);
            FactDate AtEnd(FactDate at) => at.Precision == DatePrecision.Year && at.Year == year ? december : at;
            var others = new List<FactDate>(time.Others.Count);
            foreach (var other in time.Others)
            {
                others.Add(AtEnd(other));
            }

            time = time with { Primary = AtEnd(time.Primary), Others = others };
        }

        return ReferenceEquals(time, count.Time) ? claim : count with { Time = time };
    }

    // "the 15-member bloc," and "the 15-member EU met": a number of members made an adjective of the organization itself
    // describes all of it, so a number far below the count is an error, not a part. Not when a word names a body of it or a
    // group from it ("the 15-member UN Security Council", "the 15-member EU delegation").
    private static Claim? Whole(SentenceContext s, Claim? claim, int end)
    {
        if (claim is not CountClaim count)
        {
            return claim;
        }

        var whole = s.TokenAt(end) is not { } next
                    || (next.Kind == TokenKind.Punctuation && (next.Is(',') || next.Is('.') || next.Is(';') || next.Is(':') || next.Is(')')))
                    || (next.Kind == TokenKind.Word && WholeVerbs.Contains(next.Text));
        return whole ? count with { Whole = true } : count;
    }

    // "all 32 allies", "the other 31 allies", "31 other allies", "the remaining 26 members": a group of the members of the
    // one organization the sentence names.
    private static Claim? Group(SentenceContext s, Stated q)
    {
        var quantified = q.Bound is CountBound.Other or CountBound.Remaining || s.IsWordAt(q.First - 1, "all");
        if (!quantified)
        {
            return DefiniteGroup.Read(s, q.First, q.NounAt, q.Bound) is { } whole && Make(s, q, whole.Organization, whole.Nouns) is CountClaim loose
                ? loose with { Loose = true }
                : null;
        }

        var (length, nouns) = s.Vocabulary.MatchNoun(s.Tokens, q.NounAt);
        if (length == 0 || !Plural(s, q.NounAt, length))
        {
            return null;
        }

        var organization = SoleOrganization(s) ?? OrganizationInContext(s, q.NounAt, length);
        if (organization is null && s.IsWordAt(q.First - 1, "all") && (organization = OrganizationInContext(s, q.NounAt, length, anyNoun: true)) is not null)
        {
            // "Voters in all 27 countries" in a text about the EU: countries are said of any group of countries, so the
            // organization of the context is a guess, only confirmed.
            return Make(s, q, organization, nouns) is CountClaim guessed ? guessed with { ConfirmOnly = true } : null;
        }

        return organization is not null ? Make(s, q, organization, nouns) : null;
    }

    /// <summary>The organization of the paragraph or document for a group the sentence counts without naming whose it is
    /// ("Spain, alone among the other 30 allies"): only when the sentence names no organization with members, and the noun
    /// is one that speaks of membership ("allies", "members", "member states"; "countries" and "nations" are said of any
    /// group of countries), and no phrase after it says whose they are ("members of the Security Council").</summary>
    /// <remarks>A member's ordinal is one member, so a phrase after it is a time, not a restriction ("its 32nd member in
    /// March"): <paramref name="group"/> is false for it.</remarks>
    private static Entity? OrganizationInContext(SentenceContext s, int noun, int length, bool group = true, bool anyNoun = false)
    {
        // "the 20 members in the eurozone" are some of them; "the other 31 allies in Brussels" all of them, somewhere.
        var restricted = s.IsWordAt(noun + length, "in", "on")
            && (s.TokenAt(noun + length + 1) is not { IsCapitalized: true } place || Regions.Contains(place.Text));
        if (!(anyNoun || MembershipNoun(s.TokenSpan[noun].Text)) || s.IsWordAt(noun + length, "of") || (group && restricted) || AnyOrganization(s))
        {
            return null;
        }

        return OrganizationWithMembersInContext(s);
    }

    internal static bool MembershipNoun(string word)
        => word.StartsWith("member", StringComparison.OrdinalIgnoreCase) || word.StartsWith("all", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the sentence names an organization with members (then it, not the context, is what it counts).</summary>
    internal static bool AnyOrganization(SentenceContext s)
    {
        for (var i = 0; i < s.Mentions.Count; i++)
        {
            if (s.Mentions[i].Kind != MentionKind.Adjective && HasMembers(s, s.Mentions[i].Entity))
            {
                return true;
            }
        }

        return false;
    }

    // "Sweden became the 32nd member of NATO", "Sweden joined NATO as its 32nd member", "Sweden, NATO's 32nd member,".
    private static Claim? MemberOrdinal(SentenceContext s, int i, int j, int nth)
    {
        if (nth < 1 || Quantifier.Read(s.TokenSpan, i, j + 1) is not CountBound.Exact || s.IsWordAt(j + 1, "largest", "biggest", "smallest", "richest", "poorest", "most", "least"))
        {
            return null;
        }

        var (length, nouns) = s.Vocabulary.MatchNoun(s.Tokens, j + 1);
        if (length == 0)
        {
            return JoiningOrdinal(s, i, j, nth);
        }

        if (Plural(s, j + 1, length))
        {
            return null;
        }

        // The organization: "of (the) NATO" after, "NATO's" before, else the one the sentence names. An owner that is no
        // entity ("the single currency area's 21st member") is some other group, which the facts do not count.
        if (s.TokenAt(i - 1) is { Kind: TokenKind.Word, IsPossessive: true } && s.MentionEndingBefore(i) is null)
        {
            return null;
        }

        var organization = s.IsWordAt(j + 1 + length, "of") ? s.MentionStartingAt(SkipDeterminer(s, j + 2 + length))?.Entity
            : s.MentionEndingBefore(i) is { IsPossessive: true } owner && (owner.Kind != MentionKind.Pronoun || HasMembers(s, owner.Entity)) ? owner.Entity
            : SoleOrganization(s) ?? OrganizationInContext(s, j + 1, length, group: false);
        if (organization is null || IsRestricted(s, j + 1 + length, organization))
        {
            return null;
        }

        if (MembersProperty(organization, nouns, allowCount: false) is not { } property)
        {
            // "Montenegro became the 192nd member in June 2006" of an organization whose facts count its members only.
            return MembersProperty(organization, nouns, allowCount: true) is { } count ? CountOrdinalReader.Read(s, i, j, j + 1 + length, organization, count, nth) : null;
        }

        // The member: the nearest entity named before the ordinal that has been in the organization, and not a word of a
        // longer name ("the US State Department, making the small Balkan state the 29th member").
        var member = s.Mentions.LastOrDefault(m => m.End <= i && m.Kind != MentionKind.Adjective && m.Entity.Id != organization.Id
            && !(s.TokenAt(m.End) is { Kind: TokenKind.Word, IsCapitalized: true } && s.MentionAt(m.End) is null) && !InClosedRelativeClause(s, m, i)
            && organization.GetFact(property.Name)!.Timeline.Any(e => e.Value == m.Entity.Id));
        return member is null ? UnnamedMemberOrdinal.Read(s, i, j, organization, property, nth) : new MemberOrdinalClaim(SpanOf(s.Tokens, i, j), member.Entity, organization, property, nth);
    }

    /// <summary>Whether <paramref name="m"/> stands in a relative clause set off by commas that closes before
    /// <paramref name="i"/>: "North Macedonia, which settled its dispute with Greece, became the 30th member" counts North
    /// Macedonia, not Greece.</summary>
    private static bool InClosedRelativeClause(SentenceContext s, Mention m, int i)
    {
        var opened = false;
        for (var k = m.First - 1; k > 0; k--)
        {
            if (s.TokenAt(k)?.Is(',') == true)
            {
                return false;
            }

            if (s.IsWordAt(k, "which", "who", "whose", "whom", "where") && s.TokenAt(k - 1)?.Is(',') == true)
            {
                opened = true;
                break;
            }
        }

        if (!opened)
        {
            return false;
        }

        for (var k = m.End; k < i; k++)
        {
            if (s.TokenAt(k)?.Is(',') == true)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a phrase after an ordinal's noun counts only some members: "the 14th country to join NATO after the
    /// end of the Cold War", "the third member from the Baltic", "the 21st member to adopt the euro" (the ones that did
    /// something else than join). A time ("its 32nd member in March") is no restriction.</summary>
    private static bool IsRestricted(SentenceContext s, int k, Entity organization)
    {
        // "the 21st country in the EU to adopt the euro": what follows the organization restricts as it would right after
        // the noun.
        if (s.IsWordAt(k, "in", "of", "within") && s.MentionStartingAt(SkipDeterminer(s, k + 1)) is { } owner && owner.Entity.Id == organization.Id)
        {
            k = owner.End;
        }

        if (s.IsWordAt(k, "to") && s.IsWordAt(k + 1, "join"))
        {
            k += 2;
            k = s.IsWordAt(k, "the") ? k + 1 : k;
            if (JoinsSomethingElse(s, k, organization))
            {
                return true;
            }

            k = s.MentionStartingAt(k) is { } joined ? joined.End : k;

            // "the second country to join since 2004" counts from then on (JoinedSinceOrdinal reads it).
            if (s.IsWordAt(k, "since"))
            {
                return true;
            }
        }
        else if (s.IsWordAt(k, "to") && s.TokenAt(k + 1) is { Kind: TokenKind.Word } && !s.IsWordAt(k + 1, JoiningInfinitives))
        {
            return true;
        }

        // "after the end of the Cold War" restricts; "after a two-year wait", "since 1999" only date the joining.
        return s.IsWordAt(k, RestrictingWords) || (s.IsWordAt(k, "after", "since", "during") && s.IsWordAt(k + 1, "the"));
    }

    /// <summary>Whether what is joined at <paramref name="k"/> is not <paramref name="organization"/>: another entity ("the
    /// 20th country to join the eurozone" in a sentence about the EU) or a thing the facts do not hold ("to join the euro",
    /// "to join Schengen"), whose joiners the organization's members do not count. An organization noun ("to join the
    /// bloc"), a pronoun ("to join it") and a time or clause after the verb ("to join in 2004", "to join since") leave the
    /// count to the organization.</summary>
    internal static bool JoinsSomethingElse(SentenceContext s, int k, Entity organization)
    {
        if (s.MentionStartingAt(k) is { } joined)
        {
            return joined.Entity.Id != organization.Id && joined.Kind != MentionKind.Pronoun;
        }

        return s.TokenAt(k) is { Kind: TokenKind.Word } word && !s.IsWordAt(k, JoinedObjectsOrAdverbials) && !IsOrganizationNoun(s, word.Text)
            && DateExpression.MonthOf(word) == 0;
    }

    /// <summary>Words after "to join" that name no other thing joined: pronouns, prepositions and adverbs of time or manner.</summary>
    private static readonly string[] JoinedObjectsOrAdverbials =
    {
        "it", "them", "us", "in", "on", "at", "since", "after", "before", "as", "when", "while", "and", "or", "but", "last",
        "this", "that", "formally", "officially", "fully", "so", "far", "yet", "until", "by", "during", "with", "without", "its",
        "their", "our", "next", "later", "soon", "early", "late", "only", "too", "also", "now", "then", "once", "again",
    };

    /// <summary>Verbs after "the Nth member to" that still count the joining: "to enter", "to be admitted".</summary>
    private static readonly string[] JoiningInfinitives = { "join", "enter", "accede", "be", "become" };

    private static readonly string[] RestrictingWords = { "from", "among", "outside", "except", "excluding", "apart", "besides" };

    /// <summary>Words that tell of joining, which an ordinal with no noun counts ("followed as the thirty-second").</summary>
    private static readonly HashSet<string> JoiningVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "joined", "joins", "join", "followed", "acceded", "admitted", "entered",
    };

    // "Finland is the 31st to join", "Sweden followed last month as the thirty-second": an ordinal with no noun, of joining
    // the organization the sentence or text is about.
    private static Claim? JoiningOrdinal(SentenceContext s, int i, int j, int nth)
    {
        if (!s.IsWordAt(i - 1, "the"))
        {
            return null;
        }

        var toJoin = s.IsWordAt(j + 1, "to") && s.IsWordAt(j + 2, "join");
        var subjectEnd = i;
        if (!toJoin)
        {
            // "as the thirty-second." after a verb of joining in the same clause.
            if (!s.IsWordAt(i - 2, "as") || s.TokenAt(j + 1) is { Kind: not TokenKind.Punctuation })
            {
                return null;
            }

            // The member is the verb's subject: "Sweden followed Finland as the 32nd" is about Sweden.
            subjectEnd = -1;
            for (var k = i - 3; k >= 0 && subjectEnd < 0; k--)
            {
                subjectEnd = s.IsWordAt(k, JoiningVerbs) ? k : -1;
            }

            if (subjectEnd < 0)
            {
                return null;
            }
        }

        var organization = SoleOrganization(s) ?? (AnyOrganization(s) ? null : OrganizationWithMembersInContext(s));
        PropertyDefinition? property = null;
        foreach (var p in s.Vocabulary.MemberProperties)
        {
            if (p.Kind == PropertyKind.Members && organization?.GetFact(p.Name) is { IsTimeline: true })
            {
                property = p;
                break;
            }
        }

        if (organization is null || property is null || (toJoin && JoinsSomethingElse(s, s.IsWordAt(j + 3, "the") ? j + 4 : j + 3, organization)))
        {
            return null;
        }

        var timeline = organization.GetFact(property.Name)!.Timeline;
        // The last mention before the subject's end that the timeline lists (loops, not a lambda: a closure over
        // subjectEnd would be made on every entry to this method).
        Mention? member = null;
        for (var m = s.Mentions.Count - 1; m >= 0 && member is null; m--)
        {
            var candidate = s.Mentions[m];
            if (candidate.End <= subjectEnd && candidate.Kind != MentionKind.Adjective && candidate.Entity.Id != organization.Id && Lists(timeline, candidate.Entity.Id))
            {
                member = candidate;
            }
        }

        return member is null ? UnnamedMemberOrdinal.Read(s, i, j, organization, property, nth) : new MemberOrdinalClaim(SpanOf(s.Tokens, i, j), member.Entity, organization, property, nth);
    }

    /// <summary>Whether the timeline lists <paramref name="id"/> at any time.</summary>
    internal static bool Lists(EquatableArray<TimelineEntry> timeline, string id)
    {
        for (var e = 0; e < timeline.Count; e++)
        {
            if (timeline[e].Value == id)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word for an organization: a generic one ("alliance", "bloc") or a word of the name of one the sentence names ("league").</summary>
    internal static bool IsOrganizationNoun(SentenceContext s, string word)
        => OrganizationNouns.Contains(word) || IsWordOfOrganizationName(s, word);

    // Apart from IsOrganizationNoun, so that the lambda's closure is made only when the common nouns do not answer.
    private static bool IsWordOfOrganizationName(SentenceContext s, string word)
        => s.Mentions.Any(m => HasMembers(s, m.Entity) && new[] { m.Entity.Name }.Concat(m.Entity.Aliases)
               .Any(name => name.Split(' ').Skip(1).Any(w => string.Equals(w, word, StringComparison.OrdinalIgnoreCase))));

    /// <summary>The one organization with members that the sentence names, if there is exactly one.</summary>
    internal static Entity? SoleOrganization(SentenceContext s)
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

    /// <summary>Whether the clause of the count (up to the next semicolon) or one before it has a number other than the
    /// count itself: the sentence's times may then be its own. A time named only after a semicolon dates what follows.</summary>
    private static bool ClauseNamesNumber(SentenceContext s, Stated q)
    {
        var t = s.TokenSpan;
        var end = q.Last + 1;
        while (end < t.Length && !t[end].Is(';'))
        {
            end++;
        }

        if (end == t.Length)
        {
            return true;
        }

        for (var k = 0; k < end; k++)
        {
            if ((k < q.First || k > q.Last) && (t[k].Kind == TokenKind.Number || DateExpression.MonthOf(t[k]) > 0))
            {
                return true;
            }
        }

        return false;
    }

    // "NATO, with its 30 members", "NATO has 32 members"; "At its founding, NATO had 12 members" (the founding count).
    private static Claim? Having_(SentenceContext s, Stated q)
    {
        var i = q.First;
        var verb = q.Bound == CountBound.Exact ? i - 1 : s.IsWordAt(i - 1, "than", "least") ? i - 3 : i - 2;
        if (!s.IsWordAt(verb, Having))
        {
            return null;
        }

        if (q.Bound == CountBound.Exact && s.IsWordAt(verb, "had") && FoundingCountReader.AtFounding(s))
        {
            return HavingAt(s, q, verb) is CountClaim c ? new FoundingCountClaim(c.Span, c.Subject, c.Property, c.Count) : null;
        }

        if (s.IsWordAt(verb, "had", "counted", "numbered") && s.Time.Primary == s.Time.AsOf && s.Time.Others.Count == 0 && !s.Time.Carried
            && JoiningClauseTime.Read(s) is var (joined, day))
        {
            // "When Spain joined NATO, the alliance had 16 members": the count on the day of that joining, if it is of the
            // organization joined.
            return HavingAt(s, q, verb) is CountClaim atJoining && atJoining.Subject.Id == joined.Id
                ? atJoining with { Time = new TimeContext(day, Array.Empty<FactDate>(), s.Time.AsOf) }
                : null;
        }

        if (s.IsWordAt(verb, "had", "counted", "numbered") && ((s.Time.Primary == s.Time.AsOf && s.Time.Others.Count == 0) || (!s.Time.Carried && !ClauseNamesNumber(s, q))))
        {
            // "When I took office, NATO had 30 members": a count at a time the sentence does not date. A year in another
            // clause ("...had 185 members; when he stepped down at the end of 2006 it had 191") dates that clause only; the
            // narrative's time ("a post he held from 1997 to 2006. When he took office ...") dates the whole sentence.
            return null;
        }

        if (s.IsWordAt(verb - 1, Modals))
        {
            // "By 2030 the EU will have 30 members": a count to come, which no fact holds.
            return null;
        }

        var claim = HavingAt(s, q, verb);
        if (claim is CountClaim now && s.IsWordAt(verb, "has", "have", "counts", "numbers") && s.IsWordAt(verb - 1, "now", "currently", "today"))
        {
            // "NATO, which Finland joined in 2023, now has 32 members": "now" speaks of the article's time, whatever other
            // time the sentence names.
            return now with { Time = new TimeContext(s.Time.AsOf, Array.Empty<FactDate>(), s.Time.AsOf) };
        }

        if (claim is CountClaim past && s.IsWordAt(verb, "had", "counted", "numbered") && s.Time.Primary == s.Time.AsOf && !s.Time.Carried)
        {
            // "Austria joined the EU in 1995, when the union had 15 members": a past count at the one past time the sentence
            // names elsewhere.
            return PastTime(s) is { } then ? past with { Time = then } : claim;
        }

        return claim;
    }

    private static readonly HashSet<string> Modals = new(StringComparer.OrdinalIgnoreCase) { "will", "would", "could", "may", "might", "should", "shall", "to", "must" };

    /// <summary>The past time a past-tense count speaks of: the sentence's own, else the one earlier time it names
    /// elsewhere ("in 2004"), else none.</summary>
    private static TimeContext? PastTime(SentenceContext s)
        => s.Time.Primary != s.Time.AsOf || s.Time.Carried ? s.Time
            : s.Time.Others.Count == 1 && s.Time.Others[0].DayNumber < s.Time.AsOf.DayNumber ? new TimeContext(s.Time.Others[0], Array.Empty<FactDate>(), s.Time.AsOf)
            : null;

    // The count after the verb at `verb`, of the verb's subject.
    private static Claim? HavingAt(SentenceContext s, Stated q, int verb)
    {
        var i = q.First;
        var (length, nouns) = s.Vocabulary.MatchNoun(s.Tokens, q.NounAt);
        if (length == 0 || !Plural(s, q.NounAt, length))
        {
            return null;
        }

        // The subject: the first entity the sentence names that has members, named before the number; else a noun for an
        // organization right before ("an alliance of 32 countries", "an alliance that now counts 32 members").
        var subject = FirstWithMembersBefore(s, i);
        if (subject is null)
        {
            return OrganizationNounBefore(s, verb) is { } described ? Make(s, q, described, nouns)
                : OpeningNounBeforeClause(s, verb) is { } opened ? AtArticleTime(s, Make(s, q, opened, nouns))
                : ItBefore(s, verb) && !AnyOrganization(s) && s.OrganizationInContext(e => HasMembers(s, e), paragraphOnly: true) is { } it ? Make(s, q, it, nouns)
                : OpeningWith(s, q, verb, length, nouns);
        }

        if (OtherWithMembersBefore(s, i, subject))
        {
            return null;
        }

        return Make(s, q, subject.Entity, nouns);
    }

    /// <summary>Whether "it" is the subject of the verb at <paramref name="verb"/> ("It has 32 members", "it now has"): it stands
    /// for the one organization with members the paragraph has named, the only kind of thing that has members.</summary>
    private static bool ItBefore(SentenceContext s, int verb)
    {
        var k = verb - 1;
        while (s.IsWordAt(k, HavingAdverbs))
        {
            k--;
        }

        return s.IsWordAt(k, "it") && s.TokenAt(k)?.IsPossessive == false;
    }

    /// <summary>"With 32 allies, the alliance covers ...", "With 193 member states, the UN is ...": a phrase that opens the
    /// sentence or a clause counts the members of the organization that is the subject right after the comma.</summary>
    private static Claim? OpeningWith(SentenceContext s, Stated q, int with, int length, IReadOnlyList<PropertyDefinition> nouns)
    {
        var comma = q.NounAt + length;
        if (!s.IsWordAt(with, "with") || (with > 0 && s.TokenAt(with - 1) is not { Kind: TokenKind.Punctuation }) || s.TokenAt(comma)?.Is(',') != true)
        {
            return null;
        }

        var subject = s.MentionStartingAt(comma + 1) ?? s.MentionStartingAt(SkipDeterminer(s, comma + 1));
        return subject is { IsPossessive: false, Kind: not (MentionKind.Adjective or MentionKind.Surname) } && HasMembers(s, subject.Entity)
            ? Make(s, q, subject.Entity, nouns)
            : null;
    }

    // The first mention before token i of an entity with members (not an adjective); loops, not lambdas over Having_'s
    // locals, whose closure Having_ would allocate at every number it is asked about (docs/performance.md).
    private static Mention? FirstWithMembersBefore(SentenceContext s, int i)
    {
        for (var k = 0; k < s.Mentions.Count; k++)
        {
            var m = s.Mentions[k];
            if (m.First < i && m.Kind != MentionKind.Adjective && HasMembers(s, m.Entity))
            {
                return m;
            }
        }

        return null;
    }

    // Whether another entity with members is named after the subject and before token i.
    private static bool OtherWithMembersBefore(SentenceContext s, int i, Mention subject)
    {
        for (var k = 0; k < s.Mentions.Count; k++)
        {
            var m = s.Mentions[k];
            if (m.First < i && m.Entity.Id != subject.Entity.Id && m.First > subject.First && m.Kind != MentionKind.Adjective && HasMembers(s, m.Entity))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adverbs between a relative pronoun and its verb ("that now counts 32 members").</summary>
    private static readonly HashSet<string> HavingAdverbs = new(StringComparer.OrdinalIgnoreCase) { "now", "currently", "still", "today", "already" };

    /// <summary>The organization an organization noun before <paramref name="verb"/> stands for: "an alliance of 32
    /// countries", "the bloc, which has 27 members", "an alliance that now counts 32 members"; the one the sentence names,
    /// else (when it names none) the one the paragraph or document is about.</summary>
    private static Entity? OrganizationNounBefore(SentenceContext s, int verb)
    {
        var k = verb - 1;
        if (!s.IsWordAt(verb, "of"))
        {
            while (s.IsWordAt(k, HavingAdverbs))
            {
                k--;
            }

            if (s.IsWordAt(k, "that", "which"))
            {
                k = s.TokenAt(k - 1)?.Is(',') == true ? k - 2 : k - 1;
            }
            else if (!s.IsWordAt(k - 1, "the") || !OpensClause(s, k - 2))
            {
                // "when the alliance had 15 members", "By 2004 the union counted 25 members": the noun is the verb's
                // subject only when "the" opens the clause.
                return null;
            }
        }

        if (s.TokenAt(k) is not { Kind: TokenKind.Word, IsPossessive: false } noun || s.MentionAt(k) is { Kind: not MentionKind.Description })
        {
            return null;
        }

        // The noun must be one the facts describe the organization by ("alliance" for NATO): "a coalition of 50 countries"
        // in a text about NATO is another group.
        var organization = SoleOrganization(s) ?? (AnyOrganization(s) ? null : OrganizationWithMembersInContext(s));
        if (organization is null)
        {
            return null;
        }

        foreach (var description in organization.Descriptions)
        {
            if (string.Equals(description, noun.Text, StringComparison.OrdinalIgnoreCase))
            {
                return organization;
            }
        }

        return null;
    }

    // "The organisation that 51 countries founded in 1945 now counts 193 member states", "The alliance, which Finland joined
    // in 2023, now has 32 members": the sentence opens on "The" and a noun for the organization, a relative clause follows
    // it, and the verb comes right after the clause (after a closing comma when the clause opened with one). The noun is
    // one the facts describe the organization by, or "organisation" itself for an organization.
    private static Entity? OpeningNounBeforeClause(SentenceContext s, int verb)
    {
        // Only a verb in the present: "had" after the clause may speak of the clause's time or another.
        if (!s.IsWordAt(0, "the") || s.TokenAt(1) is not { Kind: TokenKind.Word, IsPossessive: false } noun || s.MentionAt(1) is { Kind: not MentionKind.Description }
            || verb > 24 || !s.IsWordAt(verb, "has", "counts", "numbers", "comprises"))
        {
            return null;
        }

        var commas = s.TokenAt(2)?.Is(',') == true;
        var relative = commas ? 3 : 2;
        if (!s.IsWordAt(relative, "that", "which"))
        {
            return null;
        }

        var k = verb - 1;
        while (s.IsWordAt(k, HavingAdverbs))
        {
            k--;
        }

        // The clause runs from the relative word to k: with no punctuation inside it but its closing comma, if it opened on one.
        if (commas != (s.TokenAt(k)?.Is(',') == true))
        {
            return null;
        }

        for (var j = relative + 1; j < (commas ? k : k + 1); j++)
        {
            if (s.TokenSpan[j].Kind == TokenKind.Punctuation || s.IsWordAt(j, "has", "have", "had", "counts") || s.IsWordAt(j, ClauseOpeners))
            {
                return null;
            }
        }

        var organization = SoleOrganization(s) ?? (AnyOrganization(s) ? null : OrganizationWithMembersInContext(s));
        if (organization is null)
        {
            return null;
        }

        if (organization.Type == EntityType.Organization && (noun.IsWord("organisation") || noun.IsWord("organization")))
        {
            return organization;
        }

        foreach (var description in organization.Descriptions)
        {
            if (string.Equals(description, noun.Text, StringComparison.OrdinalIgnoreCase))
            {
                return organization;
            }
        }

        return null;
    }

    // The main verb after a relative clause is in the present: a time the clause names ("which Finland joined in 2023") is the
    // clause's, so the count is of the article's time.
    private static Claim? AtArticleTime(SentenceContext s, Claim? claim)
        => claim is CountClaim count ? count with { Time = new TimeContext(s.Time.AsOf, Array.Empty<FactDate>(), s.Time.AsOf) } : claim;

    /// <summary>Whether a clause may start after token <paramref name="k"/>: the sentence's start, a punctuation mark, a
    /// number (the year of "In 1966 the alliance had"), or a word that opens a clause.</summary>
    private static bool OpensClause(SentenceContext s, int k)
        => s.TokenAt(k) is not { } before || before.Kind is TokenKind.Punctuation or TokenKind.Number || s.IsWordAt(k, ClauseOpeners);

    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.OrdinalIgnoreCase) { "when", "while", "as", "then", "and", "but", "after", "before" };

    private static Claim? Make(SentenceContext s, Stated q, Entity organization, IReadOnlyList<PropertyDefinition> nouns)
    {
        if (MembersProperty(organization, nouns, allowCount: true) is not { } property)
        {
            return null;
        }

        // "the other 31": the entities the sentence names besides the group, which "other" may leave out.
        var named = q.Bound is CountBound.Other or CountBound.Remaining ? NamedEntities(s, organization) : Array.Empty<string>();
        var namedLately = q.Bound is CountBound.Other && named.Count == 0 ? NamedInParagraph(s, organization) : Array.Empty<string>();
        return new CountClaim(SpanOf(s.Tokens, q.First, q.Last), organization, property, q.Value, s.Time) { Bound = q.Bound, Named = named, NamedLately = namedLately };
    }

    /// <summary>The ids of the entities the sentence names, other than the organization.</summary>
    private static IReadOnlyList<string> NamedEntities(SentenceContext s, Entity organization)
    {
        var ids = new List<string>();
        foreach (var m in s.Mentions)
        {
            if (m.Entity.Id != organization.Id && !ids.Contains(m.Entity.Id))
            {
                ids.Add(m.Entity.Id);
            }
        }

        return ids;
    }

    /// <summary>The ids of the entities the paragraph and the one before it named before this sentence, other than the
    /// organization: whom "All 29 other allies have done so" may leave out after two members were named.</summary>
    private static IReadOnlyList<string> NamedInParagraph(SentenceContext s, Entity organization)
    {
        if (s.Document is not { } document)
        {
            return Array.Empty<string>();
        }

        List<string>? ids = null;
        foreach (var salient in document.Salience)
        {
            if (salient.Paragraph >= document.Paragraph - 1 && salient.Entity.Id != organization.Id && salient.Entity.Type != EntityType.Person
                && !(ids ??= new List<string>()).Contains(salient.Entity.Id))
            {
                ids.Add(salient.Entity.Id);
            }
        }

        return ids ?? (IReadOnlyList<string>)Array.Empty<string>();
    }

    /// <summary>A stated number: its first and last tokens, value and bound; the noun it counts starts after it (after
    /// "other" in "31 other allies").</summary>
    private readonly record struct Stated(int First, int Last, int Value, CountBound Bound, int NounAt);

    internal static bool Plural(SentenceContext s, int start, int length)
    {
        var last = s.TokenSpan[start + length - 1].Text;
        return last.EndsWith("s", StringComparison.OrdinalIgnoreCase);
    }
}
