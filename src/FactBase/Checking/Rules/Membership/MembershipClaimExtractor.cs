using System;
using System.Collections.Generic;
using System.Linq;
using FactBase.Checking.Mentions;
using FactBase.Checking.Sentences;
using FactBase.Checking.Time;
using FactBase.Checking.Vocabulary;
using FactBase.Model;
using FactBase.Text;
using static FactBase.Checking.Rules.ExtractorHelpers;

namespace FactBase.Checking.Rules.Membership;

/// <summary>
/// Finds membership: "Ukraine, which is not a NATO member", "X is a member of NATO", "X, a member of NATO since 1952",
/// "X, not a member of the EU,", "NATO member Finland", "fellow NATO ally Turkey", "non-NATO member Sweden".
/// </summary>
public sealed class MembershipClaimExtractor : IClaimExtractor
{
    /// <summary>The verbs a predicate can start with (after an optional comma): any other word starts none.</summary>
    private static readonly HashSet<string> PredicateVerbs = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "remains", "remain", "was", "were", "has", "have", "belongs", "belong",
    };

    /// <summary>The verb of "X belongs to NATO": with a membership noun (which has a noun cue), the only way the predicate
    /// states a membership; a trigger list (<see cref="TriggerWords"/>).</summary>
    internal static readonly WordSet Belongs = new(["belongs", "belong"]);

    /// <inheritdoc/>
    public IEnumerable<Claim> Extract(SentenceContext s)
    {
        List<Claim>? claims = null; // most sentences state no membership: allocate on the first claim only
        // What the mention loop and the main clause need. "in" is the commonest word of all, so it counts only when the
        // sentence names an organization with members, the one thing "X is in ORG" can read.
        var predicate = s.HasCue(TokenCues.Noun) || s.HasWordOf(Belongs) || (s.HasWordOf(ExcludedOrganization.InWord) && NamesBodyWithMembers(s));
        for (var m = 0; predicate && m < s.Mentions.Count; m++)
        {
            var mention = s.Mentions[m]; // an index loop: foreach over the interface would allocate an enumerator
            if (mention.Kind == MentionKind.Adjective || mention.IsPossessive)
            {
                continue;
            }

            OrganizationNounName(s, mention, ref claims);
            NameIsMember(s, mention, ref claims);
        }

        if (predicate)
        {
            MainClause(s, ref claims);
        }

        FoundingMemberReader.Read(s, ref claims);
        NeitherReader.NeitherIsMember(s, ref claims);
        if (s.HasWordOf(OutsideReader.Triggers))
        {
            OutsideReader.Read(s, ref claims);
        }

        return claims ?? (IEnumerable<Claim>)System.Array.Empty<Claim>();
    }

    private static bool NamesBodyWithMembers(SentenceContext s)
    {
        for (var m = 0; m < s.Mentions.Count; m++)
        {
            if (MembersOf(s, s.Mentions[m].Entity) is not null)
            {
                return true;
            }
        }

        return false;
    }

    // "NATO member Finland", "NATO members Finland and Sweden", "non-NATO member Sweden".
    private static void OrganizationNounName(SentenceContext s, Mention organization, ref List<Claim>? claims)
    {
        var (length, nouns) = s.Vocabulary.MatchNoun(s.Tokens, organization.End);
        if (length == 0 || MembersProperty(organization.Entity, nouns, allowCount: false) is not { } property)
        {
            return;
        }

        var negative = s.TokenAt(organization.First - 1)?.Is('-') == true && s.IsWordAt(organization.First - 2, "non");
        var k = organization.End + length;
        while (s.MentionStartingAt(k) is { } member && member.Entity.Id != organization.Entity.Id && member.Kind != MentionKind.Adjective)
        {
            var first = negative ? organization.First - 2 : organization.First;
            (claims ??= new List<Claim>()).Add(new MembershipClaim(new Text.TextSpan(s.TokenSpan[first].Span.Start, member.Span.End - s.TokenSpan[first].Span.Start), member.Entity, organization.Entity, property, !negative, null, s.Time));
            k = member.End;
            if (!(s.IsWordAt(k, "and") || s.TokenAt(k)?.Is(',') == true))
            {
                break;
            }

            k++;
        }
    }

    // "X, which is (not) a NATO member", "X is a member of NATO", "X, a member of NATO since 1952",
    // "X and Y are not members of NATO", "In 2020, X was not a member of the EU".
    private static void NameIsMember(SentenceContext s, Mention first, ref List<Claim>? claims)
    {
        // A coordinated subject: "Moldova and Ukraine", "Finland, Sweden and Norway". A mention inside one is not a subject of its own.
        if (s.IsWordAt(first.First - 1, "and", "or") || (s.TokenAt(first.First - 1)?.Is(',') == true && s.MentionEndingBefore(first.First - 1) is { Kind: not MentionKind.Adjective }))
        {
            return;
        }

        List<Mention>? subjects = null; // one subject is the rule: a list only for a second
        var k = first.End;
        var coordinated = false;
        while (true)
        {
            if (ExtractorHelpers.NextConjunct(s, k) is not ({ Kind: not MentionKind.Adjective, IsPossessive: false } more, var and) || more.Entity.Type == EntityType.Person)
            {
                break;
            }

            (subjects ??= new List<Mention> { first }).Add(more);
            k = more.End;
            if (and)
            {
                coordinated = true;
                break;
            }
        }

        if (subjects is not null && !coordinated)
        {
            return;
        }

        // Nearly every mention is followed by something else than a predicate: decide that before allocating.
        if (s.TokenAt(k)?.Is(',') != true && !s.IsWordAt(k, PredicateVerbs))
        {
            return;
        }

        Predicate(s, subjects ?? (IReadOnlyList<Mention>)new[] { first }, k, ref claims);
    }

    // "Finland, which joined NATO in 2023, is a member of the EU": the sentence's subject after a relative clause.
    private static void MainClause(SentenceContext s, ref List<Claim>? claims)
    {
        var subject = s.Mentions.Count > 0 ? s.Mentions[0] : null;
        if (subject is null || subject.First > 1 || subject.Kind == MentionKind.Adjective || subject.IsPossessive || s.TokenAt(subject.End)?.Is(',') != true
            || !s.IsWordAt(subject.End + 1, "which", "who", "that"))
        {
            return;
        }

        for (var k = subject.End + 2; k < s.TokenSpan.Length; k++)
        {
            if (s.TokenAt(k - 1)?.Is(',') == true && s.IsWordAt(k, "is", "remains", "has", "was"))
            {
                Predicate(s, new[] { subject }, k, ref claims);
                return;
            }

            // "Sweden, which joined the EU in 1995 but is not a member of NATO,": the relative clause goes on, with the
            // same subject, in the present: the time the first verb names is not this one's.
            if (s.IsWordAt(k - 1, "but", "and") && s.IsWordAt(k, "is", "remains") && s.MentionAt(k - 2) is null)
            {
                Predicate(s, new[] { subject }, k, ref claims, new TimeContext(s.Time.AsOf, Array.Empty<FactDate>(), s.Time.AsOf));
                return;
            }
        }
    }

    // The predicate after the subject(s), from token k: ", [which|who|that] is [not] a [founding] NATO member [since 1952]".
    private static void Predicate(SentenceContext s, IReadOnlyList<Mention> subjects, int k, ref List<Claim>? claims, TimeContext? time = null)
    {
        time ??= s.Time;
        var plural = subjects.Count > 1;
        if (s.IsWordAt(k, plural ? "belong" : "belongs"))
        {
            BelongsTo(s, subjects, k + 1, ref claims);
            return;
        }

        if (!TryReadVerb(s, ref k, plural, out var past))
        {
            return;
        }

        // A past tense speaks of some earlier time: only checkable when the sentence names it ("In 2020, X was ...").
        if (past && time.Primary == time.AsOf && time.Others.Count == 0)
        {
            return;
        }

        var member = !ReadNegation(s, ref k);
        List<(Mention Organization, PropertyDefinition Property)>? organizations;
        if (ExcludedOrganization.In(s, k, out var inEnd) is { } inOrganization && subjects.All(m => m.Entity.Type == EntityType.Country))
        {
            // "Ireland is in the EU", "Austria and Malta are in the EU but not in NATO": of countries (not of an agency or a
            // person), being in is membership.
            organizations = new List<(Mention Organization, PropertyDefinition Property)>(1) { inOrganization };
            k = inEnd;
        }
        else
        {
            if (!TryReadArticle(s, ref k, plural))
            {
                return;
            }

            if (s.IsWordAt(k, "founding", "full", "fellow"))
            {
                k++;
            }

            // Stop at anything we do not follow: "a member of NATO and the G7" (unknown), "a NATO and EU member".
            organizations = ReadOrganizations(s, ref k, plural, subjects, negated: !member);
        }

        if (organizations is null || organizations.Count == 0 || organizations.Any(o => o.Organization.Kind == MentionKind.Adjective) || s.IsWordAt(k, "and", "or"))
        {
            return;
        }

        // "EU members outside NATO", "in the EU but not in NATO": members of the one, not of the other.
        var excluded = member ? ExcludedOrganization.Read(s, k) : null;

        FactDate? since = null;
        var last = k - 1;
        var sinceFirst = -1;
        if (organizations.Count == 1 && s.IsWordAt(k, "since") && DateExpression.Read(s.Tokens, k + 1) is { } date)
        {
            since = date.Date;
            sinceFirst = k + 1;
            last = k + date.Length;
        }

        foreach (var (organization, property) in organizations)
        {
            foreach (var subject in subjects)
            {
                if (subject.Entity.Id != organization.Entity.Id)
                {
                    // One subject: the whole statement; several: each subject's own name.
                    // With "since DATE" the date is what can be wrong (and what a fix replaces), so the finding points at it.
                    var span = plural ? subject.Span
                        : member && sinceFirst >= 0 ? SpanOf(s.Tokens, sinceFirst, last)
                        : SpanOf(s.Tokens, subject.First, organizations.Count > 1 ? organization.End - 1 : last);
                    (claims ??= new List<Claim>()).Add(new MembershipClaim(span, subject.Entity, organization.Entity, property, member, member ? since : null, time));
                }
            }
        }

        if (excluded is var (outside, outsideProperty))
        {
            foreach (var subject in subjects)
            {
                if (subject.Entity.Id != outside.Entity.Id)
                {
                    var span = plural ? subject.Span : SpanOf(s.Tokens, subject.First, outside.End - 1);
                    (claims ??= new List<Claim>()).Add(new MembershipClaim(span, subject.Entity, outside.Entity, outsideProperty, false, null, time) { SharedBy = outside.Entity.Id });
                }
            }
        }
    }

    /// <summary>Reads ", (which) is", "are", "was", "has been", "has never": the verb of the predicate, or an appositive
    /// comma alone ("Finland, a NATO member").</summary>
    /// <returns><see langword="false"/> when no such verb starts at <paramref name="k"/>.</returns>
    private static bool TryReadVerb(SentenceContext s, ref int k, bool plural, out bool past)
    {
        past = false;
        var appositive = false;
        if (s.TokenAt(k)?.Is(',') == true)
        {
            k++;

            // "Finland, a NATO member"; several subjects only with a word that gathers them ("Finland and Sweden, both
            // now members") or a membership noun phrase right away ("Norway and Iceland, NATO members that ...").
            appositive = !plural || s.IsWordAt(k, "both", "all") || (s.MentionStartingAt(k) is { } o && s.Vocabulary.MatchNoun(s.Tokens, o.End).Length > 0);
            if (s.IsWordAt(k, "which", "who", "that"))
            {
                k++;
                appositive = false;
            }
        }

        if (s.IsWordAt(k, plural ? "are" : "is") || s.IsWordAt(k, plural ? "remain" : "remains"))
        {
            k++;
        }
        else if (s.IsWordAt(k, plural ? "were" : "was"))
        {
            past = true;
            k++;
        }
        else if (s.IsWordAt(k, plural ? "have" : "has") && s.IsWordAt(k + 1, "been"))
        {
            k += 2;
        }
        else if (s.IsWordAt(k, plural ? "have" : "has") && s.IsWordAt(k + 1, "never") && s.IsWordAt(k + 2, "been"))
        {
            // "has never been a member": handled as a negation.
            k += 1;
        }
        else if (!appositive)
        {
            return false;
        }

        return true;
    }

    /// <summary>Reads "not (yet)", "no longer", "never been".</summary>
    /// <returns>Whether the predicate is negated.</returns>
    private static bool ReadNegation(SentenceContext s, ref int k)
    {
        if (s.IsWordAt(k, "not"))
        {
            k++;
            if (s.IsWordAt(k, "yet", "currently", "even"))
            {
                k++;
            }

            return true;
        }

        if ((s.IsWordAt(k, "no") && s.IsWordAt(k + 1, "longer")) || (s.IsWordAt(k, "never") && s.IsWordAt(k + 1, "been")))
        {
            k += 2;
            return true;
        }

        return false;
    }

    /// <summary>Reads "a"/"an" for one subject, an optional "all"/"both" for several.</summary>
    /// <returns><see langword="false"/> when one subject has no article.</returns>
    private static bool TryReadArticle(SentenceContext s, ref int k, bool plural)
    {
        if (plural)
        {
            if (s.IsWordAt(k, "all", "both"))
            {
                k++;
            }

            // "both now members": the article's own time, which the sentence's time already is unless it names another.
            if (s.IsWordAt(k, "now"))
            {
                k++;
            }

            return true;
        }

        if (s.IsWordAt(k, "a", "an"))
        {
            k++;
            return true;
        }

        return false;
    }

    /// <summary>Reads "NATO member" or "member of (the) NATO (and the EU)": the organizations and their members property.</summary>
    /// <returns>The organizations (none when the words name no members property of them); <see langword="null"/> when the
    /// words are not a membership noun phrase at all.</returns>
    // "X belongs to NATO", "X and Y belong to neither NATO nor the EU" (a member of none of them).
    private static void BelongsTo(SentenceContext s, IReadOnlyList<Mention> subjects, int k, ref List<Claim>? claims)
    {
        if (!s.IsWordAt(k, "to"))
        {
            return;
        }

        if (NeitherReader.NeitherClub(s, k) is var (one, other))
        {
            // "X and Y belong to neither club": the two organizations the text names, confirmed.
            foreach (var organization in new[] { one, other })
            {
                foreach (var subject in subjects)
                {
                    if (subject.Entity.Id != organization.Id && MembersOf(s, organization) is { } members)
                    {
                        (claims ??= new List<Claim>()).Add(new MembershipClaim(subjects.Count > 1 ? subject.Span : SpanOf(s.Tokens, subject.First, k + 2), subject.Entity, organization, members, false, null, s.Time) { ConfirmOnly = true });
                    }
                }
            }

            return;
        }

        var neither = s.IsWordAt(k + 1, "neither");
        k += neither ? 2 : 1;
        var found = new List<Mention>(2);
        while (s.MentionStartingAt(SkipDeterminer(s, k)) is { Kind: not MentionKind.Adjective, IsPossessive: false } o && MembersOf(s, o.Entity) is not null)
        {
            found.Add(o);
            k = o.End;
            if (!s.IsWordAt(k, neither ? "nor" : "and") || found.Count > 1)
            {
                break;
            }

            k++;
        }

        // "neither NATO nor" a body the facts do not know, or a list left open: unread.
        if (found.Count == 0 || (neither && found.Count < 2) || s.IsWordAt(k, "nor", "and") || s.IsWordAt(k, "or") || s.IsWordAt(k - 1, "nor", "and"))
        {
            return;
        }

        foreach (var organization in found)
        {
            foreach (var subject in subjects)
            {
                if (subject.Entity.Id != organization.Entity.Id)
                {
                    var span = subjects.Count > 1 ? subject.Span : SpanOf(s.Tokens, subject.First, organization.End - 1);
                    (claims ??= new List<Claim>()).Add(new MembershipClaim(span, subject.Entity, organization.Entity, MembersOf(s, organization.Entity)!, !neither, null, s.Time));
                }
            }
        }
    }

    private static List<(Mention Organization, PropertyDefinition Property)>? ReadOrganizations(SentenceContext s, ref int k, bool plural, IReadOnlyList<Mention> subjects, bool negated)
    {
        var organizations = new List<(Mention Organization, PropertyDefinition Property)>();
        if (s.MentionStartingAt(k) is { } o1)
        {
            // "a NATO member"; "an EU and NATO member": both.
            var o2 = s.IsWordAt(o1.End, "and") && s.MentionStartingAt(o1.End + 1) is { Kind: not MentionKind.Adjective, IsPossessive: false } second ? second : null;
            var end = o2?.End ?? o1.End;
            var (length, nouns) = s.Vocabulary.MatchNoun(s.Tokens, end);
            if (length > 0 && IsNumber(s, end, length, plural) && MembersProperty(o1.Entity, nouns, allowCount: false) is { } property)
            {
                organizations.Add((o1, property));
                if (o2 is not null)
                {
                    if (MembersProperty(o2.Entity, nouns, allowCount: false) is not { } property2)
                    {
                        return null;
                    }

                    organizations.Add((o2, property2));
                }
            }

            k = end + length;
            return organizations;
        }

        // "a member of (the) NATO", "a member of the EU and NATO"
        var (nounLength, memberNouns) = s.Vocabulary.MatchNoun(s.Tokens, k);
        if (nounLength == 0 || !IsNumber(s, k, nounLength, plural))
        {
            return null;
        }

        if (!s.IsWordAt(k + nounLength, "of"))
        {
            // "Turkey, a member since 1952", "Sweden, which is not yet a member,": of the organization the text is about.
            var after = s.TokenAt(k + nounLength);
            if ((after is null || after.Value.Kind == TokenKind.Punctuation || s.IsWordAt(k + nounLength, "since", "today", "now"))
                && !(after?.Is('-') == true) && TopicOrganization.Find(s, memberNouns, subjects) is { } topic)
            {
                organizations.Add(topic);
                k += nounLength;
                return organizations;
            }

            return null;
        }

        k = k + nounLength + 1;
        while (s.MentionStartingAt(SkipDeterminer(s, k)) is { } o && MembersProperty(o.Entity, memberNouns, allowCount: false) is { } found)
        {
            organizations.Add((o, found));
            k = o.End;

            // "not a member of NATO or the EU": of neither.
            if (!(s.IsWordAt(k, "and") || (negated && s.IsWordAt(k, "or"))) || organizations.Count > 1)
            {
                break;
            }

            k++;
        }

        return s.IsWordAt(k - 1, "and", "or") ? null : organizations;
    }

    // A singular subject takes "a member", a plural one "members".
    private static bool IsNumber(SentenceContext s, int start, int length, bool plural)
    {
        var last = s.TokenSpan[start + length - 1].Text;
        var isPlural = last.EndsWith("s", System.StringComparison.OrdinalIgnoreCase) && !last.EndsWith("ss", System.StringComparison.OrdinalIgnoreCase);
        return isPlural == plural;
    }
}
