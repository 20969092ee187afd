using System;
using System.Collections.Generic;
using FactBase.Knowledge;
using FactBase.Model;

namespace FactBase.Checking.Rules.Role;

/// <summary>Checks "in office since" a date: wrong when the person's unbroken run in the office began after the date
/// written ("prime minister since 2015" for a term from December 2017). A later date is true as far as it goes ("since
/// 2020" of a term from 2017) and is confirmed.</summary>
/// <remarks>Silent (<see langword="null"/>) when the person is not in the office at the sentence's time (the role reading
/// speaks to that), or the run began before the facts' timeline of the office does.</remarks>
public sealed class SinceClaimVerifier : IClaimVerifier
{
    /// <inheritdoc/>
    public Type ClaimType => typeof(SinceClaim);

    /// <inheritdoc/>
    public ClaimVerdict? Verify(Claim claim, VerificationContext context) => Verify((SinceClaim)claim, context);

    private static ClaimVerdict? Verify(SinceClaim c, VerificationContext v)
    {
        var all = RoleClaimVerifier.TermsIn(v.KnowledgeBase.GetTermsOf(c.Subject.Id), c.Offices);
        var time = c.Perfect ? RunUpTo(c) : c.Time.Primary;
        // A past-perfect run reaches some point of a year or month named, which may be its first day.
        var at = time.Precision == DatePrecision.Day || c.Perfect ? time.DayNumber : time.LastDayNumber;

        // A run told in the past perfect may have ended in the weeks before the time spoken of ("who had been prime minister
        // since 2016" of someone who left office last month).
        var grace = c.Perfect ? PerfectGraceDays : 1;
        OfficeTerm? current = null;
        for (var t = 0; t < all.Count && current is null; t++)
        {
            // The day an office changes hands counts for the holder leaving it too.
            if (all[t].From.DayNumber <= at && (all[t].To is not { } to || to.DayNumber >= at - grace))
            {
                current = all[t];
            }
        }

        if (current is null)
        {
            return null;
        }

        // The unbroken run: earlier terms that end the day (or the day before) the next begins.
        var start = current.From;
        for (var changed = true; changed;)
        {
            changed = false;
            for (var t = 0; t < all.Count; t++)
            {
                if (all[t].From < start && all[t].To is { } to && to.DayNumber >= start.DayNumber - 1)
                {
                    start = all[t].From;
                    changed = true;
                }
            }
        }

        var office = new OfficeRef(current.Organization, current.Property);
        var fact = office.Organization.GetFact(office.Property.Name)!;
        var title = Wording.Office(office.Property, office.Organization);
        var yearAfter = IsYearAfter(c.Since, start, all);
        if (c.InPowerAs is { } tiedOffice)
        {
            // A run over several offices ("in power", "ruled") is often counted from a later one, and a start in December
            // from the next year ("in power since 2000" of an acting president from 31 December 1999): the slip of a year is
            // certain only for a run in the one office the text ties the person to, begun before December.
            yearAfter &= start.Month < 12 && RunIn(all, start, current.From, tiedOffice);
        }

        if (c.Since.LastDayNumber >= start.DayNumber && !yearAfter && c.InPowerAs is not null)
        {
            var first = FirstOfRun(all, start);
            return v.Supported(first.Organization, first.Property.Name, first.Fact.Location, $"{c.Subject.Name} {(c.Perfect ? "had" : "has")} been in power since {v.Words.Date(start)}, as {Wording.Office(first.Property, first.Organization)}");
        }

        if (c.Since.LastDayNumber >= start.DayNumber && !yearAfter)
        {
            return v.Supported(office.Organization, office.Property.Name, current.Fact.Location, $"{c.Subject.Name} {(c.Perfect ? "had" : "has")} been {title} since {v.Words.Date(start)}");
        }

        if (c.Since.Year < RoleClaimVerifier.FirstYear(fact) && start.Year == RoleClaimVerifier.FirstYear(fact) && !IsOwnStart(start))
        {
            return null;
        }

        // Before the run began: an office of the same bodies the facts do not list that far back may have begun it earlier.
        if (c.InPowerAs is { } tied && !yearAfter && !InPowerKnown(c, tied, all, start, v.KnowledgeBase))
        {
            return null;
        }

        var message = c.InPowerAs is null
            ? $"{c.Subject.Name} {(c.Perfect ? "had" : "has")} been {title} since {v.Words.Date(start)}, not since {c.Since}"
            : $"{c.Subject.Name} {(c.Perfect ? "had" : "has")} been in power since {v.Words.Date(start)}, as {Wording.Office(FirstOfRun(all, start).Property, FirstOfRun(all, start).Organization)}, not since {c.Since}";
        return ClaimVerdict.Contradicted(message, start.ToString(), null, office.Organization, office.Property.Name, current.Fact.Location);
    }

