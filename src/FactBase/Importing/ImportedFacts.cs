using System;
using System.Collections.Generic;
using System.Linq;
using FactBase.Model;
using FactBase.Parsing;

namespace FactBase.Importing;

/// <summary>
/// Joins imported fact files (those under an <see cref="ImportManifest"/>) with hand-written ones, the hand-written
/// facts taking precedence: when both define an entity id, the hand-written entity is the one used.
/// </summary>
/// <remarks>
/// What the import adds to a hand-written entity of the same id and type (docs/import.md):
/// <list type="bullet">
/// <item>a date or office the hand-written entity does not state at all (a <c>died</c> date, an office it has no timeline for);</item>
/// <item>periods of an office timeline that overlap no hand-written period: years the hand-written timeline does not cover.</item>
/// </list>
/// Everything else the hand-written entity says stands: its name, aliases and sources, every date it gives, every
/// period of its offices, and its members and counts. A members timeline is the complete list (the checker counts it
/// and reads a missing member as "not a member"), and an imported one is only as complete as the member items that
/// were imported, so an imported member list or count is never added to a hand-written entity, even one that has none
/// (the UN of the starter facts states its member count, not its members). An imported entity of another type than the hand-written one with its id
/// describes something else: none of its facts are used. <c>factbase lint</c> reports where the two disagree
/// (<see cref="ImportDisagreements"/>).
/// <para>
/// Names belong to the hand-written entities too: an imported entity of another id whose name a hand-written entity
/// has as its name or alias (another "Vladimir Putin") would make that name ambiguous, and the checker silent about
/// it, so it is left out unless an imported timeline names it; an imported alias that is a hand-written name is
/// dropped.
/// </para>
/// </remarks>
public static class ImportedFacts
{
    /// <summary>Resolves every entity id defined both by imported and by hand-written files.</summary>
    /// <param name="files">The parsed files, in load order (a built-in knowledge base, if any, as a hand-written file).</param>
    /// <param name="imported">Whether each file of <paramref name="files"/> is imported.</param>
    /// <param name="overrides">Receives each imported entity that a hand-written one takes precedence over; may be <see langword="null"/>.</param>
    /// <returns>The files to build the knowledge base from: imported entities with a hand-written id left out, hand-written ones completed.</returns>
    public static IReadOnlyList<FactFile> Merge(IReadOnlyList<FactFile> files, IReadOnlyList<bool> imported, ICollection<ImportOverride>? overrides)
    {
        // The first hand-written definition of each id (a second one is FB0006 anyway).
        var handWritten = new Dictionary<string, (int File, int Index)>(StringComparer.Ordinal);
        var anyImported = false;
        for (var f = 0; f < files.Count; f++)
        {
            if (imported[f])
            {
                anyImported = true;
                continue;
            }

            var entities = files[f].Entities;
            for (var e = 0; e < entities.Count; e++)
            {
                if (!handWritten.ContainsKey(entities[e].Id))
                {
                    handWritten.Add(entities[e].Id, (f, e));
                }
            }
        }

        if (!anyImported)
        {
            return files;
        }

        var kinds = new Dictionary<string, PropertyKind>(StringComparer.Ordinal);
        foreach (var property in files.SelectMany(f => f.Properties))
        {
            if (!kinds.ContainsKey(property.Name))
            {
                kinds.Add(property.Name, property.Kind);
            }
        }

        // The names hand-written entities answer to, and the ids imported timelines refer to (those must stay).
        var names = new Dictionary<string, Entity>(StringComparer.OrdinalIgnoreCase);
        foreach (var (file, entity) in files.Where((file, f) => !imported[f]).SelectMany(file => file.Entities.Select(e => (file, e))))
        {
            foreach (var name in entity.Aliases.Prepend(entity.Name))
            {
                if (!names.ContainsKey(name))
                {
                    names.Add(name, entity);
                }
            }
        }

        var referenced = new HashSet<string>(
            files.Where((file, f) => imported[f]).SelectMany(file => file.Entities).SelectMany(e => e.Facts).SelectMany(fact => fact.Timeline).Select(entry => entry.Value),
            StringComparer.Ordinal);

        var completed = new Dictionary<(int File, int Index), Entity>();
        var result = new List<FactFile>(files.Count);
        for (var f = 0; f < files.Count; f++)
        {
            if (!imported[f])
            {
                result.Add(files[f]);
                continue;
            }

            var kept = new List<Entity>(files[f].Entities.Count);
            var changed = false;
            foreach (var entity in files[f].Entities)
            {
                if (handWritten.TryGetValue(entity.Id, out var at))
                {
                    var original = files[at.File].Entities[at.Index];
                    overrides?.Add(new ImportOverride(entity, original));
                    if (entity.Type == original.Type)
                    {
                        completed[at] = Complete(completed.TryGetValue(at, out var sofar) ? sofar : original, entity, kinds);
                    }

                    changed = true;
                    continue;
                }

                if (names.TryGetValue(entity.Name, out var namesake) && !referenced.Contains(entity.Id))
                {
                    overrides?.Add(new ImportOverride(entity, namesake, SameId: false));
                    changed = true;
                    continue;
                }

                var aliases = entity.Aliases.Where(a => !names.ContainsKey(a)).ToEquatableArray();
                changed |= aliases.Count != entity.Aliases.Count;
                kept.Add(aliases.Count == entity.Aliases.Count ? entity : entity with { Aliases = aliases });
            }

            result.Add(changed ? files[f] with { Entities = kept.ToEquatableArray() } : files[f]);
        }

        foreach (var group in completed.GroupBy(c => c.Key.File))
        {
            var entities = files[group.Key].Entities.ToArray();
            foreach (var entry in group)
            {
                entities[entry.Key.Index] = entry.Value;
            }

            result[group.Key] = result[group.Key] with { Entities = new EquatableArray<Entity>(entities) };
        }

        return result;
    }

    /// <summary>Whether two periods [from, to) share a day; an open end holds forever.</summary>
    /// <param name="a">One period.</param>
    /// <param name="b">The other.</param>
    /// <returns><see langword="true"/> when they overlap.</returns>
    internal static bool Overlap(TimelineEntry a, TimelineEntry b)
        => a.From.DayNumber < (b.To?.DayNumber ?? int.MaxValue) && b.From.DayNumber < (a.To?.DayNumber ?? int.MaxValue);

    private static Entity Complete(Entity hand, Entity imported, Dictionary<string, PropertyKind> kinds)
    {
        var facts = hand.Facts.ToList();
        var changed = false;
        foreach (var fact in imported.Facts)
        {
            var known = kinds.TryGetValue(fact.Property, out var kind);
            if (known && kind is PropertyKind.Members or PropertyKind.Count)
            {
                continue;
            }

            var index = facts.FindIndex(f => string.Equals(f.Property, fact.Property, StringComparison.Ordinal));
            if (index < 0)
            {
                facts.Add(fact);
                changed = true;
                continue;
            }

            var own = facts[index];
            if (!known || kind != PropertyKind.Office || !own.IsTimeline || !fact.IsTimeline)
            {
                continue;
            }

            // Years the hand-written timeline says nothing about: an imported period that overlaps none of its periods.
            var added = fact.Timeline.Where(entry => !own.Timeline.Any(mine => Overlap(mine, entry))).ToList();
            if (added.Count > 0)
            {
                facts[index] = own with { Timeline = own.Timeline.Concat(added).ToEquatableArray() };
                changed = true;
            }
        }

        return changed ? hand with { Facts = facts.ToEquatableArray() } : hand;
    }
}
