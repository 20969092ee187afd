using System;
using System.Globalization;
using System.Linq;
using FactBase.Model;
using static FactBase.Checking.Rules.VerifierHelpers;

namespace FactBase.Checking.Rules.Age;

/// <summary>Checks an age or anniversary against a date property with <c>age: true</c>, at the times the sentence speaks of.</summary>
/// <remarks>Returns <see langword="null"/> when the facts cannot decide: silence beats a false alarm.</remarks>
public sealed class AgeClaimVerifier : IClaimVerifier
{
    /// <inheritdoc/>
    public Type ClaimType => typeof(AgeClaim);

    /// <inheritdoc/>
    public ClaimVerdict? Verify(Claim claim, VerificationContext context) => Verify((AgeClaim)claim, context);

    /// <summary>How far a loose age may be from the true one and still be read as an age.</summary>
    private const int LooseMargin = 3;

    private static ClaimVerdict? Verify(AgeClaim c, VerificationContext v)
    {
        var fact = c.Subject.GetFact(c.Property.Name)!;
        var date = fact.Date!.Value;
        var died = c.Subject.GetFact("died")?.Date;
        if (c.IsAnniversary)
        {
            var year = date.Year + c.Age;
            var years = c.Time.Others.Select(o => o.Year).ToList();
            if (c.Time.Primary != c.Time.AsOf)
            {
                years.Add(c.Time.Primary.Year);
            }

            // With no year named, an anniversary may be the recent or the coming one.
            bool Fits(int y) => years.Count > 0 ? years.Contains(y) : Math.Abs(c.Time.AsOf.Year - y) <= 1;
            var ok = Fits(year);
            var from = date;
            for (var i = 0; i < fact.AlsoDates.Count && !ok; i++)
            {
                from = fact.AlsoDates[i];
                year = from.Year + c.Age;
                ok = Fits(year);
            }

            if (ok)
            {
                return v.Supported(c.Subject, c.Property.Name, fact.Location, $"{Wording.Subject(c.Subject)} {Wording.Happened(c.Property)} {v.Words.On(from)}, so its {Ordinal(c.Age)} anniversary is in {year}");
            }

            var at = years.Count > 0 ? years[0] : c.Time.AsOf.Year;
            var right = Ordinal(at - date.Year);
            return ClaimVerdict.Contradicted($"{Wording.Subject(c.Subject)} {Wording.Happened(c.Property)} {v.Words.On(date)}{AcceptedDates.Alternatives(fact.AlsoDates, fact.Note, v.Words.Date)}, so {at} marks its {right} anniversary, not its {Ordinal(c.Age)}", right, right, c.Subject, c.Property.Name, fact.Location);
        }

        if (c.Turning)
        {
            return Turning(c, v, fact, date, died);
        }

        // Between two accepted dates (a signature and an entry into force) both readings are right: every age from the
        // youngest reading to the oldest is.
        (int Min, int Max) Range(FactDate at)
        {
            var range = (Min: FactDate.YearsBetween(date.Latest, at.Earliest), Max: FactDate.YearsBetween(date.Earliest, at.Latest));
            for (var i = 0; i < fact.AlsoDates.Count; i++)
            {
                var also = fact.AlsoDates[i];
                range = (Math.Min(range.Min, FactDate.YearsBetween(also.Latest, at.Earliest)), Math.Max(range.Max, FactDate.YearsBetween(also.Earliest, at.Latest)));
            }

            return range;
        }

        for (var k = 0; k <= c.Time.Others.Count; k++)
        {
            var at = TimeAt(c.Time, k);
            if (died is { } d && d.DayNumber < at.Earliest.DayNumber)
            {
                return null;
            }

            var (min, max) = Range(at);
            if (c.Age >= min && (c.Age <= max || (c.Upcoming && c.Age == max + 1)))
            {
                return v.Supported(c.Subject, c.Property.Name, fact.Location, $"{Wording.Subject(c.Subject)} {Wording.IsOrWas(c.Time)} {c.Age} {v.Words.On(at)} ({Wording.Verb(c.Property)} {v.Words.On(date)})");
            }
        }

        var (lo, hi) = Range(c.Time.Primary);
        if (c.Loose && (c.Age < lo - LooseMargin || c.Age > hi + LooseMargin))
        {
            // "spoke at 11" is a time, not an age of 11.
            return null;
        }

        var expected = lo == hi ? lo.ToString(CultureInfo.InvariantCulture) : $"{lo} or {hi}";
        return ClaimVerdict.Contradicted(
            $"{Wording.Subject(c.Subject)} {Wording.IsOrWas(c.Time)} {expected} {v.Words.On(c.Time.Primary)} ({Wording.Verb(c.Property)} {v.Words.On(date)}{AcceptedDates.Alternatives(fact.AlsoDates, fact.Note, v.Words.Date)}), not {c.Age}",
            expected,
            lo == hi ? expected : null,
            c.Subject,
            c.Property.Name,
            fact.Location);
    }

    // "turned 81 in June": the birthday of that age falls in the month (or year) named. A birth known only to a coarser
    // precision than the period cannot tell, and stays silent.
    private static ClaimVerdict? Turning(AgeClaim c, VerificationContext v, Fact fact, FactDate date, FactDate? died)
    {
        var period = c.Time.Primary;
        if (died is { } d && d.DayNumber < period.Earliest.DayNumber)
        {
            return null;
        }

        var undecided = false;
        for (var k = -1; k < fact.AlsoDates.Count; k++)
        {
            var born = k < 0 ? date : fact.AlsoDates[k];
            if (period.Precision == DatePrecision.Month && born.Precision == DatePrecision.Year)
            {
                undecided = true;
                continue;
            }

            if (born.Year + c.Age == period.Year && (period.Precision == DatePrecision.Year || born.Month == period.Month))
            {
                return v.Supported(c.Subject, c.Property.Name, fact.Location, $"{Wording.Subject(c.Subject)} {Turned(period, c)} {c.Age} {v.Words.On(period)} ({Wording.Verb(c.Property)} {v.Words.On(born)})");
            }
        }

        if (undecided)
        {
            return null;
        }

        var alternatives = AcceptedDates.Alternatives(fact.AlsoDates, fact.Note, v.Words.Date);
        if (period.Precision == DatePrecision.Year || date.Month == period.Month)
        {
            // The birthday is in the period: the age reached then is another.
            var right = (period.Year - date.Year).ToString(CultureInfo.InvariantCulture);
            return ClaimVerdict.Contradicted(
                $"{Wording.Subject(c.Subject)} {Turned(period, c)} {right} {v.Words.On(period)} ({Wording.Verb(c.Property)} {v.Words.On(date)}{alternatives}), not {c.Age}",
                right,
                fact.AlsoDates.Count == 0 ? right : null,
                c.Subject,
                c.Property.Name,
                fact.Location);
        }

        // The birthday is in another month: the age was reached then, whatever the number.
        var birthday = new FactDate(date.Year + c.Age, date.Month, date.Day);
        return ClaimVerdict.Contradicted(
            $"{Wording.Subject(c.Subject)} {Turned(birthday, c)} {c.Age} {v.Words.On(birthday)}, not {v.Words.On(period)} ({Wording.Verb(c.Property)} {v.Words.On(date)}{alternatives})",
            null,
            null,
            c.Subject,
            c.Property.Name,
            fact.Location);
    }

    // "turns" for a time after the article's, else "turned".
    private static string Turned(FactDate when, AgeClaim c) => when.Earliest.DayNumber > c.Time.AsOf.DayNumber ? "turns" : "turned";
}
