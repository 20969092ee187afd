namespace FactBase.Model;

/// <summary>One period of a timeline: <c>{ value, from, to?, source? }</c>.</summary>
/// <param name="Value">The value as written: an entity id for offices and members, a number for counts.</param>
/// <param name="From">The first day the value holds.</param>
/// <param name="To">The first day it no longer holds (exclusive), or <see langword="null"/> when it still holds.</param>
/// <param name="Source">A source for this period alone, if any.</param>
/// <param name="Location">Where the entry is written.</param>
public sealed record TimelineEntry(string Value, FactDate From, FactDate? To, string? Source, SourceLocation Location)
{
    /// <summary>Whether the period includes <paramref name="date"/>.</summary>
    /// <param name="date">A date of day precision.</param>
    /// <returns><see langword="true"/> when <c>From &lt;= date &lt; To</c>.</returns>
    public bool Covers(FactDate date)
        => Period.Covers(From, To, date);
}
