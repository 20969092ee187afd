using System.Collections.Generic;
using System.Globalization;
using FactBase.Checking.Time;
using FactBase.Model;

namespace FactBase.Checking.Rules;

/// <summary>Reading dates and timelines, and writing them in messages, as several verifiers do.</summary>
internal static class VerifierHelpers
{
    /// <summary>The <paramref name="k"/>-th time of the claim: 0 the primary, then the others; an index, not an iterator,
    /// so no claim allocates one (docs/performance.md).</summary>
    public static FactDate TimeAt(TimeContext time, int k) => k == 0 ? time.Primary : time.Others[k - 1];

    /// <summary>Whether a period [from, to) includes any day of <paramref name="at"/> (a year, a month or a day).</summary>
    public static bool Overlaps(FactDate from, FactDate? to, FactDate at)
        => Period.Overlaps(from, to, at);

    /// <summary>Compares two dates at the coarser of their precisions: "1949" matches 1949-04-04.</summary>
    public static bool SameAtPrecision(FactDate a, FactDate b)
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

    /// <summary>Whether <paramref name="claimed"/> matches <paramref name="primary"/> or one of the other accepted dates,
    /// each at the coarser precision of the two.</summary>
    public static bool MatchesAny(FactDate claimed, FactDate primary, EquatableArray<FactDate> also, out FactDate matched)
    {
        matched = primary;
        if (SameAtPrecision(claimed, primary))
        {
            return true;
        }

        for (var i = 0; i < also.Count; i++)
        {
            if (SameAtPrecision(claimed, also[i]))
            {
                matched = also[i];
                return true;
            }
        }

        return false;
    }

    /// <summary>A date written at <paramref name="precision"/>: the year, the month, or the whole date.</summary>
    public static string AtPrecision(FactDate date, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => date.Year.ToString(CultureInfo.InvariantCulture),
        DatePrecision.Month when date.Precision != DatePrecision.Year => new FactDate(date.Year, date.Month).ToString(),
        _ => date.ToString(),
    };

    /// <summary>A suggestion that can replace the written date: only a bare year, whose form we know;
    /// "June 14, 1946" cannot be rewritten as an ISO date without changing the article's style.</summary>
    public static string? Replacement(string expected, FactDate claimed) => claimed.Precision == DatePrecision.Year ? expected : null;

    /// <summary>A date after its preposition: "in 1949", "on 1949-04-04".</summary>
    public static string Describe(FactDate date) => (date.Precision == DatePrecision.Year ? "in " : "on ") + date;

    /// <summary>An ordinal number: 1st, 2nd, 3rd, 11th, 75th.</summary>
    public static string Ordinal(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }

    /// <summary>The entries of a timeline fact whose value is <paramref name="id"/>, in order.</summary>
    public static List<TimelineEntry> EntriesOf(Fact fact, string id)
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
}
