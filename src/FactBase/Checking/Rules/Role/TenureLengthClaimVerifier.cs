using System;
using System.Collections.Generic;
using System.Globalization;
using FactBase.Checking.Numbers;
using FactBase.Knowledge;
using FactBase.Model;

namespace FactBase.Checking.Rules.Role;

/// <summary>
/// Checks how long a person held an office against the office's timeline. Each unbroken run of terms (terms that follow
/// one another) is a reading, and so are all the terms together; the length written is right when it fits one of them:
/// an exact number of years when it is the length rounded either way, a bound when the length is on its side, a round
/// number ("a decade", "about 20") when the length is near it.
/// </summary>
/// <remarks>Silent (<see langword="null"/>) when the person is still in office and the sentence speaks of another time
/// than the article's (the length up to then is not known), when the facts give an office no start to count from, and when
/// the length is off by less than a clear margin (a year and a half for an exact number; more for a round one).</remarks>
public sealed class TenureLengthClaimVerifier : IClaimVerifier
{
    private const double DaysPerYear = 365.2425;

    /// <inheritdoc/>
    public Type ClaimType => typeof(TenureLengthClaim);

    /// <inheritdoc/>
    public ClaimVerdict? Verify(Claim claim, VerificationContext context) => Verify((TenureLengthClaim)claim, context);

    private static ClaimVerdict? Verify(TenureLengthClaim c, VerificationContext v)
    {
        var all = v.KnowledgeBase.GetTermsOf(c.Subject.Id);
        var undecided = false;
        (OfficeRef Office, FactDate From, FactDate To, double Years, bool Open)? wrong = null;
        foreach (var office in c.Offices)
        {
            var runs = Runs(all, office, c, out var running);
            if (runs is null)
            {
                undecided = true;
                continue;
            }

            var total = 0.0;
            foreach (var run in runs)
            {
                total += run.Years;
                switch (Fits(c.Years, c.Bound, run.Years))
                {
                    case true:
                        return v.Supported(office.Organization, office.Property.Name, run.Term.Fact.Location,
                            $"{c.Subject.Name} {(running && run.Open ? "has been" : "was")} {Office(c, office)} for {Length(run.From, run.To)} ({(run.Open ? "since " + v.Words.Date(run.From) : v.Words.Date(run.From) + " to " + v.Words.Date(run.To))})");
                    case null:
                        undecided = true;
                        break;
                    default:
                        wrong ??= (office, run.From, run.To, run.Years, run.Open);
                        break;
                }
            }

            if (runs.Count > 1)
            {
                switch (Fits(c.Years, c.Bound, total))
                {
                    case true:
                        return v.Supported(office.Organization, office.Property.Name, runs[0].Term.Fact.Location,
                            $"{c.Subject.Name} {(running ? "has been" : "was")} {Office(c, office)} for {Math.Round(total).ToString(CultureInfo.InvariantCulture)} years in all, over {runs.Count} terms");
                    case null:
                        undecided = true;
                        break;
                }
            }
        }

        if (undecided || wrong is not { } off)
        {
            return null;
        }

        var years = Math.Round(off.Years).ToString(CultureInfo.InvariantCulture);
        var fact = off.Office.Organization.GetFact(off.Office.Property.Name);
        var open = off.To == c.Time.AsOf && off.Open;
        return ClaimVerdict.Contradicted(
            $"{c.Subject.Name} {(open ? "has been" : "was")} {Office(c, off.Office)} for {Length(off.From, off.To)} ({(open ? "since " + v.Words.Date(off.From) : v.Words.Date(off.From) + " to " + v.Words.Date(off.To))}), not {Written(c)}",
            years,
            null,
            off.Office.Organization,
            off.Office.Property.Name,
            fact?.Location);
    }

    // The office in the title written, else in a title of the vocabulary that is a common noun ("monarch" rather than
    // "King" for a reign, which may be a queen's), else its first.
    private static string Office(TenureLengthClaim c, OfficeRef office)
    {
        var written = c.Title;
        for (var t = 0; written is null && t < office.Property.Titles.Count; t++)
        {
            var title = office.Property.Titles[t];
            written = title.Length > 0 && char.IsLower(title[0]) ? title : null;
        }

        return Wording.Office(office.Property, office.Organization, written);
    }

