using System;
using System.Collections.Generic;
using FactBase.Checking.Mentions;
using FactBase.Checking.Numbers;
using FactBase.Checking.Sentences;
using FactBase.Checking.Time;
using FactBase.Model;
using FactBase.Text;
using static FactBase.Checking.Rules.ExtractorHelpers;

namespace FactBase.Checking.Rules.Date;

/// <summary>
/// Reads an anniversary of joining told by an ordinal as the joining year: "Poland marked the 25th anniversary of its
/// accession to NATO", "the 20th anniversary of the accession of Bulgaria, Estonia and Latvia", "Croatia's tenth
/// anniversary of membership", and, after a sentence has spoken of joining anniversaries, "the 25th for Czechia, Hungary
/// and Poland; the 20th for Bulgaria and Romania". The year is the anniversary's (the time the sentence speaks of) less the
/// ordinal: approximate, as <see cref="YearsSinceReader"/> reads "marked 20 years in the alliance", so only a date more
/// than a year off is reported, and never rewritten.
/// </summary>
/// <remarks>The organization is the one named after the noun ("to NATO", "in the EU"), else the one the sentence, paragraph
/// or text is about. Silent: a name that was never a member (the whole list then), a list with anything but names, an
/// anniversary of something else ("the 75th anniversary of the treaty"), a sentence with no joining word before "the Nth
/// for".</remarks>
internal static class JoiningAnniversaryReader
{
    private static readonly string[] JoiningNouns = { "accession", "entry", "joining", "membership", "admission" };

    /// <summary>Adds the claims of the ordinal that starts at <paramref name="i"/>, if it is an anniversary of joining.</summary>
    public static void Read(SentenceContext s, int i, ref List<Claim>? claims)
    {
        if (!s.IsWordAt(i - 1, "the") || NumberWords.Read(s.TokenSpan, i) is not { Ordinal: true, Value: > 0 and < 200 } n)
        {
            return;
        }

        var end = i + n.Length;
        List<Mention>? members = null;
        Entity? organization = null;
        var last = -1;
        if (s.IsWordAt(end, "anniversary") && s.IsWordAt(end + 1, "of"))
        {
            var k = end + 2;
            if (s.IsWordAt(k, "the") && s.IsWordAt(k + 1, JoiningNouns) && s.IsWordAt(k + 2, "of"))
            {
                // "the 20th anniversary of the accession of Bulgaria, Estonia and Latvia"
                members = Names(s, k + 3, out last);
                k = last + 1;
            }
            else if (s.MentionStartingAt(k) is { IsPossessive: true, Kind: MentionKind.Name } owner && s.IsWordAt(owner.End, JoiningNouns))
            {
                // "the 25th anniversary of Poland's accession"
                members = new List<Mention> { owner };
                last = owner.End;
                k = owner.End + 1;
            }
            else if (s.IsWordAt(k, "its", "their") && s.IsWordAt(k + 1, JoiningNouns) && SubjectBefore(s, i - 2, static e => e.Type != EntityType.Person) is { Kind: MentionKind.Name } subject)
            {
                // "Poland marked the 25th anniversary of its accession"
                members = ConjunctsBefore(s, subject);
                members.Insert(0, subject);
                last = k + 1;
                k += 2;
            }
            else
            {
                return;
            }

            if (s.IsWordAt(k, "to", "into", "in", "of", "with") && s.MentionStartingAt(SkipDeterminer(s, k + 1)) is { IsPossessive: false } joined)
            {
                organization = joined.Entity;
                last = joined.End - 1;
            }
        }
        else if (s.IsWordAt(end, "for") && SpokeOfJoiningAnniversaries(s, i - 1))
        {
            // "... accession anniversaries: the 25th for Czechia, Hungary and Poland; the 20th for ..."
            members = Names(s, end + 1, out last);
            if (members is not null && s.TokenAt(last + 1) is { } after && !(after.Is(';') || after.Is('.') || after.Is(',')))
            {
                return;
            }
        }

        if (members is null || members.Count == 0)
        {
            return;
        }

        organization ??= OneOrganizationWithMembers(s);
        if (organization is null || MembersOf(s, organization) is not { } property)
        {
            return;
        }

        var timeline = organization.GetFact(property.Name)!;
        foreach (var member in members)
        {
            if (member.Entity.Id == organization.Id || !WasMember(timeline, member.Entity))
            {
                return; // a name that never joined: the list is not of members
            }
        }

        var span = SpanOf(s.Tokens, i - 1, last);
        var claimed = new FactDate(s.Time.Primary.Year - n.Value);
        for (var m = 0; m < members.Count; m++)
        {
            (claims ??= new List<Claim>()).Add(new JoinDateClaim(span, members[m].Entity, organization, property, claimed)
            {
                Reading = TimeReading.Approximate,
                SharedBy = members.Count > 1 ? members[m].Entity.Id + "/" + organization.Id : null,
            });
        }
    }

    // "Bulgaria, Estonia and Latvia": names only, joined by commas and one "and"; the index of the last token in `last`.
    private static List<Mention>? Names(SentenceContext s, int k, out int last)
    {
        last = -1;
        var names = new List<Mention>();
        while (s.MentionStartingAt(k) is { IsPossessive: false, Kind: MentionKind.Name } name && name.Entity.Type != EntityType.Person)
        {
            names.Add(name);
            last = name.End - 1;
            k = name.End;
            if (s.TokenAt(k)?.Is(',') == true && s.MentionStartingAt(k + 1) is not null)
            {
                k++;
            }
            else if (s.TokenAt(k)?.Is(',') == true && s.IsWordAt(k + 1, "and"))
            {
                k += 2;
            }
            else if (s.IsWordAt(k, "and"))
            {
                k++;
            }
            else
            {
                break;
            }
        }

        return names.Count == 0 ? null : names;
    }

    // A word of anniversaries and a word of joining before the ordinal: "round accession anniversaries:".
    private static bool SpokeOfJoiningAnniversaries(SentenceContext s, int before)
    {
        var anniversary = false;
        var joining = false;
        for (var k = 0; k < before; k++)
        {
            var token = s.TokenSpan[k];
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            anniversary |= token.Text.StartsWith("anniversar", StringComparison.OrdinalIgnoreCase);
            joining |= Array.IndexOf(JoiningNouns, token.Text.ToLowerInvariant()) >= 0;
        }

        return anniversary && joining;
    }

    // The one organization with members that the sentence names, else the one the paragraph or text is about.
    private static Entity? OneOrganizationWithMembers(SentenceContext s)
    {
        Entity? found = null;
        for (var m = 0; m < s.Mentions.Count; m++)
        {
            var entity = s.Mentions[m].Entity;
            if (MembersOf(s, entity) is not null)
            {
                if (found is not null && found.Id != entity.Id)
                {
                    return null;
                }

                found = entity;
            }
        }

        return found ?? (s.Document is { } state ? OrganizationInContext.Find(state, e => MembersOf(s, e) is not null, paragraphOnly: false, s.KnowledgeBase) : null);
    }

    private static bool WasMember(Fact timeline, Entity entity)
    {
        for (var t = 0; t < timeline.Timeline.Count; t++)
        {
            if (timeline.Timeline[t].Value == entity.Id)
            {
                return true;
            }
        }

        return false;
    }

}
