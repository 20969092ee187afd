using FactBase.Model;

namespace FactBase.Tests.Model;

/// <summary>
/// Period.Covers and Overlaps compare day numbers without building Earliest and Latest (issue 6); they must answer as
/// the definition [from, to) does when read with calendar days of Earliest and Latest.
/// </summary>
public sealed class PeriodTests
{
    // The reference: calendar days (DateOnly), independent of FactDate's own day numbers.
    private static DateOnly First(FactDate d) => new(d.Earliest.Year, d.Earliest.Month, d.Earliest.Day);

    private static DateOnly Last(FactDate d) => new(d.Latest.Year, d.Latest.Month, d.Latest.Day);

    private static bool ReferenceCovers(FactDate from, FactDate? to, FactDate date)
        => First(from) <= First(date) && (to is not { } end || First(date) < First(end));

    private static bool ReferenceOverlaps(FactDate from, FactDate? to, FactDate date)
        => First(from) <= Last(date) && (to is not { } end || First(end) > First(date));

    /// <summary>Dates of every precision around year, month and leap-day boundaries.</summary>
    private static List<FactDate> Pool()
    {
        var pool = new List<FactDate>();
        foreach (var year in new[] { 1, 1899, 1900, 1999, 2000, 2001, 2023, 2024, 9999 })
        {
            pool.Add(new FactDate(year));
            for (var month = 1; month <= 12; month++)
            {
                pool.Add(new FactDate(year, month));
                var last = FactDate.DaysIn(year, month);
                foreach (var day in new[] { 1, 2, last - 1, last })
                {
                    pool.Add(new FactDate(year, month, day));
                }
            }
        }

        return pool;
    }

    [Fact]
    public void Covers_and_overlaps_answer_as_the_definition_for_generated_periods_and_dates()
    {
        var pool = Pool();
        var random = new Random(20260601);
        var covered = 0;
        var overlapped = 0;
        for (var n = 0; n < 300_000; n++)
        {
            var from = pool[random.Next(pool.Count)];
            FactDate? to = random.Next(4) == 0 ? null : pool[random.Next(pool.Count)];
            var date = pool[random.Next(pool.Count)];

            var covers = Period.Covers(from, to, date);
            var overlaps = Period.Overlaps(from, to, date);
            if (covers != ReferenceCovers(from, to, date) || overlaps != ReferenceOverlaps(from, to, date))
            {
                Assert.Fail($"[{from}, {to?.ToString() ?? "open"}) at {date}: covers {covers}, overlaps {overlaps}");
            }

            covered += covers ? 1 : 0;
            overlapped += overlaps ? 1 : 0;
        }

        // Both answers occur often, so a constant answer would have failed above.
        Assert.InRange(covered, 10_000, 290_000);
        Assert.InRange(overlapped, 10_000, 290_000);
    }

    [Fact]
    public void Adjacent_periods_at_every_precision_answer_as_the_definition()
    {
        // Every ordered pair of nearby dates as from and to, asked at every nearby date: the boundaries the verifier meets.
        var near = Pool().Where(d => d.Year is 1999 or 2000).ToList();
        foreach (var from in near)
        {
            foreach (var date in near)
            {
                Assert.Equal(ReferenceCovers(from, null, date), Period.Covers(from, null, date));
                Assert.Equal(ReferenceOverlaps(from, null, date), Period.Overlaps(from, null, date));
                foreach (var to in near)
                {
                    if (Period.Covers(from, to, date) != ReferenceCovers(from, to, date) || Period.Overlaps(from, to, date) != ReferenceOverlaps(from, to, date))
                    {
                        Assert.Fail($"[{from}, {to}) at {date}");
                    }
                }
            }
        }
    }

    [Theory]
    [InlineData("1999", "2000", "1999-12-31", true, true)]
    [InlineData("1999", "2000", "2000", false, false)]
    [InlineData("1999", "2000", "1998", false, false)]
    [InlineData("1999-06", "2000", "1999", false, true)] // the year starts before the period but shares days with it
    [InlineData("2024-02-29", "2024-03", "2024-02", false, true)]
    [InlineData("2024-02-29", "2024-03", "2024-02-29", true, true)]
    [InlineData("2023-03", "2024-03-01", "2024-02", true, true)]
    [InlineData("2023-03", "2024-03-01", "2024-03", false, false)]
    [InlineData("2023-03", null, "9999", true, true)]
    [InlineData("2023-03", null, "2023", false, true)]
    public void Periods_hold_from_the_first_day_of_from_until_the_first_day_of_to(string from, string? to, string date, bool covers, bool overlaps)
    {
        FactDate? end = to is null ? null : FactDate.Parse(to);
        Assert.Equal(covers, Period.Covers(FactDate.Parse(from), end, FactDate.Parse(date)));
        Assert.Equal(overlaps, Period.Overlaps(FactDate.Parse(from), end, FactDate.Parse(date)));
    }
}
