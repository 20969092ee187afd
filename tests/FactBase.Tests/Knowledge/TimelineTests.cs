using FactBase.Knowledge;
using FactBase.Model;

namespace FactBase.Tests.Knowledge;

/// <summary>As-of queries: <c>from</c> is the first day a value holds, <c>to</c> the first day it no longer does.</summary>
public sealed class TimelineTests
{
    // NATO's Secretaries General around the 2024 handover.
    private static readonly Timeline<string> SecretaryGeneral = new(new[]
    {
        Period("mark-rutte", "2024-10-01", null),
        Period("jens-stoltenberg", "2014-10-01", "2024-10-01"),
    });

    private static readonly Timeline<string> Members = new(new[]
    {
        Period("finland", "2023-04-04", null),
        Period("sweden", "2024-03-07", null),
        Period("norway", "1949-08-24", null),
        Period("greenland-as-a-joke", "1950", "1951"),
    });

    [Theory]
    [InlineData("2024-09-30", "jens-stoltenberg")]
    [InlineData("2024-10-01", "mark-rutte")]
    [InlineData("2025-03-07", "mark-rutte")]
    [InlineData("2014-10-01", "jens-stoltenberg")]
    public void At_treats_to_as_exclusive(string date, string holder)
    {
        Assert.Equal(holder, SecretaryGeneral.At(FactDate.Parse(date)));
        Assert.True(SecretaryGeneral.TryAt(FactDate.Parse(date), out var value));
        Assert.Equal(holder, value);
    }

    [Fact]
    public void Before_the_first_period_nothing_holds()
    {
        Assert.False(SecretaryGeneral.TryAt(FactDate.Parse("2014-09-30"), out var value));
        Assert.Null(value);
        Assert.Throws<InvalidOperationException>(() => SecretaryGeneral.At(FactDate.Parse("2014-09-30")));
        Assert.Empty(SecretaryGeneral.AllAt(FactDate.Parse("2014-09-30")));
    }

    [Fact]
    public void A_gap_between_periods_has_no_value()
    {
        var timeline = new Timeline<string>(new[] { Period("a", "2000", "2001-01-01"), Period("b", "2001-06-01", null) });
        Assert.False(timeline.TryAt(FactDate.Parse("2001-03-01"), out _));
        Assert.Equal("b", timeline.At(FactDate.Parse("2001-06-01")));
    }

    [Fact]
    public void Periods_are_sorted_by_start()
        => Assert.Equal(new[] { "norway", "greenland-as-a-joke", "finland", "sweden" }, Members.Periods.Select(p => p.Value));

    [Theory]
    [InlineData("1949-08-23", new string[0])]
    [InlineData("1949-08-24", new[] { "norway" })]
    [InlineData("1950-06-01", new[] { "norway", "greenland-as-a-joke" })]
    [InlineData("1951-01-01", new[] { "norway" })]
    [InlineData("2023-04-03", new[] { "norway" })]
    [InlineData("2023-04-04", new[] { "norway", "finland" })]
    [InlineData("2024-03-07", new[] { "norway", "finland", "sweden" })]
    public void AllAt_gives_every_value_that_holds(string date, string[] expected)
        => Assert.Equal(expected, Members.AllAt(FactDate.Parse(date)));

    [Fact]
    public void A_year_precision_period_starts_on_the_first_day_of_its_year()
    {
        Assert.DoesNotContain("greenland-as-a-joke", Members.AllAt(FactDate.Parse("1949-12-31")));
        Assert.Contains("greenland-as-a-joke", Members.AllAt(FactDate.Parse("1950-01-01")));
        Assert.Contains("greenland-as-a-joke", Members.AllAt(FactDate.Parse("1950")));
    }

    [Fact]
    public void When_periods_overlap_At_gives_the_one_that_started_last()
    {
        var timeline = new Timeline<string>(new[] { Period("old", "2000", null), Period("new", "2010", null) });
        Assert.Equal("new", timeline.At(FactDate.Parse("2015")));
        Assert.Equal("old", timeline.At(FactDate.Parse("2005")));
    }

    [Fact]
    public void Accepts_DateOnly()
        => Assert.Equal("mark-rutte", SecretaryGeneral.At(new DateOnly(2025, 3, 7)));

    [Fact]
    public void Timeline_entries_and_periods_agree_on_coverage()
    {
        var entry = new TimelineEntry("x", FactDate.Parse("2020-01-01"), FactDate.Parse("2021-01-01"), null, SourceLocation.None);
        Assert.True(entry.Covers(FactDate.Parse("2020-12-31")));
        Assert.False(entry.Covers(FactDate.Parse("2021-01-01")));
        Assert.False(entry.Covers(FactDate.Parse("2019-12-31")));
    }

    [Fact]
    public void The_empty_timeline_holds_nothing()
    {
        Assert.False(Timeline<int>.Empty.TryAt(FactDate.Parse("2020"), out _));
        Assert.Empty(Timeline<int>.Empty.AllAt(FactDate.Parse("2020")));
    }

    private static TimelinePeriod<string> Period(string value, string from, string? to)
        => new(value, FactDate.Parse(from), to is null ? null : FactDate.Parse(to), null);
}
