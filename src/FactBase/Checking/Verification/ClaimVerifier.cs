using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FactBase.Checking.Claims;
using FactBase.Checking.Findings;
using FactBase.Knowledge;
using FactBase.Model;

namespace FactBase.Checking.Verification;

/// <summary>Checks claims against the knowledge base at the time they speak of.</summary>
/// <remarks>Returns <see langword="null"/> when the facts cannot decide: silence beats a false alarm.</remarks>
public sealed class ClaimVerifier
{
    private readonly KnowledgeBase _knowledgeBase;

    // Performance (docs/performance.md): most claims are supported, and their findings are dropped unless
    // --include-supported asks for them; a verifier for that case does not format their messages.
    private readonly bool _supportedMessages;

    /// <summary>Creates a verifier over a knowledge base.</summary>
    /// <param name="knowledgeBase">The facts.</param>
    public ClaimVerifier(KnowledgeBase knowledgeBase)
        : this(knowledgeBase, supportedMessages: true)
    {
    }

    /// <summary>Creates a verifier that leaves the message of a supported verdict empty unless <paramref name="supportedMessages"/>.</summary>
    /// <param name="knowledgeBase">The facts.</param>
    /// <param name="supportedMessages">Whether supported verdicts carry their message; every other verdict always does.</param>
    internal ClaimVerifier(KnowledgeBase knowledgeBase, bool supportedMessages)
    {
        _knowledgeBase = knowledgeBase;
        _supportedMessages = supportedMessages;
    }

    /// <summary>Checks one claim.</summary>
    /// <param name="claim">The claim.</param>
    /// <returns>The verdict, or <see langword="null"/> when the facts cannot decide.</returns>
    public ClaimVerdict? Verify(Claim claim) => claim switch
    {
        AgeClaim c => VerifyAge(c),
        DateClaim c => VerifyDate(c),
        JoinDateClaim c => VerifyJoinDate(c),
        RoleClaim c => VerifyRole(c),
        MembershipClaim c => VerifyMembership(c),
        CountClaim c => VerifyCount(c),
        MemberOrdinalClaim c => VerifyMemberOrdinal(c),
        NameClaim c => new ClaimVerdict(Verdict.Misspelled, $"'{c.Written}' looks like a misspelling of '{c.Correct}' ({c.Subject.Name})", c.Correct, c.Correct, c.Subject, null, c.Subject.Location),
        _ => null,
    };

    private ClaimVerdict? VerifyAge(AgeClaim c)
    {
        var fact = c.Subject.GetFact(c.Property.Name)!;
        var date = fact.Date!.Value;
        var died = c.Subject.GetFact("died")?.Date;
        var what = c.IsAnniversary ? "anniversary" : "age";
        if (c.IsAnniversary)
        {
            var year = date.Year + c.Age;
            var years = c.Time.Others.Select(o => o.Year).ToList();
            if (c.Time.Primary != c.Time.AsOf)
            {
                years.Add(c.Time.Primary.Year);
            }

            // With no year named, an anniversary may be the recent or the coming one.
            var ok = years.Count > 0 ? years.Contains(year) : Math.Abs(c.Time.AsOf.Year - year) <= 1;
            if (ok)
            {
                return Supported(c.Subject, c.Property.Name, fact.Location, !_supportedMessages ? string.Empty : $"{c.Subject.Name}: {c.Property.Name} {date}, so its {Ordinal(c.Age)} anniversary is in {year}");
            }

            var at = years.Count > 0 ? years[0] : c.Time.AsOf.Year;
            var right = Ordinal(at - date.Year);
            return new ClaimVerdict(Verdict.Contradicted, $"{c.Subject.Name}: {c.Property.Name} {date}, so {at} marks the {right} anniversary, not the {Ordinal(c.Age)}", right, right, c.Subject, c.Property.Name, fact.Location);
        }

        (int Min, int Max) Range(FactDate at) => (FactDate.YearsBetween(date.Latest, at.Earliest), FactDate.YearsBetween(date.Earliest, at.Latest));
        for (var k = 0; k <= c.Time.Others.Count; k++)
        {
            var at = TimeAt(c.Time, k);
            if (died is { } d && d.DayNumber <= at.LastDayNumber)
            {
                return null;
            }

            var (min, max) = Range(at);
            if (c.Age >= min && c.Age <= max)
            {
                return Supported(c.Subject, c.Property.Name, fact.Location, !_supportedMessages ? string.Empty : $"{c.Subject.Name}: {c.Property.Name} {date}, {what} {c.Age} on {at}");
            }
        }

        var (lo, hi) = Range(c.Time.Primary);
        var expected = lo == hi ? lo.ToString(CultureInfo.InvariantCulture) : $"{lo} or {hi}";
        return new ClaimVerdict(
            Verdict.Contradicted,
            $"{c.Subject.Name} is {expected} on {c.Time.Primary} ({c.Property.Name} {date}), not {c.Age}",
            expected,
            lo == hi ? expected : null,
            c.Subject,
            c.Property.Name,
            fact.Location);
    }

