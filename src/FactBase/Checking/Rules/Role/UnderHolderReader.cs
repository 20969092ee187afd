using System.Collections.Generic;
using FactBase.Checking.Mentions;
using FactBase.Checking.Sentences;
using FactBase.Checking.Time;
using FactBase.Checking.Vocabulary;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules.Role;

/// <summary>
/// Service under an office holder at a time: "the reform passed in 1999 under Prime Minister X", "she served under
/// Chancellor X in 2007", "In 2003, under President X, the country ...": a claim that X held the office at the time the
/// phrase speaks of (a <see cref="RoleClaim"/> read at that time).
/// </summary>
/// <remarks>The time is a date right before "under" or right after the name, else the one time the sentence's opening
/// phrase or the narrative gives it; silent when there is none, or when the sentence names other times too (the phrase may
/// be of any of them). The office is the one by that title of the country written before it ("under Italian Prime Minister
/// X"), else those by that title the person held, else the one country of the sentence or paragraph that has such an
/// office. Silent: "Under Secretary" (capitalized mid-sentence, or after "the"/"an": another office), a possessive
/// ("under President X's plan"), "former" titles, quoted words.</remarks>
internal static class UnderHolderReader
{
    /// <summary>The word every reading starts at: the gate.</summary>
    internal static readonly WordSet Under = new(["under"]);

    /// <summary>Adds the sentence's claims to <paramref name="claims"/>.</summary>
    public static void Read(SentenceContext s, ref List<Claim>? claims)
    {
        if (!s.HasCue(TokenCues.Title) || !s.HasWordOf(Under))
        {
            return;
        }

        var t = s.TokenSpan;
        for (var title = 1; title < t.Length; title++)
        {
            if ((s.CuesAt(title) & TokenCues.Title) == 0 || !UnderBefore(s, title))
            {
                continue;
            }

            var (length, properties) = s.Vocabulary.MatchTitle(t, title);
            if (length == 0)
            {
                continue;
            }

            // under [then-] [Qualifier] TITLE NAME
            var k = title - 1;
            var tense = RoleTense.Current;
            if (s.TokenAt(k)?.Is('-') == true && s.IsWordAt(k - 1, "then"))
            {
                tense = RoleTense.Then;
                k -= 2;
            }

            Entity? qualifier = null;
            if (s.MentionEndingBefore(k + 1) is { } q && q.Entity.Type != EntityType.Person)
            {
                qualifier = q.Entity;
                k = q.First - 1;
            }

            if (!s.IsWordAt(k, "under") || (k > 0 && t[k].IsCapitalized) || s.IsWordAt(k - 1, "the", "an", "a")
                || s.MentionStartingAt(title + length) is not { } person || person.Entity.Type != EntityType.Person || person.IsPossessive
                || person.Kind is not (MentionKind.Name or MentionKind.Surname) || s.IsQuotedAt(person.First))
            {
                continue;
            }

            if (Time(s, k, person.End) is { } time && Offices(s, person.Entity, qualifier, properties) is { Count: > 0 } offices
                && !HeldWithinWeeks(s, person.Entity, offices, time))
            {
                (claims ??= new List<Claim>()).Add(new RoleClaim(person.Span, person.Entity, offices, tense, new TimeContext(time, System.Array.Empty<FactDate>(), s.Time.AsOf))
                {
                    Title = length == 1 ? t[title].Text : null,
                });
            }

            title += length - 1;
        }
    }

    /// <summary>How near the time a term may begin or end for "under" to be loose wording rather than a wrong holder.</summary>
    private const int LooseDays = 62;

