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
        : this(periods, null)
    {
    }

    /// <summary>Creates a named timeline from its periods.</summary>
    /// <param name="periods">The periods, in any order.</param>
    /// <param name="name">What it is, for messages: "'prime_minister' of 'united-kingdom'".</param>
    public Timeline(IEnumerable<TimelinePeriod<T>> periods, string? name)
        : this(periods, name, null)
    {
    }

    /// <summary>Creates a named timeline from its periods, saying what its values are.</summary>
    /// <param name="periods">The periods, in any order.</param>
    /// <param name="name">What it is, for messages: "'prime_minister' of 'united-kingdom'".</param>
    /// <param name="valueNoun">What one value is, for messages: "holder" (an office), "member"; default "value".</param>
    public Timeline(IEnumerable<TimelinePeriod<T>> periods, string? name, string? valueNoun)
    {
        Periods = periods.OrderBy(p => p.From.Earliest.DayNumber).ToArray();
        Name = name;
        ValueNoun = valueNoun ?? "value";
    }

    /// <summary>An empty timeline.</summary>
    public static Timeline<T> Empty { get; } = new(Array.Empty<TimelinePeriod<T>>());

    /// <summary>The periods, earliest first.</summary>
    public IReadOnlyList<TimelinePeriod<T>> Periods { get; }

    /// <summary>What the timeline is ("'prime_minister' of 'united-kingdom'"), or <see langword="null"/>.</summary>
    public string? Name { get; }

    /// <summary>What one value is, for messages: "holder" for an office, "member", else "value".</summary>
    public string ValueNoun { get; }

    /// <summary>The same timeline under the name the caller knows it by, so an exception names what was asked
    /// ("Facts.UnitedKingdom.PrimeMinister has no holder on 1980-01-01 (first entry 1997-05-02)").</summary>
    /// <param name="name">The name, such as the generated member's.</param>
    /// <returns>The timeline, named.</returns>
    public Timeline<T> Named(string name) => new(Periods, name, ValueNoun);

    /// <summary>The value that holds on <paramref name="date"/>.</summary>
    /// <param name="date">The date asked about (on .NET 6+ a DateOnly converts implicitly).</param>
    /// <returns>The value; when several hold, the one that started last.</returns>
    /// <exception cref="InvalidOperationException">No value holds on that date; the message names the timeline, the
    /// date and the entries around it ("'prime_minister' of 'united-kingdom' has no value on 1980-01-01 (first entry
    /// 1997-05-02)").</exception>
    public T At(FactDate date)
        => TryAt(date, out var value) ? value : throw new InvalidOperationException(NothingOn(date));

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

    private string NothingOn(FactDate date)
    {
        var what = Name ?? "The timeline";
        var none = $"{what} has no {ValueNoun} on {date}";
        if (Periods.Count == 0)
        {
            return $"{none} (it has no entries)";
        }

        var first = Periods[0].From;
        if (date.LastDayNumber < first.Earliest.DayNumber)
        {
            return $"{none} (first entry {first})";
        }

        var ended = Periods.Where(p => p.To is { } end && end.Earliest.DayNumber <= date.Earliest.DayNumber).Select(p => p.To).LastOrDefault();
        return ended is { } last && Periods.All(p => p.To is not null)
            ? $"{none} (the last entry ended on {last})"
            : $"{none} (no entry covers it; first entry {first})";
    }

    /// <summary>Every value that holds on <paramref name="date"/> (all members of an alliance, say).</summary>
    /// <param name="date">The date asked about.</param>
    /// <returns>The values, in order of their start.</returns>
    public IReadOnlyList<T> AllAt(FactDate date) => Periods.Where(p => p.Covers(date)).Select(p => p.Value).ToArray();
}
