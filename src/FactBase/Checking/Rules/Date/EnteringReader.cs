using System.Collections.Generic;
using FactBase.Checking.Mentions;
using FactBase.Checking.Sentences;
using FactBase.Checking.Vocabulary;
using FactBase.Model;
using FactBase.Text;
using static FactBase.Checking.Rules.ExtractorHelpers;

namespace FactBase.Checking.Rules.Date;

/// <summary>
/// Joinings told by verbs of entering and admitting, which newsrooms use beside "joined": "Austria entered the European
/// Union in 1995", "Bulgaria and Romania were admitted to the EU in 2007", "NATO admitted Montenegro in 2017", "the EU took
/// in Croatia in 2013". The organization must be named right after the verb (or, for "admitted" and "took in", be the
/// subject before it) and the time must follow it, as for "joined".
/// </summary>
/// <remarks>Silent: "entered" with no organization after it ("Italy entered in 1915", "entered the war", "entered NATO
/// airspace": a time must follow the name), an object that is not a member the organization has had.</remarks>
internal static class EnteringReader
{
    /// <summary>The verbs read, a trigger list (<see cref="TriggerWords"/>).</summary>
    internal static readonly WordSet Verbs = new(["entered", "admitted", "took"]);

    /// <summary>Reads the joining told by the verb at <paramref name="verb"/>.</summary>
    public static void Read(SentenceContext s, int verb, ref List<Claim>? claims)
    {
        if (s.IsWordAt(verb, "took") && !s.IsWordAt(verb + 1, "in"))
        {
            return;
        }

        var properties = new List<PropertyDefinition>();
        foreach (var p in s.Vocabulary.MemberProperties)
        {
            if (p.Kind == PropertyKind.Members)
            {
                properties.Add(p);
            }
        }

        if (properties.Count == 0)
        {
            return;
        }

        if (s.IsWordAt(verb, "entered") && OrganizationAt(s, SkipDeterminer(s, verb + 1), properties))
        {
            // "Austria entered the European Union in 1995": as "joined".
            DateClaimExtractor.JoinDates(s, verb, 1, properties, ref claims);
            return;
        }

        if (s.IsWordAt(verb, "admitted") && s.IsWordAt(verb + 1, "to", "into") && s.IsWordAt(verb - 1, "was", "were", "been")
            && OrganizationAt(s, SkipDeterminer(s, verb + 2), properties))
        {
            // "Bulgaria and Romania were admitted to the EU in 2007": the subject before the auxiliary joined.
            DateClaimExtractor.JoinDates(s, verb, 2, properties, ref claims);
            return;
        }

        var objectAt = s.IsWordAt(verb, "admitted") ? verb + 1 : s.IsWordAt(verb, "took") && s.IsWordAt(verb + 1, "in") ? verb + 2 : -1;
        if (objectAt < 0 || SubjectBefore(s, verb, e => HasMembers(s, e)) is not { } organization || DateClaimExtractor.MembersOf(organization.Entity, properties) is not { } property)
        {
            return;
        }

        // "NATO admitted Montenegro in 2017", "the EU took in Croatia in 2013", "admitted Greece and Turkey in 1952": the
        // members named after the verb, each one the organization has had, then the time.
        var members = new List<Mention>();
        var k = objectAt;
        while (s.MentionStartingAt(k) is { IsPossessive: false } member && member.Kind != MentionKind.Adjective && member.Entity.Type == EntityType.Country)
        {
            members.Add(member);
            k = member.End;
            if (NextConjunct(s, k) is { } next)
            {
                k = next.Mention.First;
            }
        }

        if (members.Count == 0 || DateClaimExtractor.JoinTimeAfter(s, k) is not { } date || !DateClaimExtractor.EndsClauseAt(s, date.End))
        {
            return;
        }

        var span = SpanOf(s.Tokens, date.First, date.End - 1);
        foreach (var member in members)
        {
            if (organization.Entity.GetFact(property.Name)?.Timeline is { } timeline && HadMember(timeline, member.Entity.Id))
            {
                var shared = members.Count > 1 ? member.Entity.Id + "/" + organization.Entity.Id : null;
                (claims ??= new List<Claim>()).Add(new JoinDateClaim(span, member.Entity, organization.Entity, property, date.Date) { SharedBy = shared, Reading = date.Reading });
            }
        }
    }

    // Whether an organization with members starts at k, named whole (not "NATO airspace" read as the name alone: the time
    // after it is checked by the joining reader).
    private static bool OrganizationAt(SentenceContext s, int k, List<PropertyDefinition> properties)
        => s.MentionStartingAt(k) is { IsPossessive: false } m && m.Kind != MentionKind.Adjective && DateClaimExtractor.MembersOf(m.Entity, properties) is not null;

    private static bool HadMember(EquatableArray<TimelineEntry> timeline, string id)
    {
        foreach (var entry in timeline)
        {
            if (entry.Value == id)
            {
                return true;
            }
        }

        return false;
    }
}
