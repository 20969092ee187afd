using FactBase.Model;

namespace FactBase.Knowledge;

/// <summary>One period of a resolved <see cref="Timeline{T}"/>.</summary>
/// <typeparam name="T">The value type: an <see cref="Entity"/> or a number.</typeparam>
/// <param name="Value">The value that holds during the period.</param>
/// <param name="From">The first day it holds.</param>
/// <param name="To">The first day it no longer holds, or <see langword="null"/> when it still holds.</param>
/// <param name="Source">A source for this period alone, if any.</param>
public sealed record TimelinePeriod<T>(T Value, FactDate From, FactDate? To, string? Source)
{
    /// <summary>Whether the period includes <paramref name="date"/>.</summary>
    /// <param name="date">The date asked about.</param>
    /// <returns><see langword="true"/> when <c>From &lt;= date &lt; To</c>.</returns>
    public bool Covers(FactDate date)
        => Period.Covers(From, To, date);
}