    private ClaimVerdict VerifyDate(DateClaim c)
    {
        var fact = c.Subject.GetFact(c.Property.Name)!;
        var actual = fact.Date!.Value;
        if (SameAtPrecision(c.Claimed, actual))
        {
            return Supported(c.Subject, c.Property.Name, fact.Location, !_supportedMessages ? string.Empty : $"{c.Subject.Name}: {c.Property.Name} {actual}");
        }

        var expected = AtPrecision(actual, c.Claimed.Precision);
        return new ClaimVerdict(Verdict.Contradicted, $"{c.Subject.Name} was {c.Property.Name} {Describe(actual)}, not {Describe(c.Claimed)}", expected, Replacement(expected, c.Claimed), c.Subject, c.Property.Name, fact.Location);
    }

    private ClaimVerdict VerifyJoinDate(JoinDateClaim c)
    {
        var fact = c.Organization.GetFact(c.Property.Name)!;
        var periods = EntriesOf(fact, c.Subject.Id);
        TimelineEntry? match = null;
        foreach (var p in periods)
        {
            if (SameAtPrecision(c.Claimed, p.From))
            {
                match = p;
                break;
            }
        }

        if (match is not null)
        {
            return Supported(c.Organization, c.Property.Name, match.Location, !_supportedMessages ? string.Empty : $"{c.Subject.Name} joined {c.Organization.Name} on {match.From}");
        }

        if (periods.Count == 0)
        {
            return new ClaimVerdict(Verdict.Contradicted, $"{c.Subject.Name} has never been in {c.Organization.Name}'s {c.Property.Name}", "never joined", null, c.Organization, c.Property.Name, fact.Location);
        }

        var nearest = periods.OrderBy(p => Math.Abs(p.From.Year - c.Claimed.Year)).First();
        var expected = AtPrecision(nearest.From, c.Claimed.Precision);
        return new ClaimVerdict(Verdict.Contradicted, $"{c.Subject.Name} joined {c.Organization.Name} on {nearest.From}, not {Describe(c.Claimed)}", expected, Replacement(expected, c.Claimed), c.Organization, c.Property.Name, nearest.Location);
    }

