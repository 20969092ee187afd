using System;
using FactBase.Model;

namespace FactBase.Cli.Importing.Wikidata;

/// <summary>
/// A Wikidata time value: <c>{"time": "+1949-04-04T00:00:00Z", "precision": 11, "calendarmodel": ".../Q1985727"}</c>.
/// </summary>
/// <param name="Year">The year as written (negative before the common era).</param>
/// <param name="Month">The month as written, 0 when the text has 00.</param>
/// <param name="Day">The day as written, 0 when the text has 00.</param>
/// <param name="Precision">Wikidata's precision: 9 year, 10 month, 11 day; lower is a decade, century... </param>
/// <param name="Julian">Whether the date is in the Julian calendar (<c>Q1985786</c>), not the proleptic Gregorian one.</param>
internal readonly record struct WikidataTime(long Year, int Month, int Day, int Precision, bool Julian)
{
    /// <summary>Wikidata's item for the proleptic Julian calendar, the calendar model of old dates.</summary>
    public const string JulianCalendar = "http://www.wikidata.org/entity/Q1985786";

    /// <summary>Reads the <c>time</c> text: a sign, a year of four or more digits, <c>-MM-DD</c>, then <c>T...</c>.</summary>
    /// <param name="text">The text, e.g. <c>+1949-04-04T00:00:00Z</c> or <c>+2019-00-00T00:00:00Z</c>.</param>
    /// <param name="precision">The value's <c>precision</c>.</param>
    /// <param name="julian">Whether its calendar model is the Julian calendar.</param>
    /// <param name="time">The time, when the text has this shape.</param>
    /// <returns><see langword="true"/> when the text is a Wikidata time.</returns>
    public static bool TryParse(string text, int precision, bool julian, out WikidataTime time)
    {
        time = default;
        if (text.Length < 12 || (text[0] != '+' && text[0] != '-'))
        {
            return false;
        }

        var dash = text.IndexOf('-', 1);
        if (dash < 5 || dash > 17 || dash + 6 > text.Length || text[dash + 3] != '-'
            || !long.TryParse(text.AsSpan(1, dash - 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            || !TwoDigits(text, dash + 1, out var month)
            || !TwoDigits(text, dash + 4, out var day))
        {
            return false;
        }

        time = new WikidataTime(text[0] == '-' ? -year : year, month, day, precision, julian);
        return true;
    }

    /// <summary>
    /// The FactBase date this time stands for, at the precision Wikidata states (year, month or day), or
    /// <see langword="null"/> when it has none: a decade or coarser, a year outside 1-9999, or a day that
    /// does not exist. A Julian day is converted to the Gregorian calendar; a Julian month is kept as its year
    /// only, since the two calendars may put it in different months.
    /// </summary>
    /// <returns>The date, or <see langword="null"/>.</returns>
    public FactDate? ToFactDate()
    {
        if (Precision < 9 || Year < 1 || Year > 9999)
        {
            return null;
        }

        var year = (int)Year;
        if (Precision == 9 || Month == 0 || (Julian && Precision == 10))
        {
            return new FactDate(year);
        }

        if (Month > 12)
        {
            return null;
        }

        if (Precision == 10 || Day == 0)
        {
            return new FactDate(year, Month);
        }

        if (Day > DateTime.DaysInMonth(year, Month) && !(Julian && Month == 2 && Day == 29 && year % 4 == 0))
        {
            return null;
        }

        if (!Julian)
        {
            return new FactDate(year, Month, Day);
        }

        var gregorian = FromJulianDay(JulianDayOfJulianDate(year, Month, Day));
        return gregorian is { } g && g.Year is >= 1 and <= 9999 ? new FactDate(g.Year, g.Month, g.Day) : null;
    }

    // The Julian day number of a date in the Julian calendar (the standard integer formula).
    private static long JulianDayOfJulianDate(int year, int month, int day)
    {
        var a = (14 - month) / 12;
        var y = (long)year + 4800 - a;
        var m = month + (12 * a) - 3;
        return day + (((153 * m) + 2) / 5) + (365 * y) + (y / 4) - 32083;
    }

    // The Gregorian date of a Julian day number.
    private static (int Year, int Month, int Day)? FromJulianDay(long jdn)
    {
        var a = jdn + 32044;
        var b = ((4 * a) + 3) / 146097;
        var c = a - (146097 * b / 4);
        var d = ((4 * c) + 3) / 1461;
        var e = c - (1461 * d / 4);
        var m = ((5 * e) + 2) / 153;
        var day = (int)(e - (((153 * m) + 2) / 5) + 1);
        var month = (int)(m + 3 - (12 * (m / 10)));
        var year = (100 * b) + d - 4800 + (m / 10);
        return year is < int.MinValue or > int.MaxValue ? null : ((int)year, month, day);
    }

    private static bool TwoDigits(string text, int at, out int value)
    {
        value = 0;
        if (at + 2 > text.Length || !char.IsAsciiDigit(text[at]) || !char.IsAsciiDigit(text[at + 1]))
        {
            return false;
        }

        value = ((text[at] - '0') * 10) + (text[at + 1] - '0');
        return true;
    }
}
