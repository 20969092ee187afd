namespace FactBase.Model;

/// <summary>One period of a timeline: <c>{ value, from, to?, also_from?, also_to?, note?, source? }</c>.</summary>
/// <param name="Value">The value as written: an entity id for offices and members, a number for counts.</param>
/// <param name="From">The first day the value holds.</param>
/// <param name="To">The first day it no longer holds (exclusive), or <see langword="null"/> when it still holds.</param>
/// <param name="Source">The URL of a source for this period alone, if any.</param>
/// <param name="Location">Where the entry is written.</param>
public sealed record TimelineEntry(string Value, FactDate From, FactDate? To, string? Source, SourceLocation Location)
{
    /// <summary>Other first days a convention gives (the signature beside the entry into force); empty for most entries.</summary>
    public EquatableArray<FactDate> AlsoFrom { get; init; }

    /// <summary>Other first days out a convention gives (a resignation announced beside its taking effect); needs <see cref="To"/>.</summary>
    public EquatableArray<FactDate> AlsoTo { get; init; }

    /// <summary>Which convention gives which date, in a few words, when there are several.</summary>
    public string? Note { get; init; }

    /// <summary>When <see cref="Source"/> was read, if known.</summary>
    public FactDate? SourceRetrieved { get; init; }

    /// <summary>Whether the entry accepts more than one start or end.</summary>
    public bool HasAlternatives => AlsoFrom.Count > 0 || AlsoTo.Count > 0;

    /// <summary>Whether the period includes <paramref name="date"/>, reading <see cref="From"/> and <see cref="To"/>.</summary>
    /// <param name="date">A date of day precision.</param>
    /// <returns><see langword="true"/> when <c>From &lt;= date &lt; To</c>.</returns>
    public bool Covers(FactDate date)
        => Period.Covers(From, To, date);

    /// <summary>Whether some reading of the accepted dates has the period share a day with <paramref name="date"/>.</summary>
    /// <param name="date">A year, month or day.</param>
    /// <returns><see langword="true"/> when the value may hold then.</returns>
    public bool MayOverlap(FactDate date)
        => EarliestFromDay <= date.LastDayNumber && LatestToDay > date.DayNumber;

    /// <summary>Whether every reading of the accepted dates has the period share a day with <paramref name="date"/>.</summary>
    /// <param name="date">A year, month or day.</param>
    /// <returns><see langword="true"/> when the value surely holds then.</returns>
    public bool SurelyOverlaps(FactDate date)
        => LatestFromDay <= date.LastDayNumber && EarliestToDay > date.DayNumber && LatestFromDay < EarliestToDay;

    /// <summary>The day number of the earliest accepted start.</summary>
    internal int EarliestFromDay => AcceptedDates.EarliestDay(From, AlsoFrom);

    /// <summary>The day number of the latest accepted start.</summary>
    internal int LatestFromDay => AcceptedDates.LatestDay(From, AlsoFrom);

    /// <summary>The day number of the earliest accepted end; <see cref="int.MaxValue"/> while open.</summary>
    internal int EarliestToDay => To is { } end ? AcceptedDates.EarliestDay(end, AlsoTo) : int.MaxValue;

    /// <summary>The day number of the latest accepted end; <see cref="int.MaxValue"/> while open.</summary>
    internal int LatestToDay => To is { } end ? AcceptedDates.LatestDay(end, AlsoTo) : int.MaxValue;
}
