using FactBase.Checking.Rules;
using FactBase.Checking.Rules.Count;
using FactBase.Model;

namespace FactBase.Tests.Checking.Verification;

/// <summary>
/// TimelineDays reads a timeline's periods as day numbers once per claim (issue 6); the verifier's counts and numbers
/// must equal what the knowledge base's timelines and the entries themselves say on every day.
/// </summary>
public sealed class TimelineDaysTests
{
    /// <summary>Year boundaries, every entry's first day and the day before it, and seeded random days.</summary>
    private static List<FactDate> Days(IEnumerable<TimelineEntry> entries)
    {
        var days = new List<FactDate>();
        for (var year = 1940; year <= 2030; year++)
        {
            days.Add(new FactDate(year, 1, 1));
            days.Add(new FactDate(year, 12, 31));
        }

        foreach (var e in entries)
        {
            foreach (var d in e.To is { } to ? new[] { e.From, to } : new[] { e.From })
            {
                var first = d.Earliest.ToDateOnly();
                days.Add(first);
                days.Add(first.AddDays(-1));
            }
        }

        var random = new Random(1949);
        var start = new DateOnly(1940, 1, 1).DayNumber;
        for (var n = 0; n < 300; n++)
        {
            days.Add(DateOnly.FromDayNumber(start + random.Next(33_000)));
        }

        return days;
    }

    private static IEnumerable<(Entity Entity, Fact Fact, PropertyDefinition Property)> Timelines(PropertyKind kind)
    {
        var kb = TestKnowledgeBases.Starter;
        return kb.Entities.SelectMany(e => e.Facts.Select(f => (e, f, kb.Properties.FirstOrDefault(p => p.Name == f.Property))))
            .Where(t => t.Item3 is { } p && p.Kind == kind && t.f.Timeline.Count > 0)
            .Select(t => (t.e, t.f, t.Item3!));
    }

    [Fact]
    public void Counts_of_covering_periods_equal_the_entries_that_hold_that_day()
    {
        var checkedTimelines = 0;
        foreach (var kind in new[] { PropertyKind.Members, PropertyKind.Office })
        {
            foreach (var (entity, fact, _) in Timelines(kind))
            {
                var days = TimelineDays.Of(fact.Timeline);
                var nonzero = 0;
                foreach (var day in Days(fact.Timeline))
                {
                    var first = day.ToDateOnly();
                    var expected = fact.Timeline.Count(e => e.From.Earliest.ToDateOnly() <= first && (e.To is not { } to || first < to.Earliest.ToDateOnly()));
                    Assert.True(expected == days.CountCovering(day.DayNumber), $"{entity.Id}.{fact.Property} on {day}: {days.CountCovering(day.DayNumber)}, expected {expected}");
                    nonzero += expected > 0 ? 1 : 0;
                }

                Assert.True(nonzero > 0, $"{entity.Id}.{fact.Property}: no day asked about is covered");
                checkedTimelines++;
            }
        }

        Assert.True(checkedTimelines > 5, $"only {checkedTimelines} timelines");
    }

    [Fact]
    public void Numbers_equal_those_of_the_number_timeline()
    {
        var kb = TestKnowledgeBases.Starter;
        var checkedTimelines = 0;
        foreach (var (entity, fact, _) in Timelines(PropertyKind.Count))
        {
            var days = TimelineDays.OfNumbers(fact.Timeline);
            var numbers = kb.GetNumberTimeline(entity.Id, fact.Property);
            var held = 0;
            foreach (var day in Days(fact.Timeline))
            {
                var expectedFound = numbers.TryAt(day, out var expected);
                var found = days.TryNumberAt(day.DayNumber, out var actual);
                Assert.True(expectedFound == found && (!found || expected == actual), $"{entity.Id}.{fact.Property} on {day}: {found}/{actual}, expected {expectedFound}/{expected}");
                held += found ? 1 : 0;
            }

            Assert.True(held > 0);
            checkedTimelines++;
        }

        Assert.True(checkedTimelines > 0, "the starter knowledge base has no count timeline");
    }

    [Fact]
    public void Overlapping_and_same_day_numbers_answer_as_the_number_timeline()
    {
        // Periods that overlap, start on one day, are open or not numbers: the last-started (last-listed) one holds.
        var location = TestKnowledgeBases.Starter.Entities[0].Location;
        TimelineEntry Entry(string value, string from, string? to) => new(value, FactDate.Parse(from), to is null ? null : FactDate.Parse(to), null, location);
        var entries = new EquatableArray<TimelineEntry>(new[]
        {
            Entry("12", "1949-04-04", null),
            Entry("14", "1952-02-18", "1955"),
            Entry("15", "1955-05-06", null),
            Entry("16", "1982", "1999-03-12"),
            Entry("seventeen", "1990", null),
            Entry("19", "1999-03-12", null),
            Entry("18", "1999-03-12", "2004-03-29"),
            Entry("26", "2004-03", null),
        });
        var timeline = new FactBase.Knowledge.Timeline<int>(entries
            .Where(e => int.TryParse(e.Value, out _))
            .Select(e => new FactBase.Knowledge.TimelinePeriod<int>(int.Parse(e.Value), e.From, e.To, e.Source)));
        var days = TimelineDays.OfNumbers(entries);
        var all = TimelineDays.Of(entries);
        foreach (var day in Days(entries))
        {
            var expectedFound = timeline.TryAt(day, out var expected);
            Assert.Equal((expectedFound, expectedFound ? expected : 0), (days.TryNumberAt(day.DayNumber, out var actual), actual));
            Assert.Equal(entries.Count(e => e.Covers(day)), all.CountCovering(day.DayNumber));
        }

        Assert.True(days.TryNumberAt(new FactDate(2000, 1, 1).DayNumber, out var n) && n == 18);
    }
}