    // "went into coalition under Prime Minister X in September 2022" for a term that began in October: the phrase names
    // the government the event led to, a matter of weeks; only a holder far from the time is a wrong one.
    private static bool HeldWithinWeeks(SentenceContext s, Entity person, List<OfficeRef> offices, FactDate time)
    {
        var terms = s.KnowledgeBase.GetTermsOf(person.Id);
        for (var t = 0; t < terms.Count; t++)
        {
            var term = terms[t];
            if (!offices.Exists(o => o.Organization.Id == term.Organization.Id && o.Property.Name == term.Property.Name))
            {
                continue;
            }

            var startsSoonAfter = term.From.DayNumber - time.LastDayNumber is >= 0 and <= LooseDays;
            var endedJustBefore = term.To is { } to && time.DayNumber - to.LastDayNumber is >= 0 and <= LooseDays;
            if (startsSoonAfter || endedJustBefore)
            {
                return true;
            }
        }

        return false;
    }

    // "under" among the few words before the title (then-, a country's name): tested before the title is matched.
    private static bool UnderBefore(SentenceContext s, int title)
    {
        for (var k = title - 1; k >= 0 && k >= title - 5; k--)
        {
            if (s.IsWordAt(k, "under"))
            {
                return true;
            }
        }

        return false;
    }

    // The time the phrase speaks of: "in 1999 under ...", "under ... X in 2007", else the sentence's one time.
    private static FactDate? Time(SentenceContext s, int under, int end)
    {
        if (s.IsWordAt(end, "in", "on") && DateExpression.Read(s.TokenSpan, end + 1) is { } after && SinceReader.HasYear(s, end + 1, after.Length)
            && (s.TokenAt(end + 1 + after.Length) is not { } next || next.Kind == TokenKind.Punctuation || next.IsWord("and")))
        {
            return after.Date;
        }

        // "in January 1999 under": the date ends right before "under".
        for (var start = under - 1; start >= 0 && start >= under - 4; start--)
        {
            if (s.IsWordAt(start - 1, "in", "on") && DateExpression.Read(s.TokenSpan, start) is { } before && start + before.Length == under
                && SinceReader.HasYear(s, start, before.Length))
            {
                return before.Date;
            }
        }

        var time = s.Time;
        var named = time.Carried || time.Primary != time.AsOf;
        return named && time.Others.Count == 0 ? time.Primary : null;
    }

    // The offices the title may mean for the person: of the qualifier written, else by that title the person held, else
    // of the one country or organisation of the sentence or paragraph that has such an office.
    private static List<OfficeRef>? Offices(SentenceContext s, Entity person, Entity? qualifier, IReadOnlyList<PropertyDefinition> properties)
    {
        var found = new List<OfficeRef>();
        if (qualifier is not null)
        {
            Add(found, qualifier, properties);
            return found;
        }

        foreach (var held in NamedOffice.OfficesOf(s, person))
        {
            foreach (var property in properties)
            {
                if (held.Property.Name == property.Name && !found.Contains(held))
                {
                    found.Add(held);
                }
            }
        }

        if (found.Count > 0)
        {
            return found;
        }

        Entity? only = null;
        foreach (var place in PlacesAround(s))
        {
            var before = found.Count;
            Add(found, place, properties);
            if (found.Count > before)
            {
                if (only is not null && only.Id != place.Id)
                {
                    return null;
                }

                only = place;
            }
        }

        return found;
    }

    // The entities that are no person named in the sentence and earlier in its paragraph.
    private static IEnumerable<Entity> PlacesAround(SentenceContext s)
    {
        foreach (var m in s.Mentions)
        {
            if (m.Entity.Type != EntityType.Person)
            {
                yield return m.Entity;
            }
        }

        if (s.Document is { } document)
        {
            for (var k = document.Salience.Count - 1; k >= 0 && document.Salience[k].Paragraph == document.Paragraph && document.Salience[k].Sentence >= document.Sentence - NamedOffice.Reach; k--)
            {
                if (document.Salience[k].Entity.Type != EntityType.Person)
                {
                    yield return document.Salience[k].Entity;
                }
            }
        }
    }

    private static void Add(List<OfficeRef> found, Entity owner, IReadOnlyList<PropertyDefinition> properties)
    {
        foreach (var property in properties)
        {
            var office = new OfficeRef(owner, property);
            if (owner.GetFact(property.Name) is { IsTimeline: true } fact && fact.Timeline.Count > 0 && !found.Contains(office))
            {
                found.Add(office);
            }
        }
    }
}
