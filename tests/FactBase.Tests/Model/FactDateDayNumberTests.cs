using FactBase.Model;

namespace FactBase.Tests.Model;

/// <summary>
/// DayNumber and LastDayNumber read a table of the days before each month (issue 6); they must count exactly as the
/// calendar does: the days since 0001-01-01 of <see cref="FactDate.Earliest"/> and of <see cref="FactDate.Latest"/>.
/// The reference is <see cref="DateOnly.DayNumber"/>, which counts from the same day.
/// </summary>
public sealed class FactDateDayNumberTests
{
    public static TheoryData<int, int> YearRanges() => new()
    {
        { 1, 400 },
        { 401, 1200 },
        { 1201, 1899 },
        { 1900, 2199 },
        { 9990, 9999 },
    };

    [Theory]
    [MemberData(nameof(YearRanges))]
    public void Every_day_month_and_year_counts_as_the_calendar_does(int firstYear, int lastYear)
    {
        for (var year = firstYear; year <= lastYear; year++)
        {
            var yearDate = new FactDate(year);
            Assert.Equal(new DateOnly(year, 1, 1).DayNumber, yearDate.DayNumber);
            Assert.Equal(new DateOnly(year, 12, 31).DayNumber, yearDate.LastDayNumber);

            for (var month = 1; month <= 12; month++)
            {
                var days = DateTime.DaysInMonth(year, month);
                var monthDate = new FactDate(year, month);
                Assert.Equal(new DateOnly(year, month, 1).DayNumber, monthDate.DayNumber);
                Assert.Equal(new DateOnly(year, month, days).DayNumber, monthDate.LastDayNumber);

                for (var day = 1; day <= days; day++)
                {
                    var expected = new DateOnly(year, month, day).DayNumber;
                    var date = new FactDate(year, month, day);
                    if (date.DayNumber != expected || date.LastDayNumber != expected)
                    {
                        Assert.Fail($"{date}: DayNumber {date.DayNumber}, LastDayNumber {date.LastDayNumber}, expected {expected}");
                    }
                }
            }
        }
    }

    [Theory]
    [InlineData(1900, 28)] // divisible by 100, not by 400: common
    [InlineData(2000, 29)] // divisible by 400: leap
    [InlineData(2024, 29)]
    [InlineData(2023, 28)]
    [InlineData(2100, 28)]
    public void February_ends_on_the_calendar_day_and_March_follows_it(int year, int lastOfFebruary)
    {
        var february = new FactDate(year, 2);
        Assert.Equal(new FactDate(year, 2, lastOfFebruary).DayNumber, february.LastDayNumber);
        Assert.Equal(february.LastDayNumber + 1, new FactDate(year, 3).DayNumber);
        Assert.Equal(new FactDate(year, 3, 1).DayNumber - new FactDate(year, 2, 1).DayNumber, lastOfFebruary);
    }

    [Fact]
    public void Day_numbers_are_those_of_earliest_and_latest()
    {
        foreach (var text in new[] { "0001", "0001-01", "1949", "1949-04", "1949-04-04", "2000-02", "2024-12", "9999", "9999-12", "9999-12-31" })
        {
            var date = FactDate.Parse(text);
            Assert.Equal(date.Earliest.ToDateOnly().DayNumber, date.DayNumber);
            Assert.Equal(date.Latest.ToDateOnly().DayNumber, date.LastDayNumber);
        }
    }

    [Fact]
    public void The_default_value_is_no_date_and_has_no_day_number()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => default(FactDate).DayNumber);
        Assert.Throws<ArgumentOutOfRangeException>(() => default(FactDate).LastDayNumber);
    }
}
