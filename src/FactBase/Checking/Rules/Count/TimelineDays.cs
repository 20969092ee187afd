using System.Collections.Generic;
using System.Globalization;
using FactBase.Model;

namespace FactBase.Checking.Rules.Count;

/// <summary>
/// A timeline's periods as day numbers [from, to), read once per claim: the verifier asks what held on several days,
/// and comparing integers beats recomputing <see cref="FactDate.DayNumber"/> of every entry for every day.
/// </summary>
/// <remarks>Answers exactly as <see cref="TimelineEntry.Covers"/> and <c>Timeline&lt;int&gt;.TryAt</c> do.</remarks>
internal sealed class TimelineDays
{
    private readonly int[] _from;
    private readonly int[] _to; // int.MaxValue: still open
    private readonly int[]? _values;

    private TimelineDays(int[] from, int[] to, int[]? values)
    {
        _from = from;
        _to = to;
        _values = values;
    }

    /// <summary>Every entry of <paramref name="timeline"/>.</summary>
    /// <param name="timeline">The entries.</param>
    /// <returns>The periods.</returns>
    public static TimelineDays Of(EquatableArray<TimelineEntry> timeline)
    {
        var from = new int[timeline.Count];
        var to = new int[timeline.Count];
        for (var i = 0; i < timeline.Count; i++)
        {
            var entry = timeline[i];
            from[i] = entry.From.DayNumber;
            to[i] = entry.To is { } end ? end.DayNumber : int.MaxValue;
        }

        return new TimelineDays(from, to, null);
    }

    /// <summary>
    /// The periods read with their latest accepted starts and earliest ends (the days every reading agrees on), and
    /// with their earliest starts and latest ends (the days some reading gives); <see langword="null"/> when no entry
    /// has other accepted dates, as in most timelines.
    /// </summary>
    /// <param name="timeline">The entries.</param>
    /// <returns>The two readings, or <see langword="null"/>.</returns>
    public static (TimelineDays Narrowest, TimelineDays Widest)? Readings(EquatableArray<TimelineEntry> timeline)
    {
        var any = false;
        for (var i = 0; i < timeline.Count && !any; i++)
        {
            any = timeline[i].HasAlternatives;
        }

        if (!any)
        {
            return null;
        }

        var narrowFrom = new int[timeline.Count];
        var narrowTo = new int[timeline.Count];
        var wideFrom = new int[timeline.Count];
        var wideTo = new int[timeline.Count];
        for (var i = 0; i < timeline.Count; i++)
        {
            var entry = timeline[i];
            narrowFrom[i] = entry.LatestFromDay;
            narrowTo[i] = entry.EarliestToDay;
            wideFrom[i] = entry.EarliestFromDay;
            wideTo[i] = entry.LatestToDay;
        }

        return (new TimelineDays(narrowFrom, narrowTo, null), new TimelineDays(wideFrom, wideTo, null));
    }

    /// <summary>The entries of <paramref name="timeline"/> whose value is a whole number, with that number,
    /// as <c>KnowledgeBase.GetNumberTimeline</c> reads them.</summary>
    /// <param name="timeline">The entries.</param>
    /// <returns>The periods with their numbers.</returns>
    public static TimelineDays OfNumbers(EquatableArray<TimelineEntry> timeline)
    {
        var from = new List<int>(timeline.Count);
        var to = new List<int>(timeline.Count);
        var values = new List<int>(timeline.Count);
        for (var i = 0; i < timeline.Count; i++)
        {
            var entry = timeline[i];
            if (int.TryParse(entry.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                from.Add(entry.From.DayNumber);
                to.Add(entry.To is { } end ? end.DayNumber : int.MaxValue);
                values.Add(value);
            }
        }

        return new TimelineDays(from.ToArray(), to.ToArray(), values.ToArray());
    }

    /// <summary>How many periods cover <paramref name="day"/>.</summary>
    /// <param name="day">A day number.</param>
    /// <returns>The count.</returns>
    public int CountCovering(int day)
    {
        var count = 0;
        for (var i = 0; i < _from.Length; i++)
        {
            if (_from[i] <= day && day < _to[i])
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The number that holds on <paramref name="day"/>: of the covering periods, the one that starts last
    /// (of several starting that day, the last listed), as a timeline sorted by start would answer.</summary>
    /// <param name="day">A day number.</param>
    /// <param name="value">The number.</param>
    /// <returns>Whether one holds.</returns>
    public bool TryNumberAt(int day, out int value)
    {
        var best = -1;
        for (var i = 0; i < _from.Length; i++)
        {
            if (_from[i] <= day && day < _to[i] && (best < 0 || _from[i] >= _from[best]))
            {
                best = i;
            }
        }

        value = best >= 0 ? _values![best] : 0;
        return best >= 0;
    }
}
