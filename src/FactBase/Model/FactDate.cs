using System;
using System.Globalization;

namespace FactBase.Model;

/// <summary>
/// A calendar date that keeps its precision: <c>1949</c>, <c>1949-04</c> or <c>1949-04-04</c>.
/// </summary>
/// <remarks>
/// Precision matters to the checker: with <c>founded: 1949</c> an article may say "75" or "76"
/// years, with <c>1949-04-04</c> only one age is right. Comparisons use <see cref="Earliest"/>.
/// </remarks>
public readonly struct FactDate : IEquatable<FactDate>, IComparable<FactDate>
{
    private static readonly int[] DaysInMonth = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

    // The days before the first of each month in a common year: the running sum of DaysInMonth.
    private static readonly int[] DaysBeforeMonth = { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334 };

    /// <summary>Creates a date of year, month or day precision.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="month">The month 1-12, or 0 when unknown.</param>
    /// <param name="day">The day of the month, or 0 when unknown.</param>
    /// <exception cref="ArgumentOutOfRangeException">The parts do not form a valid date.</exception>
    public FactDate(int year, int month = 0, int day = 0)
    {
        if (!IsValid(year, month, day))
        {
            throw new ArgumentOutOfRangeException(nameof(year), $"{year}-{month}-{day} is not a valid date.");
        }

        Year = year;
        Month = month;
        Day = day;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The month (1-12), or 0 when the precision is <see cref="DatePrecision.Year"/>.</summary>
    public int Month { get; }

    /// <summary>The day of the month, or 0 unless the precision is <see cref="DatePrecision.Day"/>.</summary>
    public int Day { get; }

    /// <summary>How much of this date is known.</summary>
    public DatePrecision Precision => Day != 0 ? DatePrecision.Day : Month != 0 ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The first day this date may stand for (<c>1949</c> → 1949-01-01).</summary>
    public FactDate Earliest => new(Year, Month == 0 ? 1 : Month, Day == 0 ? 1 : Day);

    /// <summary>The last day this date may stand for (<c>1949</c> → 1949-12-31).</summary>
    public FactDate Latest
    {
        get
        {
            var month = Month == 0 ? 12 : Month;
            return new FactDate(Year, month, Day == 0 ? DaysIn(Year, month) : Day);
        }
    }

    /// <summary>The number of days since 0001-01-01 of <see cref="Earliest"/>; used for ordering.</summary>
    /// <remarks>Hot path (docs/performance.md): the verifiers compare periods by day numbers, so this reads a table of
    /// the days before each month and builds no <see cref="Earliest"/>.</remarks>
    internal int DayNumber
    {
        get
        {
            if (Year < 1)
            {
                _ = Earliest; // default(FactDate) is no date: throw as Earliest does
            }

            return DayNumberOf(Year, Month == 0 ? 1 : Month, Day == 0 ? 1 : Day);
        }
    }

    /// <summary>The <see cref="DayNumber"/> of <see cref="Latest"/>: the last day the date covers.</summary>
    /// <remarks>Hot path (docs/performance.md): periods are compared with the last day of a year or month; this builds
    /// no <see cref="Latest"/>.</remarks>
    internal int LastDayNumber
    {
        get
        {
            if (Year < 1)
            {
                _ = Latest; // default(FactDate) is no date: throw as Latest does
            }

            var month = Month == 0 ? 12 : Month;
            return DayNumberOf(Year, month, Day == 0 ? DaysIn(Year, month) : Day);
        }
    }

    private static int DayNumberOf(int year, int month, int day)
    {
        var y = year - 1;
        var days = (y * 365) + (y / 4) - (y / 100) + (y / 400) + DaysBeforeMonth[month - 1];
        if (month > 2 && DaysIn(year, 2) == 29)
        {
            days++;
        }

        return days + day - 1;
    }

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="date">The date, when the text is valid.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a valid date of one of the three forms.</returns>
    public static bool TryParse(string? text, out FactDate date)
    {
        date = default;
        if (text is null)
        {
            return false;
        }

        var parts = text.Trim().Split('-');
        if (parts.Length > 3 || parts[0].Length != 4)
        {
            return false;
        }

        var numbers = new int[3];
        for (var i = 0; i < parts.Length; i++)
        {
            if ((i > 0 && parts[i].Length != 2)
                || !int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return false;
            }
        }

        if (!IsValid(numbers[0], numbers[1], numbers[2]) || (parts.Length > 1 && numbers[1] == 0) || (parts.Length > 2 && numbers[2] == 0))
        {
            return false;
        }

        date = new FactDate(numbers[0], numbers[1], numbers[2]);
        return true;
    }

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The date.</returns>
    /// <exception cref="FormatException">The text is not a valid date.</exception>
    public static FactDate Parse(string text)
        => TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.");

#if NET6_0_OR_GREATER
    /// <summary>Converts a <see cref="DateOnly"/> to a date of day precision.</summary>
    /// <param name="date">The date.</param>
    public static implicit operator FactDate(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>The first day this date may stand for, as a <see cref="DateOnly"/>.</summary>
    /// <returns>The earliest day.</returns>
    public DateOnly ToDateOnly()
    {
        var e = Earliest;
        return new DateOnly(e.Year, e.Month, e.Day);
    }
#endif

    /// <summary>Converts a <see cref="DateTime"/> to a date of day precision.</summary>
    /// <param name="dateTime">The date and time; the time is ignored.</param>
    /// <returns>The date.</returns>
    public static FactDate FromDateTime(DateTime dateTime) => new(dateTime.Year, dateTime.Month, dateTime.Day);

    /// <summary>Whole years from <paramref name="from"/> to <paramref name="to"/>, as people count ages.</summary>
    /// <param name="from">A date of day precision.</param>
    /// <param name="to">A later date of day precision.</param>
    /// <returns>The number of birthdays (anniversaries) passed.</returns>
    internal static int YearsBetween(FactDate from, FactDate to)
    {
        var years = to.Year - from.Year;
        if (to.Month < from.Month || (to.Month == from.Month && to.Day < from.Day))
        {
            years--;
        }

        return years;
    }

    /// <summary>The number of days in a month.</summary>
    internal static int DaysIn(int year, int month)
        => month == 2 && (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : DaysInMonth[month - 1];

    private static bool IsValid(int year, int month, int day)
        => year is >= 1 and <= 9999
           && month is >= 0 and <= 12
           && day >= 0
           && (day == 0 || (month != 0 && day <= DaysIn(year, month)));

    /// <inheritdoc/>
    public bool Equals(FactDate other) => Year == other.Year && Month == other.Month && Day == other.Day;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FactDate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (Year * 397) ^ (Month * 31) ^ Day;

    /// <inheritdoc/>
    public int CompareTo(FactDate other)
    {
        var c = DayNumber.CompareTo(other.DayNumber);
        return c != 0 ? c : Precision.CompareTo(other.Precision);
    }

    /// <summary>Formats the date as it was written: <c>1949</c>, <c>1949-04</c> or <c>1949-04-04</c>.</summary>
    /// <returns>The ISO 8601 text of this date at its precision.</returns>
    /// <remarks>Hot path (docs/performance.md): every verdict message formats dates, so the digits are written directly,
    /// with no <c>string.Format</c> (which boxes the numbers and parses its format per call). Years have four digits
    /// (1-9999).</remarks>
    public override string ToString()
    {
        var chars = new char[Precision switch { DatePrecision.Year => 4, DatePrecision.Month => 7, _ => 10 }];
        WriteDigits(chars, 0, Year, 4);
        if (chars.Length > 4)
        {
            chars[4] = '-';
            WriteDigits(chars, 5, Month, 2);
        }

        if (chars.Length > 7)
        {
            chars[7] = '-';
            WriteDigits(chars, 8, Day, 2);
        }

        return new string(chars);
    }

    // The last `count` decimal digits of `value`, zero-padded, as "D4" or "D2" formats them for 0 <= value < 10^count.
    private static void WriteDigits(char[] chars, int start, int value, int count)
    {
        for (var i = start + count - 1; i >= start; i--)
        {
            chars[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }

    /// <summary>Equality.</summary>
    public static bool operator ==(FactDate left, FactDate right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(FactDate left, FactDate right) => !left.Equals(right);

    /// <summary>Ordering by earliest day.</summary>
    public static bool operator <(FactDate left, FactDate right) => left.CompareTo(right) < 0;

    /// <summary>Ordering by earliest day.</summary>
    public static bool operator >(FactDate left, FactDate right) => left.CompareTo(right) > 0;

    /// <summary>Ordering by earliest day.</summary>
    public static bool operator <=(FactDate left, FactDate right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering by earliest day.</summary>
    public static bool operator >=(FactDate left, FactDate right) => left.CompareTo(right) >= 0;

    private static readonly string[] MonthNames =
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    /// <summary>Why a well-formed YYYY-MM-DD is no day of the calendar ("November has 30 days"), else <see langword="null"/>.</summary>
    /// <param name="text">The text as written.</param>
    /// <returns>The reason, in words an editor reads, or <see langword="null"/>.</returns>
    public static string? ImpossibleDay(string? text)
    {
        if (text is not { Length: 10 } || text[4] != '-' || text[7] != '-'
            || !int.TryParse(text.Substring(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.Substring(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(text.Substring(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || year < 1)
        {
            return null;
        }

        if (month is < 1 or > 12)
        {
            return "there are 12 months";
        }

        var days = DateTime.DaysInMonth(year, month);
        if (day == 0)
        {
            return "days start at 01";
        }

        return day > days
            ? month == 2 && days == 28 ? $"February {year.ToString(CultureInfo.InvariantCulture)} has 28 days" : $"{MonthNames[month - 1]} has {days.ToString(CultureInfo.InvariantCulture)} days"
            : null;
    }

    /// <summary>What is wrong with <paramref name="text"/> where a day (YYYY-MM-DD) is wanted: "'2025-13-01' is no day of
    /// the calendar: there are 12 months", or "'soon' is not a date of the form YYYY-MM-DD".</summary>
    /// <param name="text">The text as written.</param>
    /// <returns>The message, starting with the quoted text.</returns>
    public static string NotADay(string text)
        => ImpossibleDay(text) is { } why ? $"'{text}' is no day of the calendar: {why}" : $"'{text}' is not a date of the form YYYY-MM-DD";
}
