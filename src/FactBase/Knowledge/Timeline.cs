using System;
using System.Collections.Generic;
using System.Linq;
using FactBase.Model;

namespace FactBase.Knowledge;

/// <summary>Values over time: who held an office, who was a member, how many members there were.</summary>
/// <typeparam name="T">The value type: an <see cref="Entity"/> or a number.</typeparam>
public sealed class Timeline<T>
{
    /// <summary>Creates a timeline from its periods.</summary>
    /// <param name="periods">The periods, in any order.</param>
    public Timeline(IEnumerable<TimelinePeriod<T>> periods)
        => Periods = periods.OrderBy(p => p.From.Earliest.DayNumber).ToArray();

    /// <summary>An empty timeline.</summary>
    public static Timeline<T> Empty { get; } = new(Array.Empty<TimelinePeriod<T>>());

    /// <summary>The periods, earliest first.</summary>
    public IReadOnlyList<TimelinePeriod<T>> Periods { get; }

    /// <summary>The value that holds on <paramref name="date"/>.</summary>
    /// <param name="date">The date asked about (on .NET 6+ a DateOnly converts implicitly).</param>
    /// <returns>The value; when several hold, the one that started last.</returns>
    /// <exception cref="InvalidOperationException">No value holds on that date.</exception>
    public T At(FactDate date)
        => TryAt(date, out var value) ? value : throw new InvalidOperationException($"No value holds on {date}.");

    /// <summary>The value that holds on <paramref name="date"/>, if any.</summary>
    /// <param name="date">The date asked about.</param>
    /// <param name="value">The value; when several hold, the one that started last.</param>
    /// <returns><see langword="true"/> when a value holds on that date.</returns>
    public bool TryAt(FactDate date, out T value)
    {
        for (var i = Periods.Count - 1; i >= 0; i--)
        {
            if (Periods[i].Covers(date))
            {
                value = Periods[i].Value;
                return true;
            }
        }

        value = default!;
        return false;
    }

    /// <summary>Every value that holds on <paramref name="date"/> (all members of an alliance, say).</summary>
    /// <param name="date">The date asked about.</param>
    /// <returns>The values, in order of their start.</returns>
    public IReadOnlyList<T> AllAt(FactDate date) => Periods.Where(p => p.Covers(date)).Select(p => p.Value).ToArray();
}
