using System;
using System.Collections.Generic;

namespace FactBase.Model;

/// <summary>
/// A date together with the other dates a convention gives for the same event (signature and entry into force,
/// appointment and taking office): a claim matching any of them is right, and the days between them are right for
/// both readings.
/// </summary>
/// <remarks>
/// The facts name one date first (the one messages and generated constants use) and the others in <c>also</c>,
/// <c>also_from</c> or <c>also_to</c>; this is the one place that answers "which day at the earliest, which at the
/// latest" and writes the alternatives in a message.
/// </remarks>
public static class AcceptedDates
{
    /// <summary>The day number of the earliest first day among <paramref name="primary"/> and <paramref name="also"/>.</summary>
    internal static int EarliestDay(FactDate primary, EquatableArray<FactDate> also)
    {
        var day = primary.DayNumber;
        for (var i = 0; i < also.Count; i++)
        {
            if (also[i].DayNumber < day)
            {
                day = also[i].DayNumber;
            }
        }

        return day;
    }

    /// <summary>The day number of the latest first day among <paramref name="primary"/> and <paramref name="also"/>.</summary>
    internal static int LatestDay(FactDate primary, EquatableArray<FactDate> also)
    {
        var day = primary.DayNumber;
        for (var i = 0; i < also.Count; i++)
        {
            if (also[i].DayNumber > day)
            {
                day = also[i].DayNumber;
            }
        }

        return day;
    }

    /// <summary>The accepted dates, the primary first.</summary>
    /// <param name="primary">The date the facts name first.</param>
    /// <param name="also">The other accepted dates.</param>
    /// <returns>All of them.</returns>
    public static IReadOnlyList<FactDate> All(FactDate primary, EquatableArray<FactDate> also)
    {
        var all = new FactDate[also.Count + 1];
        all[0] = primary;
        for (var i = 0; i < also.Count; i++)
        {
            all[i + 1] = also[i];
        }

        return all;
    }

    /// <summary>
    /// The words that name the other accepted dates after a date in a message: " (also dated 1949-04-04: signature)",
    /// or nothing when there are none.
    /// </summary>
    /// <param name="also">The other accepted dates.</param>
    /// <param name="note">The facts' note on which convention gives which date, if any.</param>
    /// <returns>The words, starting with a space, or the empty string.</returns>
    public static string Alternatives(EquatableArray<FactDate> also, string? note) => Alternatives(also, note, static d => d.ToString());

    /// <summary>The other accepted dates as a parenthesis for a message, each date written by <paramref name="format"/>.</summary>
    /// <param name="also">The other accepted dates.</param>
    /// <param name="note">What they stand for, or <see langword="null"/>.</param>
    /// <param name="format">How a date is written (the message's date style).</param>
    /// <returns>" (also dated ...)" or the empty string.</returns>
    public static string Alternatives(EquatableArray<FactDate> also, string? note, Func<FactDate, string> format)
    {
        if (also.Count == 0)
        {
            return string.Empty;
        }

        var dates = new string[also.Count];
        for (var i = 0; i < also.Count; i++)
        {
            dates[i] = format(also[i]);
        }

        var text = " (also dated " + string.Join(" or ", dates);
        return string.IsNullOrWhiteSpace(note) ? text + ")" : text + ": " + note!.Trim() + ")";
    }
}