    /// <summary>Whether the length fits what is written: <see langword="true"/>, <see langword="false"/> when clearly not,
    /// <see langword="null"/> in between.</summary>
    internal static bool? Fits(int written, CountBound bound, double years)
    {
        var near = Math.Max(1.5, written * 0.1);
        var far = Math.Max(3.0, written * 0.25);
        switch (bound)
        {
            case CountBound.Exact:
                var gap = Math.Abs(years - written);
                return gap < 1.0 ? true : gap >= 1.5 ? false : null;
            case CountBound.MoreThan:
            case CountBound.AtLeast:
                return years >= written - 0.05 ? true : years < written - 1.0 ? false : null;
            case CountBound.FewerThan:
                return years <= written + 0.05 ? true : years > written + 1.0 ? false : null;
            case CountBound.Nearly:
                return years <= written + 0.1 && years >= written - near ? true : years > written + 1.0 || years < written - far ? false : null;
            case CountBound.About:
                var off = Math.Abs(years - written);
                return off <= near ? true : off > far ? false : null;
            default:
                return null;
        }
    }

    private static string Written(TenureLengthClaim c)
        => (c.Bound switch
        {
            CountBound.MoreThan => "more than ",
            CountBound.AtLeast => "at least ",
            CountBound.FewerThan => "less than ",
            CountBound.Nearly => "nearly ",
            CountBound.About => "about ",
            _ => string.Empty,
        }) + c.Years.ToString(CultureInfo.InvariantCulture) + " years";

    // "16 years", "16 years and 2 months", "9 months".
    private static string Length(FactDate from, FactDate to)
    {
        var months = ((to.Year - from.Earliest.Year) * 12) + to.Earliest.Month - from.Earliest.Month - (to.Earliest.Day < from.Earliest.Day ? 1 : 0);
        var (y, m) = (months / 12, months % 12);
        var years = y == 1 ? "1 year" : $"{y.ToString(CultureInfo.InvariantCulture)} years";
        return m == 0 ? years : y == 0 ? $"{m.ToString(CultureInfo.InvariantCulture)} months" : $"{years} and {m.ToString(CultureInfo.InvariantCulture)} month{(m == 1 ? string.Empty : "s")}";
    }

    private readonly record struct Run(OfficeTerm Term, FactDate From, FactDate To, double Years, bool Open);

    // The unbroken runs of the person's terms in the office, each up to its end or, for a term still running at the
    // article's date, up to that date when the sentence speaks of it; null when a running term cannot be measured.
    private static List<Run>? Runs(IReadOnlyList<OfficeTerm> all, OfficeRef office, TenureLengthClaim c, out bool running)
    {
        running = false;
        var terms = new List<OfficeTerm>();
        foreach (var term in all)
        {
            if (term.Organization.Id == office.Organization.Id && term.Property.Name == office.Property.Name)
            {
                terms.Add(term);
            }
        }

        terms.Sort((a, b) => a.From.DayNumber.CompareTo(b.From.DayNumber));
        var runs = new List<Run>();
        var asOf = c.Time.AsOf;
        foreach (var term in terms)
        {
            if (term.From.Precision != DatePrecision.Day || term.From.DayNumber > asOf.DayNumber)
            {
                continue; // a term of a coarse date, or one to come, is not measured
            }

            FactDate end;
            var open = term.To is not { } to || to.DayNumber > asOf.DayNumber;
            if (open)
            {
                if (c.Time.Primary != asOf || c.Time.Others.Count > 0)
                {
                    return null;
                }

                running = true;
                end = asOf;
            }
            else
            {
                end = term.To!.Value;
            }

            if (runs.Count > 0 && term.From.DayNumber - runs[runs.Count - 1].To.DayNumber <= 31)
            {
                var last = runs[runs.Count - 1];
                runs[runs.Count - 1] = last with { To = end, Years = (end.DayNumber - last.From.DayNumber) / DaysPerYear, Open = open };
                continue;
            }

            runs.Add(new Run(term, term.From, end, (end.DayNumber - term.From.DayNumber) / DaysPerYear, open));
        }

        return runs.Count == 0 ? null : runs;
    }
}
