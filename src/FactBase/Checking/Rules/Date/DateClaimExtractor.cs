using System;
using System.Collections.Generic;
using System.Linq;
using FactBase.Checking.Sentences;
using FactBase.Checking.Time;
using FactBase.Checking.Vocabulary;
using FactBase.Model;
using static FactBase.Checking.Rules.ExtractorHelpers;

namespace FactBase.Checking.Rules.Date;

/// <summary>
/// Finds dates stated by a property's verbs: "NATO, founded in 1948", "NATO was established on 4 April 1949",
/// "Founded in 1949, NATO ...", "born in 1946", "declared independence in 1991"; and joining dates of
/// members: "Finland, which joined NATO in 2023", "Sweden became a member of NATO in 2024".
/// </summary>
public sealed class DateClaimExtractor : IClaimExtractor
{
    /// <inheritdoc/>
    public IEnumerable<Claim> Extract(SentenceContext s)
    {
        // Every dated fact is of an entity the sentence names.
        if (s.Mentions.Count == 0)
        {
            return Array.Empty<Claim>();
        }

        List<Claim>? claims = null; // most sentences state no date: allocate on the first claim only
        var t = s.Tokens;
        for (int i = 0, count = t.Count; i < count; i++)
        {
            if ((s.CuesAt(i) & TokenCues.Verb) == 0)
            {
                continue; // the cheap test: no verb starts here
            }

            var (length, properties) = s.Vocabulary.MatchVerb(t, i);
            if (length == 0 || s.MentionAt(i) is not null)
            {
                continue;
            }

            var dateProperties = OfKind(properties, PropertyKind.Date);
            if (dateProperties is not null && DatedFact(s, i, length, dateProperties) is { } dateClaim)
            {
                (claims ??= new List<Claim>()).Add(dateClaim);
            }

            var memberProperties = OfKind(properties, PropertyKind.Members);
            if (memberProperties is not null && JoinDate(s, i, length, memberProperties) is { } joinClaim)
            {
                (claims ??= new List<Claim>()).Add(joinClaim);
            }

            i += length - 1;
        }

        return claims ?? (IEnumerable<Claim>)Array.Empty<Claim>();
    }

    /// <summary>The properties of one kind, in order, or <see langword="null"/> for none.</summary>
    private static List<PropertyDefinition>? OfKind(IReadOnlyList<PropertyDefinition> properties, PropertyKind kind)
    {
        List<PropertyDefinition>? found = null;
        for (var i = 0; i < properties.Count; i++)
        {
            var p = properties[i];
            if (p.Kind == kind)
            {
                (found ??= new List<PropertyDefinition>()).Add(p);
            }
        }

        return found;
    }

    private static Claim? DatedFact(SentenceContext s, int verb, int length, List<PropertyDefinition> properties)
    {
        var date = DateAfter(s, verb + length);
        if (date is null)
        {
            return null;
        }

        PropertyDefinition? Has(Entity e) => properties.FirstOrDefault(p => e.GetFact(p.Name)?.Date is not null);

        var subject = SubjectBefore(s, verb, e => Has(e) is not null);

        // "Founded in 1949, NATO ..." / "Founded in 1948, the EU ...": the subject follows the participle phrase.
        if (subject is null && verb == 0 && s.TokenAt(date.Value.End)?.Is(',') == true
            && s.MentionStartingAt(SkipDeterminer(s, date.Value.End + 1)) is { } after && Has(after.Entity) is not null)
        {
            subject = after;
        }

        if (subject is null)
        {
            return null;
        }

        return new DateClaim(SpanOf(s.Tokens, date.Value.First, date.Value.End - 1), subject.Entity, Has(subject.Entity)!, date.Value.Date);
    }

    private static Claim? JoinDate(SentenceContext s, int verb, int length, List<PropertyDefinition> properties)
    {
        if (s.MentionStartingAt(SkipDeterminer(s, verb + length)) is not { } organization)
        {
            return null;
        }

        PropertyDefinition? property = null;
        foreach (var p in properties)
        {
            if (organization.Entity.GetFact(p.Name) is { IsTimeline: true })
            {
                property = p;
                break;
            }
        }

        if (property is null)
        {
            return null;
        }

        var date = DateAfter(s, organization.End);
        var member = SubjectBefore(s, verb, e => e.Id != organization.Entity.Id);
        if (date is null || member is null)
        {
            return null;
        }

        return new JoinDateClaim(SpanOf(s.Tokens, date.Value.First, date.Value.End - 1), member.Entity, organization.Entity, property, date.Value.Date);
    }

    /// <summary>"in 1949", "on 4 April 1949", "in April 1949", "back in 1949" right after <paramref name="k"/>.</summary>
    private static (FactDate Date, int First, int End)? DateAfter(SentenceContext s, int k)
    {
        if (s.IsWordAt(k, "back"))
        {
            k++;
        }

        if (!s.IsWordAt(k, "in", "on"))
        {
            return null;
        }

        var read = DateExpression.Read(s.Tokens, k + 1);
        return read is { } r ? (r.Date, k + 1, k + 1 + r.Length) : null;
    }
}
