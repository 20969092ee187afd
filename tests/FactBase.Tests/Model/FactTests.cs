using FactBase.Model;
using Xunit;

namespace FactBase.Tests.Model;

public sealed class FactTests
{
    private static readonly SourceLocation Here = new("facts/x.yaml", 1, 1);

    [Fact]
    public void Date_is_the_parsed_value_and_follows_a_new_value()
    {
        var fact = new Fact("founded", "1949-04-04", EquatableArray<TimelineEntry>.Empty, Here);
        Assert.Equal(FactDate.Parse("1949-04-04"), fact.Date);

        var changed = fact with { Value = "1993-11-01" };
        Assert.Equal(FactDate.Parse("1993-11-01"), changed.Date);
        Assert.Null((fact with { Value = "not a date" }).Date);
        Assert.Null((fact with { Value = null }).Date);
    }

    [Fact]
    public void Equality_is_by_value()
    {
        var a = new Fact("founded", "1949-04-04", EquatableArray<TimelineEntry>.Empty, Here);
        var b = new Fact("founded", "1949-04-04", EquatableArray<TimelineEntry>.Empty, Here);
        _ = a.Date;
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(a, b with { Value = "1950-01-01" } with { Value = "1949-04-04" });
        Assert.NotEqual(a, a with { Value = "1949-04-05" });
    }
}
