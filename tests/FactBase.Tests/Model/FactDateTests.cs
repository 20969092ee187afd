using FactBase.Model;

namespace FactBase.Tests.Model;

public sealed class FactDateTests
{
    [Theory]
    [InlineData("1949", 1949, 0, 0, DatePrecision.Year)]
    [InlineData("1949-04", 1949, 4, 0, DatePrecision.Month)]
    [InlineData("1949-04-04", 1949, 4, 4, DatePrecision.Day)]
    [InlineData("2024-02-29", 2024, 2, 29, DatePrecision.Day)]
    [InlineData("2000-02-29", 2000, 2, 29, DatePrecision.Day)]
    [InlineData(" 1949-04-04 ", 1949, 4, 4, DatePrecision.Day)]
    public void Parses_each_precision_and_keeps_it(string text, int year, int month, int day, DatePrecision precision)
    {
        Assert.True(FactDate.TryParse(text, out var date));
        Assert.Equal(year, date.Year);
        Assert.Equal(month, date.Month);
        Assert.Equal(day, date.Day);
        Assert.Equal(precision, date.Precision);
        Assert.Equal(text.Trim(), date.ToString());
    }

    [Theory]
    [InlineData("1949-02-30")]
    [InlineData("1949-02-29")]
    [InlineData("1900-02-29")]
    [InlineData("1949-13")]
    [InlineData("1949-13-01")]
    [InlineData("1949-00")]
    [InlineData("1949-04-00")]
    [InlineData("1949-04-31")]
    [InlineData("1949-4-4")]
    [InlineData("49")]
    [InlineData("19490")]
    [InlineData("0000")]
    [InlineData("1949-04-04-01")]
    [InlineData("1949/04/04")]
    [InlineData("April 1949")]
    [InlineData("+1949")]
    [InlineData("-1949")]
    [InlineData("1949-")]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(null)]
    public void Rejects_what_is_not_a_date(string? text)
    {
        Assert.False(FactDate.TryParse(text, out _));
        if (text is not null)
        {
            Assert.Throws<FormatException>(() => FactDate.Parse(text));
        }
    }

    [Theory]
    [InlineData(1949, 2, 30)]
    [InlineData(1949, 13, 0)]
    [InlineData(1949, 0, 5)]
    [InlineData(0, 0, 0)]
    [InlineData(10000, 0, 0)]
    public void Constructor_refuses_impossible_dates(int year, int month, int day)
        => Assert.Throws<ArgumentOutOfRangeException>(() => new FactDate(year, month, day));

    [Theory]
    [InlineData("1949", "1949-01-01", "1949-12-31")]
    [InlineData("1949-04", "1949-04-01", "1949-04-30")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2023-02", "2023-02-01", "2023-02-28")]
    [InlineData("1949-04-04", "1949-04-04", "1949-04-04")]
    public void Earliest_and_latest_span_the_precision(string text, string earliest, string latest)
    {
        var date = FactDate.Parse(text);
        Assert.Equal(FactDate.Parse(earliest), date.Earliest);
        Assert.Equal(FactDate.Parse(latest), date.Latest);
    }

    [Fact]
    public void Equality_includes_precision()
    {
        Assert.Equal(FactDate.Parse("1949-04-04"), new FactDate(1949, 4, 4));
        Assert.NotEqual(FactDate.Parse("1949"), FactDate.Parse("1949-01-01"));
        Assert.NotEqual(FactDate.Parse("1949-04"), FactDate.Parse("1949-04-01"));
        Assert.True(FactDate.Parse("1949") != FactDate.Parse("1949-01"));
        Assert.Equal(FactDate.Parse("1949-04").GetHashCode(), new FactDate(1949, 4).GetHashCode());
    }

    [Fact]
    public void Orders_by_day_then_by_precision()
    {
        Assert.True(FactDate.Parse("1949-04-04") < FactDate.Parse("1949-04-05"));
        Assert.True(FactDate.Parse("1948-12-31") < FactDate.Parse("1949"));
        Assert.True(FactDate.Parse("1949") < FactDate.Parse("1949-01-01"));
        Assert.True(FactDate.Parse("1950") > FactDate.Parse("1949-12-31"));
        Assert.True(FactDate.Parse("1949-04-04") <= FactDate.Parse("1949-04-04"));
        var sorted = new[] { "2024-03-07", "1949", "2023-04", "1949-04-04" }.Select(FactDate.Parse).Order().Select(d => d.ToString());
        Assert.Equal(new[] { "1949", "1949-04-04", "2023-04", "2024-03-07" }, sorted);
    }

    [Fact]
    public void Converts_from_and_to_DateOnly()
    {
        FactDate date = new DateOnly(2025, 3, 7);
        Assert.Equal(FactDate.Parse("2025-03-07"), date);
        Assert.Equal(DatePrecision.Day, date.Precision);
        Assert.Equal(new DateOnly(1949, 1, 1), FactDate.Parse("1949").ToDateOnly());
        Assert.Equal(FactDate.Parse("2025-03-07"), FactDate.FromDateTime(new DateTime(2025, 3, 7, 23, 59, 0)));
    }

    [Theory]
    [InlineData("1949-04-04", "2025-03-07", 75)]
    [InlineData("1949-04-04", "2024-04-04", 75)]
    [InlineData("1949-04-04", "2024-04-03", 74)]
    [InlineData("1946-06-14", "2025-03-07", 78)]
    [InlineData("2000-02-29", "2001-02-28", 0)]
    [InlineData("2000-02-29", "2001-03-01", 1)]
    public void Whole_years_between_two_days(string from, string to, int years)
        => Assert.Equal(years, FactDate.YearsBetween(FactDate.Parse(from), FactDate.Parse(to)));
}