    private ClaimVerdict? VerifyRole(RoleClaim c)
    {
        var terms = TermsIn(_knowledgeBase.GetTermsOf(c.Subject.Id), c.Offices);
        var office = c.Offices[0];
        var fact = office.Organization.GetFact(office.Property.Name)!;

        // Only messages need the title: most claims are supported, and their messages are often left empty.
        string Title() => $"{office.Organization.Name} {TitleOf(office.Property)}";

        switch (c.Tense)
        {
            case RoleTense.Former:
                for (var k = 0; k <= c.Time.Others.Count; k++)
                {
                    var at = TimeAt(c.Time, k);
                    if (AnyStartedBefore(terms, at) && !AnyOverlaps(terms, at.Latest))
                    {
                        return Supported(office.Organization, office.Property.Name, fact.Location, !_supportedMessages ? string.Empty : $"{c.Subject.Name} was {Title()} before {at}");
                    }
                }

                var current = FirstOverlapping(terms, c.Time.Primary);
                return current is not null
                    ? new ClaimVerdict(Verdict.Contradicted, $"{c.Subject.Name} is not a former {Title()}: in office since {current.From} and still on {c.Time.Primary}", $"{Title()} since {current.From}", null, office.Organization, office.Property.Name, current.Fact.Location)
                    : terms.Count == 0
                        ? Wrong(Verdict.Contradicted, c, office, c.Time.Primary, $"{c.Subject.Name} has never been {Title()}")
                        : null;

            case RoleTense.Then:
                // The times the sentence names: the others, then a primary time of its own.
                var named = c.Time.Others.Count + (c.Time.Primary != c.Time.AsOf ? 1 : 0);
                if (named == 0)
                {
                    // "then-President X" with no time named: right if X held it at some time before the article.
                    return AnyStartedBefore(terms, c.Time.AsOf)
                        ? Supported(office.Organization, office.Property.Name, fact.Location, !_supportedMessages ? string.Empty : $"{c.Subject.Name} was {Title()}")
                        : c.Offices.Count == 1 ? Wrong(Verdict.Contradicted, c, office, c.Time.AsOf, $"{c.Subject.Name} was never {Title()} before {c.Time.AsOf}") : null;
                }

                var first = c.Time.Others.Count > 0 ? c.Time.Others[0] : c.Time.Primary;
                for (var k = 0; k < named; k++)
                {
                    if (AnyHeldOn(terms, k < c.Time.Others.Count ? c.Time.Others[k] : c.Time.Primary))
                    {
                        return Supported(office.Organization, office.Property.Name, fact.Location, !_supportedMessages ? string.Empty : $"{c.Subject.Name} was {Title()} in {first}");
                    }
                }

                return c.Offices.Count == 1 ? Wrong(Verdict.Contradicted, c, office, first, $"{c.Subject.Name} was not {Title()} in {first}") : null;

            default:
                for (var k = 0; k <= c.Time.Others.Count; k++)
                {
                    var at = TimeAt(c.Time, k);
                    if (AnyHeldOn(terms, at))
                    {
                        return Supported(office.Organization, office.Property.Name, fact.Location, !_supportedMessages ? string.Empty : $"{c.Subject.Name} is {Title()} on {at}");
                    }
                }

                if (c.Offices.Count > 1)
                {
                    return null;
                }

                var before = AnyStartedBefore(terms, c.Time.Primary);
                return Wrong(
                    before ? Verdict.Outdated : Verdict.Contradicted,
                    c,
                    office,
                    c.Time.Primary,
                    before ? $"{c.Subject.Name} is no longer {Title()} on {c.Time.Primary}" : $"{c.Subject.Name} is not {Title()} on {c.Time.Primary}");
        }
    }

    /// <summary>The terms in one of <paramref name="offices"/> (the same organization and office).</summary>
    private static List<OfficeTerm> TermsIn(IReadOnlyList<OfficeTerm> terms, IReadOnlyList<OfficeRef> offices)
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

    /// <summary>Whether a term began before the first day of <paramref name="at"/>.</summary>
    private static bool AnyStartedBefore(List<OfficeTerm> terms, FactDate at)
    {
        var day = at.DayNumber;
        foreach (var term in terms)
        {
            if (term.From.DayNumber < day)
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
            if (Overlaps(term.From, term.To, at))
            {
                return term;
            }
        }

        return null;
    }

    private static bool AnyHeldOn(List<OfficeTerm> terms, FactDate at)
    {
        foreach (var term in terms)
        {
            if (HeldOn(term, at))
            {
                return true;
            }
        }

        return false;
    }

