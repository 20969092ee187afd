using System;
using System.Collections.Generic;
using System.Linq;
using FactBase.Model;

namespace FactBase.Cli.Importing;

/// <summary>
/// Which imported names and aliases are safe for the checker to look for in prose. A name is matched wherever it is
/// written, so precision comes first: an alias that is an ordinary word ("be", Belgium's language code), a bare
/// surname (the checker finds "Putin" after "Vladimir Putin" on its own), or another imported entity's name is left out.
/// </summary>
internal static class NameFilter
{
    private const int MaxLength = 200;

    /// <summary>Whether <paramref name="name"/> can be an entity's canonical name: it has a capital letter (so it is a name, not a common noun) and is one short line.</summary>
    /// <param name="name">The candidate name.</param>
    /// <returns><see langword="true"/> when usable.</returns>
    public static bool IsUsableName(string name)
        => name.Length is > 0 and <= MaxLength && name.Trim().Length == name.Length && name.Any(char.IsUpper) && !name.Any(IsBreak);

    /// <summary>The aliases worth keeping, in order, without repeats.</summary>
    /// <param name="type">The entity's type.</param>
    /// <param name="name">Its name.</param>
    /// <param name="aliases">The candidate aliases.</param>
    /// <param name="otherNames">The names of the other imported entities (case-insensitive).</param>
    /// <returns>The aliases to write.</returns>
    public static List<string> Aliases(EntityType type, string name, IEnumerable<string> aliases, ISet<string> otherNames)
    {
        var nameWords = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { name };
        var kept = new List<string>();
        foreach (var alias in aliases)
        {
            if (!IsUsableName(alias) || !alias.Any(char.IsLetter) || !seen.Add(alias) || otherNames.Contains(alias))
            {
                continue;
            }

            // A person's surname alone: matched everywhere ("Washington"), while the checker already knows it after the full name.
            if (type == EntityType.Person && !alias.Contains(' ') && nameWords.Contains(alias))
            {
                continue;
            }

            kept.Add(alias);
        }

        return kept;
    }

    /// <summary>The adjectives worth keeping: capitalised single words or short phrases, without repeats.</summary>
    /// <param name="adjectives">The candidates.</param>
    /// <returns>The adjectives to write.</returns>
    public static List<string> Adjectives(IEnumerable<string> adjectives)
        => adjectives.Where(a => IsUsableName(a) && a.Length <= 40 && char.IsUpper(a[0])).Distinct(StringComparer.Ordinal).ToList();

    private static bool IsBreak(char c) => char.IsControl(c) || c is '\u0085' or '\u2028' or '\u2029';
}
