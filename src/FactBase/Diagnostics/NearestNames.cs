using System;
using System.Collections.Generic;
using System.Linq;
using FactBase.Checking.Mentions;

namespace FactBase.Diagnostics;

/// <summary>"Did you mean": the known names nearest to a mistyped one (an entity id, a property, a key, a setting).</summary>
/// <remarks>One place for lint, config and <c>explain</c>, so a typo is answered the same way wherever it is made.</remarks>
internal static class NearestNames
{
    /// <summary>Whether <paramref name="candidate"/> is a likely intended spelling of <paramref name="wanted"/>: a few
    /// letters off (about one in four, at least one), ignoring case.</summary>
    /// <param name="candidate">A known name.</param>
    /// <param name="wanted">What was written.</param>
    /// <returns><see langword="true"/> when near.</returns>
    public static bool IsNear(string candidate, string wanted)
    {
        var limit = Limit(wanted);
        return EditDistance.Distance(candidate, wanted, limit) <= limit;
    }

    /// <summary>The known names nearest to <paramref name="wanted"/>, nearest first (ties in ordinal order).</summary>
    /// <param name="wanted">What was written.</param>
    /// <param name="candidates">The known names.</param>
    /// <param name="max">How many at most.</param>
    /// <returns>The names; empty when none is near.</returns>
    public static IReadOnlyList<string> Among(string wanted, IEnumerable<string> candidates, int max = 3)
    {
        var limit = Limit(wanted);
        return candidates
            .Where(c => !string.Equals(c, wanted, StringComparison.Ordinal))
            .Select(c => (Name: c, Distance: EditDistance.Distance(c, wanted, limit)))
            .Where(c => c.Distance <= limit)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Name)
            .Distinct(StringComparer.Ordinal)
            .Take(max)
            .ToList();
    }

    /// <summary>"; did you mean 'france'?" (or "'a' or 'b'"), or the empty string when nothing is near.</summary>
    /// <param name="wanted">What was written.</param>
    /// <param name="candidates">The known names.</param>
    /// <returns>The clause, to append to a message.</returns>
    public static string DidYouMean(string wanted, IEnumerable<string> candidates)
    {
        var near = Among(wanted, candidates);
        return near.Count == 0 ? string.Empty : "; did you mean " + string.Join(" or ", near.Select(n => $"'{n}'")) + "?";
    }

    private static int Limit(string wanted) => Math.Max(1, wanted.Length / 4);
}
