using System;
using System.Collections.Generic;

namespace FactBase.Checking.Time;

/// <summary>Capitalized words that name a day or a month, not a person or a body: "On Monday President X", "In May,
/// the chancellor", "Today, ...".</summary>
internal static class CalendarWords
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
        "May", "June", "July", "August", "September", "October", "November", "December", "Today", "Yesterday", "Tomorrow",
    };

    /// <summary>Whether <paramref name="word"/> names a day or a month (any case).</summary>
    /// <param name="word">A word of the text.</param>
    /// <returns>Whether it is a calendar word.</returns>
    public static bool Contains(string word) => Words.Contains(word);
}