    /// <summary>Whether the year written is the year after the run began, and no term of the person began in it: "had reigned
    /// since 1981" of a reign from April 1980 is the usual slip of a year, not a count from a new term. A count from a
    /// re-election or a new office ("president since 2018" of a run from 2014) lies further on, and stays true as far as it
    /// goes.</summary>
    private static bool IsYearAfter(FactDate since, FactDate start, List<OfficeTerm> terms)
    {
        if (since.Precision != DatePrecision.Year || since.Year != start.Year + 1)
        {
            return false;
        }

        foreach (var term in terms)
        {
            if (term.From.Year == since.Year || (term.Entry?.AlsoFrom is { } also && HasYear(also, since.Year)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasYear(IEnumerable<FactDate> dates, int year)
    {
        foreach (var date in dates)
        {
            if (date.Year == year)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a run that opens the facts' timeline of the office starts on a day the person took it, not where a
    /// list cut at a year begins: dated to the day, and not on 1 January. "Prime minister since 1994" of a run the facts date
    /// from 2 May 1997 is then wrong whoever held the office before: a run from 1994 would have begun in 1994. (A run that
    /// starts later in the timeline has a known holder before it, so a year before the timeline is wrong of it too.)</summary>
    private static bool IsOwnStart(FactDate start) => start.Precision == DatePrecision.Day && !(start.Month == 1 && start.Day == 1);

    // The term the run begins with.
    private static OfficeTerm FirstOfRun(List<OfficeTerm> all, FactDate start)
    {
        foreach (var term in all)
        {
            if (term.From == start)
            {
                return term;
            }
        }

        return all[0];
    }

    // Whether every term of the run (from its start up to the current term) is in the office.
    private static bool RunIn(List<OfficeTerm> all, FactDate start, FactDate current, OfficeRef office)
    {
        foreach (var term in all)
        {
            if (term.From >= start && term.From <= current && (term.Organization.Id != office.Organization.Id || term.Property.Name != office.Property.Name))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether "in power since" (or "ruled since" with no body) a year before the run can be refuted: the run holds a term in the office the text
    /// ties the person to, and the facts list the holders of every office of the bodies of the run in the year written (a
    /// prime minister listed from 1999 may hide an earlier term of the person: "in power since 1992" of a president from
    /// 1994 who was prime minister before). No term of the person begins in that year.</summary>
    private static bool InPowerKnown(SinceClaim c, OfficeRef tied, List<OfficeTerm> all, FactDate start, KnowledgeBase knowledgeBase)
    {
        var holdsTied = false;
        foreach (var term in all)
        {
            if (term.From.Year == c.Since.Year)
            {
                return false;
            }

            if (term.From >= start && term.Organization.Id == tied.Organization.Id && term.Property.Name == tied.Property.Name)
            {
                holdsTied = true;
            }
        }

        if (!holdsTied)
        {
            return false;
        }

        foreach (var term in all)
        {
            if (term.From < start)
            {
                continue;
            }

            var facts = term.Organization.Facts;
            for (var i = 0; i < facts.Count; i++)
            {
                if (facts[i].Timeline.Count > 0 && knowledgeBase.FindProperty(facts[i].Property) is { Kind: PropertyKind.Office }
                    && c.Since.Year < RoleClaimVerifier.FirstYear(facts[i]))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The most weeks a run told in the past perfect may have ended before the time spoken of.</summary>
    private const int PerfectGraceDays = 120;

    /// <summary>The time a past-perfect run reaches up to: the time the sentence speaks of, unless that is the year after
    /// "since" itself (then the narrative's time, else the article's).</summary>
    private static FactDate RunUpTo(SinceClaim c)
    {
        if (c.Time.Primary.Year != c.Since.Year)
        {
            return c.Time.Primary;
        }

        return c.Time.Narrative is { } narrative && narrative.Year != c.Since.Year ? narrative : c.Time.AsOf;
    }
}
