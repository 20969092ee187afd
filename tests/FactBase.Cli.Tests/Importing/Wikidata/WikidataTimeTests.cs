using FactBase.Cli.Importing.Wikidata;
using FactBase.Model;

namespace FactBase.Cli.Tests.Importing.Wikidata;

/// <summary>Wikidata time values become FactBase dates at the precision Wikidata states.</summary>
public sealed class WikidataTimeTests
{
    [Theory]
    [InlineData("+1949-04-04T00:00:00Z", 11, false, "1949-04-04")]
    [InlineData("+1949-04-04T00:00:00Z", 10, false, "1949-04")]
    [InlineData("+1949-04-04T00:00:00Z", 9, false, "1949")]
    [InlineData("+2019-00-00T00:00:00Z", 9, false, "2019")]
    [InlineData("+1951-00-00T00:00:00Z", 11, false, "1951")]
    [InlineData("+00000001952-03-11T00:00:00Z", 11, false, "1952-03-11")]
    [InlineData("+1582-10-05T00:00:00Z", 11, true, "1582-10-15")]
    [InlineData("+1731-02-11T00:00:00Z", 11, true, "1731-02-22")]
    [InlineData("+1700-02-29T00:00:00Z", 11, true, "1700-03-11")]
    [InlineData("+1700-02-18T00:00:00Z", 10, true, "1700")]
    public void A_time_becomes_a_date_at_its_precision(string text, int precision, bool julian, string expected)
    {
        Assert.True(WikidataTime.TryParse(text, precision, julian, out var time));
        Assert.Equal(FactDate.Parse(expected), time.ToFactDate());
        Assert.Equal(FactDate.Parse(expected).Precision, time.ToFactDate()!.Value.Precision);
    }

    [Theory]
    [InlineData("+1950-00-00T00:00:00Z", 8)]
    [InlineData("+2000-00-00T00:00:00Z", 7)]
    [InlineData("-0753-04-21T00:00:00Z", 11)]
    [InlineData("+0000-01-01T00:00:00Z", 9)]
    [InlineData("+12000-01-01T00:00:00Z", 9)]
    [InlineData("+1949-02-30T00:00:00Z", 11)]
    [InlineData("+1949-13-01T00:00:00Z", 10)]
    public void A_time_coarser_than_a_year_or_outside_the_calendar_gives_no_date(string text, int precision)
    {
        Assert.True(WikidataTime.TryParse(text, precision, false, out var time));
        Assert.Null(time.ToFactDate());
    }

    [Theory]
    [InlineData("1949-04-04")]
    [InlineData("+1949")]
    [InlineData("+19x9-04-04T00:00:00Z")]
    [InlineData("")]
    public void Text_of_another_shape_is_not_a_time(string text)
        => Assert.False(WikidataTime.TryParse(text, 11, false, out _));
}
