using System.Globalization;
using FactBase.Model;

namespace FactBase.Tests.Model;

/// <summary>
/// ToString writes the digits itself instead of calling string.Format (issue 6); the text must equal the old
/// "D4" / "{0:D4}-{1:D2}" / "{0:D4}-{1:D2}-{2:D2}" formatting for every date.
/// </summary>
public sealed class FactDateFormattingTests
{
    // Days that exercise every digit position of the day: both single-digit edges, 10, 19/20/29/30 and the month's last.
    private static readonly int[] Days = { 1, 9, 10, 11, 19, 20, 28, 29, 30, 31 };

    [Fact]
    public void Every_year_and_month_formats_as_string_Format_does()
    {
        // Year 0 cannot be constructed (years are 1-9999), so every constructible year is covered.
        for (var year = 1; year <= 9999; year++)
        {
            Check(new FactDate(year), year.ToString("D4", CultureInfo.InvariantCulture));
            for (var month = 1; month <= 12; month++)
            {
                Check(new FactDate(year, month), string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}", year, month));
                var last = DateTime.DaysInMonth(year, month);
                foreach (var day in Days)
                {
                    if (day <= last)
                    {
                        Check(new FactDate(year, month, day), StringFormatDay(year, month, day));
                    }
                }
            }
        }
    }

    [Fact]
    public void Every_day_of_a_leap_and_a_common_year_formats_as_string_Format_does()
    {
        foreach (var year in new[] { 1900, 2000, 2023, 2024 })
        {
            for (var date = new DateOnly(year, 1, 1); date.Year == year; date = date.AddDays(1))
            {
                Check(new FactDate(date.Year, date.Month, date.Day), StringFormatDay(date.Year, date.Month, date.Day));
            }
        }
    }

    [Fact]
    public void The_text_parses_back_to_the_same_date()
    {
        foreach (var date in new[] { new FactDate(1), new FactDate(9, 9), new FactDate(99, 10, 9), new FactDate(999, 12, 31), new FactDate(9999, 12, 31), new FactDate(2024, 2, 29) })
        {
            Assert.Equal(date, FactDate.Parse(date.ToString()));
        }
    }

    private static string StringFormatDay(int year, int month, int day)
        => string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}-{2:D2}", year, month, day);

    private static void Check(FactDate date, string expected)
    {
        var actual = date.ToString();
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            Assert.Fail($"{date.Year}-{date.Month}-{date.Day}: expected '{expected}', got '{actual}'");
        }
    }
}
