namespace FactBase.Model;

/// <summary>
/// The one definition of a period [from, to): timelines, office terms and the verifier all ask it,
/// so "to is the first day it no longer holds" means the same everywhere.
/// </summary>
internal static class Period
{
    /// <summary>Whether the first day of <paramref name="date"/> falls within [from, to).</summary>
    public static bool Covers(FactDate from, FactDate? to, FactDate date)
    {
        var day = date.DayNumber; // DayNumber is that of Earliest
        return from.DayNumber <= day && (to is not { } end || day < end.DayNumber);
    }

    /// <summary>Whether [from, to) shares any day with <paramref name="date"/> (a whole year, month or day).</summary>
    public static bool Overlaps(FactDate from, FactDate? to, FactDate date)
        => from.DayNumber <= date.LastDayNumber && (to is not { } end || end.DayNumber > date.DayNumber);
}
