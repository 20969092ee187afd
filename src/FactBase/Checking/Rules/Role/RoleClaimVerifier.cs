using System;
using System.Collections.Generic;
using FactBase.Checking.Time;
using FactBase.Knowledge;
using FactBase.Model;
using static FactBase.Checking.Rules.VerifierHelpers;

namespace FactBase.Checking.Rules.Role;

/// <summary>Checks who holds an office at the times the sentence speaks of, with the tense the title is written in.</summary>
/// <remarks>Returns <see langword="null"/> when the facts cannot decide: silence beats a false alarm.</remarks>
public sealed class RoleClaimVerifier : IClaimVerifier
{
    /// <inheritdoc/>
    public Type ClaimType => typeof(RoleClaim);

    /// <inheritdoc/>
    public ClaimVerdict? Verify(Claim claim, VerificationContext context) => Verify((RoleClaim)claim, context);

    private static ClaimVerdict? Verify(RoleClaim c, VerificationContext v)
    {
        var terms = TermsIn(v.KnowledgeBase.GetTermsOf(c.Subject.Id), c.Offices);
        var office = c.Offices[0];
        var fact = office.Organization.GetFact(office.Property.Name)!;

        // Only messages need the title: most claims are supported, and their messages are often left empty.
        string Title() => Wording.Office(office.Property, office.Organization, c.Title);
        var s = c.Subject.Name;
        var w = v.Words;

        switch (c.Tense)
        {
            case RoleTense.Former:
                for (var k = 0; k <= c.Time.Others.Count; k++)
                {
                    var at = TimeAt(c.Time, k);
                    if (AnyStartedBy(terms, at) && !AnyOverlaps(terms, at.Latest))
                    {
                        return v.Supported(office.Organization, office.Property.Name, fact.Location, $"{s} was {Title()} before {w.Date(at)}");
                    }
                }

                // "In 2012, former President Barack Obama awarded": "former" may be the writer's, as of the article.
                if (c.Time.Primary != c.Time.AsOf && AnyStartedBy(terms, c.Time.AsOf) && !AnyOverlaps(terms, c.Time.AsOf))
                {
                    return v.Supported(office.Organization, office.Property.Name, fact.Location, $"{s} was {Title()} before {w.Date(c.Time.AsOf)}");
                }

                var current = FirstOverlapping(terms, c.Time.Primary);
                return current is not null
                    ? ClaimVerdict.Contradicted($"{s} is not a former {Title()}: in office since {w.Date(current.From)} and still {w.On(c.Time.Primary)}", $"{office.Organization.Name} {TitleOf(office.Property)} since {current.From}", null, office.Organization, office.Property.Name, current.Fact.Location)
                    : terms.Count == 0
                        ? (LastOfficeHeldBy(v, c, c.Time.Primary) is { } held
                            // "French ex-PM Sarkozy": an editor needs the office the person did hold, not today's holder.
                            ? ClaimVerdict.Contradicted(
                                $"{s} has never been {Title()}; {s} was {Wording.Office(held.Property, held.Organization)} ({(held.To is { } left ? $"{w.Date(held.From)} to {w.Date(left)}" : $"since {w.Date(held.From)}")})",
                                Wording.Office(held.Property, held.Organization),
                                null,
                                held.Organization,
                                held.Property.Name,
                                held.Entry?.Location ?? held.Fact.Location)
                            : Wrong(v, outdated: false, c, office, c.Time.Primary, $"{s} has never been {Title()}"))
                        : null;

            case RoleTense.Then:
                // The times the sentence names: the others (without the article date a carried narrative time adds), then
                // a primary time of its own, or the narrative's.
                var others = c.Time.Others.Count;
                if (c.Time.Carried && others > 0 && c.Time.Others[others - 1] == c.Time.AsOf)
                {
                    others--;
                }

                var named = others + (c.Time.Primary != c.Time.AsOf ? 1 : 0);
                if (named == 0)
                {
                    // "then-President X" with no time named and no narrative time: right if X held it at some time before
                    // the article.
                    return AnyStartedBy(terms, c.Time.AsOf)
                        ? v.Supported(office.Organization, office.Property.Name, fact.Location, $"{s} was {Title()}")
                        : c.Offices.Count == 1 ? Wrong(v, outdated: false, c, office, c.Time.AsOf, $"{s} was never {Title()} before {w.Date(c.Time.AsOf)}") : null;
                }

                var first = others > 0 ? c.Time.Others[0] : c.Time.Primary;
                for (var k = 0; k < named; k++)
                {
                    // The message names the time at which the person held it ("Villepin (2005–2008)": in 2005, not 2008).
                    var heldAt = k < others ? c.Time.Others[k] : c.Time.Primary;
                    if (AnyHeldOn(terms, heldAt, lastDay: true))
                    {
                        return v.Supported(office.Organization, office.Property.Name, fact.Location, $"{s} was {Title()} {w.On(heldAt)}");
                    }
                }

                // "X, who served as president between 1994 and 2000, died on Monday": the office may be of another time than
                // the one the sentence names; silent when the person held it at some time before the article.
                if ((c.Past || DiedBy(c.Subject, c.Time.AsOf)) && AnyStartedBy(terms, c.Time.AsOf))
                {
                    return null;
                }

                return c.Offices.Count == 1 ? Wrong(v, outdated: false, c, office, first, $"{s} was not {Title()} {w.On(first)}") : null;

            default:
                for (var k = 0; k <= c.Time.Others.Count; k++)
                {
                    var at = TimeAt(c.Time, k);
                    if (AnyHeldOn(terms, at, lastDay: !c.Investiture))
                    {
                        return v.Supported(office.Organization, office.Property.Name, fact.Location, $"{s} {(at.LastDayNumber < c.Time.AsOf.DayNumber ? "was" : "is")} {TitleHeldOn(c, terms, office, at)} {w.On(at)}");
                    }
                }

                if (c.Offices.Count > 1)
                {
                    return null;
                }

                var before = AnyStartedBy(terms, c.Time.Primary);
                if (before && (c.Earlier || c.PastEvent) && !CompanionTime.AnyOfThePast(c.Companions, v.KnowledgeBase, c.Time.AsOf))
                {
                    // "served under Chancellor X", "until President X recalled him": the service or the event, and the
                    // title with it, lies somewhere before the time the sentence speaks of. A sentence about another figure
                    // of the past is of their years, which the companions' check below asks.
                    return v.Supported(office.Organization, office.Property.Name, fact.Location, $"{s} was {Title()} before {w.Date(c.Time.Primary)}");
                }

                // A past-tense sentence with no time of its own about someone dead by then ("he was once expected to follow
                // Chancellor X") tells of the years they held the office; a dated one ("X met reporters on Monday") does not.
                if (OfTheYearsNearby(c, before ? terms : null, fact, terms)
                    || (c.Coming && AnyStartedAfter(terms, c.Time.Primary))
                    || (c.New && NextStartSoon(terms, c.Time.Primary) is not null)
                    || (before && (c.Quoted || c.Earlier || DiedLately(c.Subject, c.Time.Primary) || (c.UndatedPast && DiedBy(c.Subject, c.Time.Primary)) || (c.Outgoing && LeftLately(terms, c.Time.Primary)) || CompanionTime.Overlaps(c.Companions, terms, v.KnowledgeBase, c.Time.AsOf))))
                {
                    return null;
                }

                // Elected and not yet in office (a president-elect): the title is early, so the message says when the term
                // begins.
                if (NextStartSoon(terms, c.Time.Primary) is { } begins)
                {
                    return Wrong(
                        v,
                        outdated: before,
                        c,
                        office,
                        c.Time.Primary,
                        $"{s} {(Now(c.Time) ? "is" : "was")} not yet {Title()}{(before ? " again" : string.Empty)} {w.On(c.Time.Primary)} (the term begins on {w.Date(begins)})");
                }

                return Wrong(
                    v,
                    outdated: before,
                    c,
                    office,
                    c.Time.Primary,
                    Now(c.Time) ? (before ? $"{s} is no longer {Title()}" : $"{s} is not {Title()}")
                        : (before ? $"{s} was no longer {Title()} {w.On(c.Time.Primary)}" : $"{s} was not {Title()} {w.On(c.Time.Primary)}"))
                    ?? (!before && HeldOnlyLater(terms, c.Time.Primary)
                        // Before the facts' timeline no holder is known to name, but the person's own first term began after.
                        ? ClaimVerdict.Contradicted($"{s} was not yet {Title()} {w.On(c.Time.Primary)}: the term began on {w.Date(First(terms))}", null, null, office.Organization, office.Property.Name, fact.Location)
                        : null);
        }
    }