    private ClaimVerdict? Wrong(Verdict verdict, RoleClaim c, OfficeRef office, FactDate at, string message)
    {
        // Who held the office on that day: of the terms overlapping it, the one that began last, as the timeline of
        // GetEntityTimeline (holders known to the knowledge base, sorted by start, stably) would say; without building it.
        Entity? holder = null;
        var from = default(FactDate);
        if (_knowledgeBase.TryGetEntity(office.Organization.Id, out var organization) && organization.GetFact(office.Property.Name) is { } timeline)
        {
            var latest = int.MinValue;
            for (var i = 0; i < timeline.Timeline.Count; i++)
            {
                var e = timeline.Timeline[i];
                var day = e.From.DayNumber;
                if (day >= latest && Overlaps(e.From, e.To, at) && _knowledgeBase.TryGetEntity(e.Value, out var known))
                {
                    latest = day;
                    holder = known;
                    from = e.From;
                }
            }
        }

        if (holder is null)
        {
            // Nobody known in office then: the facts cannot say who was.
            return null;
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

        return new ClaimVerdict(verdict, $"{message}; {holder.Name} is, since {from}", holder.Name, holder.Name, office.Organization, office.Property.Name, entry?.Location ?? fact.Location);
    }

    private ClaimVerdict? VerifyMembership(MembershipClaim c)
    {
        var fact = c.Organization.GetFact(c.Property.Name)!;
        var periods = EntriesOf(fact, c.Subject.Id);
        var label = $"a member of {c.Organization.Name}";

        if (c.Since is { } since)
        {
            TimelineEntry? match = null;
            foreach (var p in periods)
            {
                if (SameAtPrecision(since, p.From) && Overlaps(p.From, p.To, c.Time.Primary))
                {
                    match = p;
                    break;
                }
            }

            if (match is not null)
            {
                return Supported(c.Organization, c.Property.Name, match.Location, !_supportedMessages ? string.Empty : $"{c.Subject.Name} is {label} since {match.From}");
            }

            var actual = periods.LastOrDefault(p => p.From.Earliest.DayNumber <= c.Time.Primary.Latest.DayNumber);
            if (actual is null)
            {
                return new ClaimVerdict(Verdict.Contradicted, $"{c.Subject.Name} is not {label} on {c.Time.Primary}", "not a member", null, c.Organization, c.Property.Name, fact.Location);
            }

            var expected = AtPrecision(actual.From, since.Precision);
            return new ClaimVerdict(Verdict.Contradicted, $"{c.Subject.Name} joined {c.Organization.Name} on {actual.From}, not {Describe(since)}", expected, Replacement(expected, since), c.Organization, c.Property.Name, actual.Location);
        }

        for (var k = 0; k <= c.Time.Others.Count; k++)
        {
            if (MemberAt(periods, TimeAt(c.Time, k)) == c.IsMember)
            {
                return Supported(c.Organization, c.Property.Name, fact.Location, !_supportedMessages ? string.Empty : $"{c.Subject.Name} is {(c.IsMember ? string.Empty : "not ")}{label} on {c.Time.Primary}");
            }
        }

        var at0 = c.Time.Primary;
        if (!c.IsMember)
        {
            var current = periods.Last(p => Overlaps(p.From, p.To, at0));
            return new ClaimVerdict(Verdict.Contradicted, $"{c.Subject.Name} is {label} since {current.From}", $"member since {current.From}", null, c.Organization, c.Property.Name, current.Location);
        }

        var left = periods.LastOrDefault(p => p.To is { } to && to.Earliest.DayNumber <= at0.Earliest.DayNumber);
        if (left is not null)
        {
            return new ClaimVerdict(Verdict.Outdated, $"{c.Subject.Name} left {c.Organization.Name} on {left.To}", $"not a member since {left.To}", null, c.Organization, c.Property.Name, left.Location);
        }

        var joins = periods.FirstOrDefault();
        return new ClaimVerdict(
            Verdict.Contradicted,
            joins is null ? $"{c.Subject.Name} is not {label}" : $"{c.Subject.Name} is not {label} on {at0}; it joins on {joins.From}",
            joins is null ? "not a member" : $"member from {joins.From}",
            null,
            c.Organization,
            c.Property.Name,
            joins?.Location ?? fact.Location);
    }

    /// <summary>The entries of a timeline fact whose value is <paramref name="id"/>, in order.</summary>
    private static List<TimelineEntry> EntriesOf(Fact fact, string id)
    {
        var entries = new List<TimelineEntry>();
        for (var i = 0; i < fact.Timeline.Count; i++)
        {
            if (fact.Timeline[i].Value == id)
            {
                entries.Add(fact.Timeline[i]);
            }
        }

        return entries;
    }

    private static bool MemberAt(List<TimelineEntry> periods, FactDate at)
    {
        foreach (var p in periods)
        {
            if (Overlaps(p.From, p.To, at))
            {
                return true;
            }
        }

        return false;
    }

    private ClaimVerdict? VerifyCount(CountClaim c)
    {
        var fact = c.Subject.GetFact(c.Property.Name)!;

        // A count property states the number (as GetNumberTimeline reads it); a members property counts its members.
        var numbers = c.Property.Kind == PropertyKind.Count;
        var days = numbers
            ? TimelineDays.OfNumbers(_knowledgeBase.TryGetEntity(c.Subject.Id, out var known) && known.GetFact(c.Property.Name) is { } stated ? stated.Timeline : EquatableArray<TimelineEntry>.Empty)
            : TimelineDays.Of(fact.Timeline);
        int? CountAt(FactDate at)
        {
            if (numbers)
            {
                return days.TryNumberAt(at.DayNumber, out var n) ? n : null;
            }

            return days.CountCovering(at.DayNumber);
        }

        for (var k = 0; k <= c.Time.Others.Count; k++)
        {
            var at = TimeAt(c.Time, k);
            if (CountAt(at) == c.Count || (at.Precision != DatePrecision.Day && CountAt(at.Latest) == c.Count))
            {
                return Supported(c.Subject, c.Property.Name, fact.Location, !_supportedMessages ? string.Empty : $"{c.Subject.Name} has {c.Count} {c.Property.Name.Replace('_', ' ')} on {at}");
            }
        }

        var primary = c.Time.Primary.Precision == DatePrecision.Day ? c.Time.Primary : c.Time.Primary.Latest;
        if (CountAt(primary) is not { } expected || expected == 0)
        {
            return null;
        }

        // Was the stated number right at some earlier time? Then it is outdated rather than wrong.
        var earlier = false;
        var primaryDay = primary.DayNumber;
        for (var i = 0; i < fact.Timeline.Count; i++)
        {
            var from = fact.Timeline[i].From;
            if (from.DayNumber < primaryDay && CountAt(from) == c.Count)
            {
                earlier = true;
                break;
            }
        }

        var text = expected.ToString(CultureInfo.InvariantCulture);
        return new ClaimVerdict(
            earlier ? Verdict.Outdated : Verdict.Contradicted,
            $"{c.Subject.Name} has {text} {c.Property.Name.Replace('_', ' ')} on {primary}, not {c.Count}",
            text,
            text,
            c.Subject,
            c.Property.Name,
            fact.Location);
    }

    private ClaimVerdict? VerifyMemberOrdinal(MemberOrdinalClaim c)
    {
        var fact = c.Organization.GetFact(c.Property.Name)!;
        var joins = fact.Timeline.Where(e => e.Value == c.Subject.Id).OrderBy(e => e.From).ToList();
        if (joins.Count == 0)
        {
            return null;
        }

        // Members that joined on the same day have no order among them: any of their places is right.
        (int First, int Last) Places(TimelineEntry join)
        {
            var day = join.From.Earliest.DayNumber;
            var before = fact.Timeline.Count(e => e.From.Earliest.DayNumber < day && (e.To is not { } to || to.Earliest.DayNumber >= day));
            return (before + 1, fact.Timeline.Count(e => e.Covers(join.From.Earliest)));
        }

        // After members have left, "the 6th member" may also count every member that ever joined.
        (int First, int Last) EverJoined(TimelineEntry join)
            => (fact.Timeline.Count(e => e.From.Earliest.DayNumber < join.From.Earliest.DayNumber) + 1,
                fact.Timeline.Count(e => e.From.Earliest.DayNumber <= join.From.Earliest.DayNumber));

        foreach (var join in joins)
        {
            var (first, last) = Places(join);
            var (firstEver, lastEver) = EverJoined(join);
            if ((c.Ordinal >= first && c.Ordinal <= last) || (c.Ordinal >= firstEver && c.Ordinal <= lastEver))
            {
                return Supported(c.Organization, c.Property.Name, join.Location, !_supportedMessages ? string.Empty : $"{c.Subject.Name} joined {c.Organization.Name} on {join.From} as its {Ordinal(c.Ordinal)} member");
            }
        }

        var latest = joins[joins.Count - 1];
        var (lo, hi) = Places(latest);
        var expected = lo == hi ? Ordinal(lo) : $"{Ordinal(lo)} to {Ordinal(hi)}";
        return new ClaimVerdict(
            Verdict.Contradicted,
            $"{c.Subject.Name} joined {c.Organization.Name} on {latest.From} as its {expected} member, not its {Ordinal(c.Ordinal)}",
            expected,
            lo == hi ? expected : null,
            c.Organization,
            c.Property.Name,
            latest.Location);
    }

    /// <summary>The <paramref name="k"/>-th time of the claim: 0 the primary, then the others (as <see cref="TimeContext.All"/>,
    /// without an iterator per claim).</summary>
    private static FactDate TimeAt(TimeContext time, int k) => k == 0 ? time.Primary : time.Others[k - 1];

    private static ClaimVerdict Supported(Entity entity, string? property, SourceLocation location, string message)
        => new(Verdict.Supported, message, null, null, entity, property, location);

    /// <summary>
    /// Whether an office term covers <paramref name="at"/>. Offices change hands during a day (an inauguration at noon),
    /// so on the last day, the day its successor takes over, the outgoing holder is still right.
    /// </summary>
    private static bool HeldOn(OfficeTerm term, FactDate at)
        => Overlaps(term.From, term.To, at) || (term.To is { } end && end.Precision == DatePrecision.Day && at.Precision == DatePrecision.Day && end == at);

    /// <summary>Whether a period [from, to) includes any day of <paramref name="at"/> (a year, a month or a day).</summary>
    private static bool Overlaps(FactDate from, FactDate? to, FactDate at)
        => Period.Overlaps(from, to, at);

    /// <summary>Compares two dates at the coarser of their precisions: "1949" matches 1949-04-04.</summary>
    private static bool SameAtPrecision(FactDate a, FactDate b)
    {
        if (a.Year != b.Year)
        {
            return false;
        }

        if (a.Precision == DatePrecision.Year || b.Precision == DatePrecision.Year)
        {
            return true;
        }

        if (a.Month != b.Month)
        {
            return false;
        }

        return a.Precision == DatePrecision.Month || b.Precision == DatePrecision.Month || a.Day == b.Day;
    }

    private static string AtPrecision(FactDate date, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => date.Year.ToString(CultureInfo.InvariantCulture),
        DatePrecision.Month when date.Precision != DatePrecision.Year => new FactDate(date.Year, date.Month).ToString(),
        _ => date.ToString(),
    };

    /// <summary>A suggestion that can replace the written date: only a bare year, whose form we know;
    /// "June 14, 1946" cannot be rewritten as an ISO date without changing the article's style.</summary>
    private static string? Replacement(string expected, FactDate claimed) => claimed.Precision == DatePrecision.Year ? expected : null;

    /// <summary>How people name an office: its first title ("Secretary General"), else its property name.</summary>
    private static string TitleOf(PropertyDefinition office) => office.Titles.Count > 0 ? office.Titles[0] : office.Name.Replace('_', ' ');

    private static string Describe(FactDate date) => (date.Precision == DatePrecision.Year ? "in " : "on ") + date;

    private static string Ordinal(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }
}
