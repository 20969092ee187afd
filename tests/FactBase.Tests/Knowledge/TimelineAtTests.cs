using FactBase.Model;

namespace FactBase.Tests.Knowledge;

/// <summary>A public API exception names what was asked: the timeline, the date and the entries around it.</summary>
public sealed class TimelineAtTests
{
    [Fact]
    public void At_before_the_first_entry_names_the_fact_the_date_and_the_first_entry()
    {
        var timeline = TestKnowledgeBases.Starter.GetEntityTimeline("united-kingdom", "prime_minister");
        var ex = Assert.Throws<InvalidOperationException>(() => timeline.At(FactDate.Parse("1970-01-01")));
        Assert.Equal("'prime_minister' of 'united-kingdom' has no holder on 1970-01-01 (first entry 1976-04-05)", ex.Message);
    }

    [Fact]
    public void At_on_an_empty_timeline_says_it_has_no_entries()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => FactBase.Knowledge.Timeline<int>.Empty.At(FactDate.Parse("2000-01-01")));
        Assert.Equal("The timeline has no value on 2000-01-01 (it has no entries)", ex.Message);
    }
}