    /// <summary>Whether a year written near a past-tense claim may be its time: the person held the office in it (asked
    /// with <paramref name="terms"/> only when they held it before the time the claim is read at), or the facts do not reach back to it ("(1996-1998) in the government of Prime Minister Romano Prodi" when the timeline
    /// starts later). Then the title may be right for that time, and nothing is said.</summary>
    /// <remarks>A year before the timeline still counts against a person whose first term in the facts is the one that
    /// begins within a year after it (<see cref="HeldOnlyLater"/>): "Secretary of State X" in November 1996 for a term that
    /// began in January 1997.</remarks>
    private static bool OfTheYearsNearby(RoleClaim c, List<OfficeTerm>? terms, Fact fact, List<OfficeTerm> all)
    {
        if (c.NearbyYears.Count == 0)
        {
            return false;
        }

        var firstYear = FirstYear(fact);
        for (var y = 0; y < c.SentenceYears.Count; y++)
        {
            if (c.SentenceYears[y] < firstYear && !HeldOnlyLater(all, c.Time.Primary))
            {
                return true;
            }
        }

        for (var y = 0; y < c.NearbyYears.Count; y++)
        {
            var year = c.NearbyYears[y];

            for (var t = 0; terms is not null && t < terms.Count; t++)
            {
                if (terms[t].From.Year <= year && (terms[t].To is not { } to || to.Year >= year))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether the person's first term in the office begins within a year after <paramref name="at"/>: before the
    /// facts' timeline the holders are unknown, but a person who took the office so soon after was not holding it then
    /// (an earlier term would have run on into the one the facts give, and they would give it from its start).</summary>
    private static bool HeldOnlyLater(List<OfficeTerm> terms, FactDate at)
    {
        if (terms.Count == 0)
        {
            return false;
        }

        var first = First(terms);
        return first.DayNumber > at.LastDayNumber && first.DayNumber - at.LastDayNumber <= 366;
    }

    // When the first of the terms began.
    private static FactDate First(List<OfficeTerm> terms)
    {
        var first = terms[0].From;
        for (var t = 1; t < terms.Count; t++)
        {
            first = terms[t].From < first ? terms[t].From : first;
        }

        return first;
    }

    /// <summary>The office as held on <paramref name="at"/>: of every organization whose office the title may mean and the
    /// person held then ("King of the United Kingdom and Canada"), not only the first the title matched.</summary>
    private static string TitleHeldOn(RoleClaim c, List<OfficeTerm> terms, OfficeRef office, FactDate at)
    {
        List<Entity>? held = null;
        for (var t = 0; t < terms.Count; t++)
        {
            if (HeldOn(terms[t], at) && (held is null || !held.Exists(e => e.Id == terms[t].Organization.Id)))
            {
                (held ??= new List<Entity>()).Add(terms[t].Organization);
            }
        }

        return held is null ? Wording.Office(office.Property, office.Organization, c.Title) : Wording.Office(office.Property, held, c.Title);
    }

    /// <summary>Whether a term begins after <paramref name="at"/>: the office is still to come.</summary>
    /// <summary>Whether <paramref name="person"/> had died by <paramref name="at"/>: "then president X" of someone dead is of
    /// their lifetime.</summary>
    private static bool DiedBy(Entity person, FactDate at)
        => person.GetFact("died")?.Date is { } died && died.DayNumber <= at.LastDayNumber;

    /// <summary>Whether <paramref name="person"/> died in the year before <paramref name="at"/>: an obituary's title ("President
    /// Ahtisaari was 86 at the time of his death") is of their lifetime. Someone dead for longer who is said to hold an
    /// office now ("US President George Washington met reporters on Monday") is still outdated.</summary>
    private static bool DiedLately(Entity person, FactDate at)
        => person.GetFact("died")?.Date is { } died && died.DayNumber <= at.LastDayNumber && at.LastDayNumber - died.DayNumber <= 366;

    private static bool AnyStartedAfter(List<OfficeTerm> terms, FactDate at)
    {
        for (var t = 0; t < terms.Count; t++)
        {
            if (terms[t].From.DayNumber > at.LastDayNumber)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The start of a term that begins within the months after <paramref name="at"/> (between an election and the
    /// inauguration), or <see langword="null"/>.</summary>
    private static FactDate? NextStartSoon(List<OfficeTerm> terms, FactDate at)
    {
        // A year or a bound ("before 2021") is no day between an election and an inauguration.
        if (at.Precision != DatePrecision.Day)
        {
            return null;
        }

        for (var t = 0; t < terms.Count; t++)
        {
            var from = terms[t].From;
            if (from.Precision == DatePrecision.Day && from.DayNumber > at.LastDayNumber && from.DayNumber - at.LastDayNumber <= ElectedToInauguratedDays)
            {
                return from;
            }
        }

        return null;
    }

    /// <summary>The longest wait from an election to taking office the check allows for (the United States: about 11 weeks).</summary>
    private const int ElectedToInauguratedDays = 90;

    /// <summary>Whether a term ended in the weeks before <paramref name="at"/>: an "outgoing" holder still.</summary>
    private static bool LeftLately(List<OfficeTerm> terms, FactDate at)
    {
        const int Weeks = 8;
        for (var t = 0; t < terms.Count; t++)
        {
            if (terms[t].To is { } to && to.DayNumber <= at.LastDayNumber && at.DayNumber - to.DayNumber <= Weeks * 7)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first year the office's timeline in the facts reaches back to.</summary>
    internal static int FirstYear(Fact timeline)
    {
        var first = int.MaxValue;
        for (var i = 0; i < timeline.Timeline.Count; i++)
        {
            first = Math.Min(first, timeline.Timeline[i].From.Year);
        }

        return first;
    }

    /// <summary>The terms in one of <paramref name="offices"/> (the same organization and office).</summary>
    internal static List<OfficeTerm> TermsIn(IReadOnlyList<OfficeTerm> terms, IReadOnlyList<OfficeRef> offices)
    {
        // Index loops: foreach over these interfaces would allocate an enumerator per term.
        var found = new List<OfficeTerm>(terms.Count);
        for (var t = 0; t < terms.Count; t++)
        {
            var term = terms[t];
            for (var o = 0; o < offices.Count; o++)
            {
                var office = offices[o];
                if (office.Organization.Id == term.Organization.Id && office.Property.Name == term.Property.Name)
                {
                    found.Add(term);
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>Whether a term began on or before the first day of <paramref name="at"/>: one taken on the article's own day
    /// ("became prime minister today") is no later than the article.</summary>
    private static bool AnyStartedBy(List<OfficeTerm> terms, FactDate at)
    {
        var day = at.DayNumber;
        foreach (var term in terms)
        {
            if (term.EarliestFromDay <= day)
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyOverlaps(List<OfficeTerm> terms, FactDate at) => FirstOverlapping(terms, at) is not null;

    private static OfficeTerm? FirstOverlapping(List<OfficeTerm> terms, FactDate at)
    {
        foreach (var term in terms)
        {
            if (term.SurelyOverlaps(at))
            {
                return term;
            }
        }

        return null;
    }

    private static bool AnyHeldOn(List<OfficeTerm> terms, FactDate at, bool lastDay)
    {
        foreach (var term in terms)
        {
            if (lastDay ? HeldOn(term, at) : term.MayOverlap(at) && !EndsOn(term, at))
            {
                return true;
            }
        }

        return false;
    }

    private static ClaimVerdict? Wrong(VerificationContext v, bool outdated, RoleClaim c, OfficeRef office, FactDate at, string message)
    {
        // Who held the office on that day: of the terms overlapping it, the one that began last, as the timeline of
        // GetEntityTimeline (holders known to the knowledge base, sorted by start, stably) would say; without building it.
        Entity? holder = null;
        var from = default(FactDate);
        if (v.KnowledgeBase.TryGetEntity(office.Organization.Id, out var organization) && organization.GetFact(office.Property.Name) is { } timeline)
        {
            var latest = int.MinValue;
            for (var i = 0; i < timeline.Timeline.Count; i++)
            {
                var e = timeline.Timeline[i];
                var day = e.From.DayNumber;
                if (day >= latest && Overlaps(e.From, e.To, at) && v.KnowledgeBase.TryGetEntity(e.Value, out var known))
                {
                    latest = day;
                    holder = known;
                    from = e.From;
                }
            }
        }

        if (holder is null)
        {
            // Nobody known in office then: the facts cannot say who was. A term that ended is still outdated ("Turkish Prime
            // Minister Erdogan" after the office was abolished), with no holder to suggest.
            var office0 = office.Organization.GetFact(office.Property.Name)!;
            return outdated
                ? ClaimVerdict.Outdated($"{message}; the facts name no holder {v.Words.On(at)}", null, null, office.Organization, office.Property.Name, office0.Location)
                : null;
        }

        var fact = office.Organization.GetFact(office.Property.Name)!;
        TimelineEntry? entry = null;
        for (var i = 0; i < fact.Timeline.Count && entry is null; i++)
        {
            if (fact.Timeline[i].Value == holder.Id && fact.Timeline[i].From == from)
            {
                entry = fact.Timeline[i];
            }
        }

        // The holder in the tense of the time asked about: "Keir Starmer has been since 5 July 2024" for the article's
        // own time, "Jim Mattis was (20 January 2017 to 1 January 2019)" for a time in the past.
        var to = entry?.To;
        var text = Now(c.Time) && at == c.Time.Primary
            ? $"{message}; {holder.Name} has been since {v.Words.Date(from)}"
            : $"{message}; {holder.Name} was ({(to is { } end ? $"{v.Words.Date(from)} to {v.Words.Date(end)}" : $"since {v.Words.Date(from)}")})";
        if (!outdated && OtherOfficeHeld(v, c, office, at) is { } other)
        {
            // "Mark Rutte is not Commission President ...; Mark Rutte is Prime Minister of the Netherlands": an editor sees
            // whom the title was confused with.
            text += $"; {c.Subject.Name} {(Now(c.Time) && at == c.Time.Primary ? "is" : "was")} {Wording.Office(other.Property, other.Organization)} (since {v.Words.Date(other.From)})";
        }

        var location = entry?.Location ?? fact.Location;
        return outdated
            ? ClaimVerdict.Outdated(text, holder.Name, holder.Name, office.Organization, office.Property.Name, location)
            : ClaimVerdict.Contradicted(text, holder.Name, holder.Name, office.Organization, office.Property.Name, location);
    }

    /// <summary>The office the person took last on or before <paramref name="at"/>, if any.</summary>
    private static OfficeTerm? LastOfficeHeldBy(VerificationContext v, RoleClaim c, FactDate at)
    {
        OfficeTerm? last = null;
        var terms = v.KnowledgeBase.GetTermsOf(c.Subject.Id);
        for (var t = 0; t < terms.Count; t++)
        {
            if (terms[t].From.DayNumber <= at.LastDayNumber && (last is null || terms[t].From.DayNumber > last.From.DayNumber))
            {
                last = terms[t];
            }
        }

        return last;
    }

    /// <summary>The first office other than <paramref name="office"/> the person held on <paramref name="at"/>, if any.</summary>
    private static OfficeTerm? OtherOfficeHeld(VerificationContext v, RoleClaim c, OfficeRef office, FactDate at)
    {
        var terms = v.KnowledgeBase.GetTermsOf(c.Subject.Id);
        for (var t = 0; t < terms.Count; t++)
        {
            var term = terms[t];
            if (term.SurelyOverlaps(at) && !(term.Organization.Id == office.Organization.Id && term.Property.Name == office.Property.Name))
            {
                return term;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether an office term may cover <paramref name="at"/>: between two accepted dates of its start or end (appointed,
    /// sworn in) both readings are right. Offices change hands during a day (an inauguration at noon), so on the last
    /// day, the day its successor takes over, the outgoing holder is still right.
    /// </summary>
    private static bool HeldOn(OfficeTerm term, FactDate at)
        => term.MayOverlap(at) || (at.Precision == DatePrecision.Day && term.To is { } end && (IsLastDay(end, at) || (term.Entry is { } entry && AnyLastDay(entry.AlsoTo, at))));

    /// <summary>Whether the term ends on the day <paramref name="at"/> (its successor takes over that day).</summary>
    private static bool EndsOn(OfficeTerm term, FactDate at)
        => at.Precision == DatePrecision.Day && term.To is { } end && (IsLastDay(end, at) || (term.Entry is { } entry && AnyLastDay(entry.AlsoTo, at)));

    private static bool IsLastDay(FactDate end, FactDate at) => end.Precision == DatePrecision.Day && end == at;

    private static bool AnyLastDay(EquatableArray<FactDate> ends, FactDate at)
    {
        for (var i = 0; i < ends.Count; i++)
        {
            if (IsLastDay(ends[i], at))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The office in a finding's expected value, which tools compare: "NATO Secretary General" (its first title,
    /// else its property name, after the organization's name).</summary>
    private static string TitleOf(PropertyDefinition office) => office.Titles.Count > 0 ? office.Titles[0] : office.Name.Replace('_', ' ');

    /// <summary>Whether the claim speaks of the article's own time (no earlier time named).</summary>
    private static bool Now(TimeContext time) => time.Primary.LastDayNumber >= time.AsOf.DayNumber;
}
