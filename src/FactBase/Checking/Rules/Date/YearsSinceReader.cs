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

namespace FactBase.Checking.Rules.Date;

/// <summary>
/// Reads an anniversary of a dated event as the event's year: "Finland marked one year since joining NATO on Thursday",
/// "Latvia marked 20 years in the alliance on Friday" (a joining date), "Ukraine marked 34 years since it declared
/// independence" (a date property's verb). The year is the anniversary's year less the years: approximate, so only a
/// date more than a year off is reported, and never rewritten.
/// </summary>
internal static class YearsSinceReader
{
    private static readonly HashSet<string> Marking = new(StringComparer.OrdinalIgnoreCase)
    {
        "marked", "marks", "mark", "marking", "celebrated", "celebrates", "celebrate", "celebrating", "commemorated", "commemorates",
    };

    /// <summary>The same words: a trigger list (<see cref="TriggerWords"/>), so a sentence with none returns on a bit.</summary>
    internal static readonly WordSet MarkingVerbs = new(Marking);

    /// <summary>Adds the claim whose number of years starts at <paramref name="i"/>, if there is one.</summary>
    public static void Read(SentenceContext s, int i, ref List<Claim>? claims)
    {
        var verb = i - 1;
        if (!s.HasWordOf(MarkingVerbs) || !s.IsWordAt(verb, Marking))
        {
            return; // the cheap test first: most numbers follow no verb of marking
        }

        // "20 years", "twenty years", "one year", "a year".
        int years, unit;
        if (s.IsWordAt(i, "one", "a") && s.IsWordAt(i + 1, "year"))
        {
            years = 1;
            unit = i + 1;
        }
        else if (NumberWords.Read(s.TokenSpan, i) is { Ordinal: false, Value: > 1 and < 1000 } n && s.IsWordAt(i + n.Length, "years"))
        {
            years = n.Value;
            unit = i + n.Length;
        }
        else
        {
            return;
        }

        var k = unit + 1;
        if (s.IsWordAt(k, "in"))
        {
            // "20 years in the alliance": as a member since.
            if (s.MentionStartingAt(SkipDeterminer(s, k + 1)) is not { IsPossessive: false } organization || MembersOf(s, organization.Entity) is not { } property)
            {
                return;
            }

            Join(s, i, unit, verb, organization, property, organization.End, years, ref claims);
            return;
        }

        if (!s.IsWordAt(k, "since"))
        {
            return;
        }

        k++;
        var pronoun = s.IsWordAt(k, "it", "they");
        if (pronoun)
        {
            k++;
        }

        var joining = !pronoun && s.IsWordAt(k, "joining") ? 1 : 0;
        if (joining == 0 && (s.CuesAt(k) & Vocabulary.TokenCues.Verb) == 0)
        {
            return;
        }

        var (length, properties) = joining == 1 ? (0, (IReadOnlyList<PropertyDefinition>)Array.Empty<PropertyDefinition>()) : s.Vocabulary.MatchVerb(s.Tokens, k);
        if (length == 0 && joining == 0)
        {
            return;
        }

        var after = k + Math.Max(length, joining);
        if (s.MentionStartingAt(SkipDeterminer(s, after)) is { IsPossessive: false } joined && MembersOf(s, joined.Entity) is { } members
            && (joining == 1 || properties.Contains(members)))
        {
            Join(s, i, unit, verb, joined, members, joined.End, years, ref claims);
            return;
        }

        if (joining == 1)
        {
            return;
        }

        // "marked 34 years since it declared independence": a date property of the subject.
        foreach (var property in properties)
        {
            if (property.Kind != PropertyKind.Date)
            {
                continue;
            }

            if (SubjectBefore(s, verb, e => e.GetFact(property.Name)?.Date is not null) is not { } subject)
            {
                continue;
            }

            var at = EventYear(s, after);
            (claims ??= new List<Claim>()).Add(new DateClaim(SpanOf(s.Tokens, i, unit), subject.Entity, property, new FactDate(at - years)) { Reading = TimeReading.Approximate });
            return;
        }
    }

    private static void Join(SentenceContext s, int i, int unit, int verb, Mention organization, PropertyDefinition property, int after, int years, ref List<Claim>? claims)
    {
        var timeline = organization.Entity.GetFact(property.Name)!.Timeline;
        bool WasMember(Entity e) => e.Id != organization.Entity.Id && timeline.Any(entry => entry.Value == e.Id);
        if (SubjectBefore(s, verb, WasMember) is not { } member)
        {
            return;
        }

        var claimed = new FactDate(EventYear(s, after) - years);
        var span = SpanOf(s.Tokens, i, unit);
        (claims ??= new List<Claim>()).Add(new JoinDateClaim(span, member.Entity, organization.Entity, property, claimed) { Reading = TimeReading.Approximate });
        foreach (var other in ConjunctsBefore(s, member))
        {
            if (WasMember(other.Entity))
            {
                claims.Add(new JoinDateClaim(span, other.Entity, organization.Entity, property, claimed) { SharedBy = other.Entity.Id + "/" + organization.Entity.Id, Reading = TimeReading.Approximate });
            }
        }
    }

    /// <summary>The year of the anniversary: a time right after the phrase ("on Thursday", "in 2024"), else the sentence's.</summary>
    private static int EventYear(SentenceContext s, int k)
    {
        var tokens = s.TokenSpan;
        var time = s.Time;
        var at = s.IsWordAt(k, "on", "in") ? k + 1 : k;
        if (at > k && DateExpression.Read(tokens, at) is { } date)
        {
            return date.Date.Year;
        }

        return RelativeTime.Read(tokens, at, time.AsOf, time.Narrative) is { Present: false } relative ? relative.Date.Year : time.Primary.Year;
    }

}
