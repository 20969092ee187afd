using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FactBase.Knowledge;

namespace FactBase.Cli.Importing;

/// <summary>
/// Gives imported entities ids: the id the mapping fixes for an item, else its name as a slug; where two entities
/// would share an id (or its C# name, FB0010), the one with the lowest key number keeps the plain slug and the
/// others get their key appended (<c>vladimir-putin-q19300851</c>). So an id depends only on the entities imported,
/// never on the order of the input.
/// </summary>
internal static class EntityIds
{
    /// <summary>Assigns ids.</summary>
    /// <param name="entities">Each entity's key (<c>Q7747</c>), name, and the id the mapping fixes for it, if any.</param>
    /// <returns>The id of each key.</returns>
    public static Dictionary<string, string> Assign(IEnumerable<(string Key, string Name, string? FixedId)> entities)
    {
        var list = entities.ToList();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, _, fixedId) in list.Where(e => e.FixedId is not null))
        {
            ids[key] = fixedId!;
            taken.Add(FactNames.ToIdentifier(fixedId!));
        }

        foreach (var (key, name, _) in list.Where(e => e.FixedId is null).OrderBy(e => Number(e.Key)).ThenBy(e => e.Key, StringComparer.Ordinal))
        {
            var slug = Slug.From(name);
            var suffix = key.ToLowerInvariant();
            var id = slug.Length == 0 ? suffix : slug;
            if (taken.Contains(FactNames.ToIdentifier(id)))
            {
                id = slug.Length == 0 ? suffix : $"{slug}-{suffix}";
            }

            for (var n = 2; taken.Contains(FactNames.ToIdentifier(id)); n++)
            {
                id = $"{slug}-{suffix}-{n.ToString(CultureInfo.InvariantCulture)}";
            }

            ids[key] = id;
            taken.Add(FactNames.ToIdentifier(id));
        }

        return ids;
    }

    // Q7747 → 7747: older items first, whatever the order of the input.
    private static long Number(string key)
        => key.Length > 1 && long.TryParse(key.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : long.MaxValue;
}
