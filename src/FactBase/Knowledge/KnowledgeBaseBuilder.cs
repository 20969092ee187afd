using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FactBase.Diagnostics;
using FactBase.Model;
using FactBase.Parsing;

namespace FactBase.Knowledge;

/// <summary>
/// Joins parsed fact files into one knowledge base and checks what no single file can:
/// duplicate ids, dangling references, overlapping offices, C# name clashes.
/// </summary>
/// <remarks>The generator and the run-time loader both use it, so both report the same diagnostics.</remarks>
public static class KnowledgeBaseBuilder
{
    /// <summary>Builds a knowledge base from parsed files.</summary>
    /// <param name="files">The parsed files, in a stable order.</param>
    /// <returns>The validated entities and vocabulary, and every diagnostic (the files' own first).</returns>
    public static KnowledgeBaseBuildResult Build(IEnumerable<FactFile> files)
        => Build(files, FactBaseLimits.MaxEntities);

    /// <summary>Builds a knowledge base from parsed files, keeping at most <paramref name="maxEntities"/> entities.</summary>
    /// <param name="files">The parsed files, in a stable order.</param>
    /// <param name="maxEntities">The most entities kept; past it one <c>FB0013</c> is reported and the rest are left out.</param>
    /// <returns>The validated entities and vocabulary, and every diagnostic (the files' own first).</returns>
    public static KnowledgeBaseBuildResult Build(IEnumerable<FactFile> files, int maxEntities)
    {
        var fileList = files.ToList();
        var diagnostics = new List<FactDiagnostic>();
        foreach (var file in fileList)
        {
            diagnostics.AddRange(file.Diagnostics);
        }

        var properties = new Dictionary<string, PropertyDefinition>(StringComparer.Ordinal);
        foreach (var property in fileList.SelectMany(f => f.Properties))
        {
            if (properties.TryGetValue(property.Name, out var first))
            {
                Error(FactDiagnosticIds.DuplicateId, $"property '{property.Name}' is already declared at {first.Location}", property.Location);
                continue;
            }

            properties.Add(property.Name, property);
        }

        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        var order = new List<string>();
        var identifiers = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var entity in fileList.SelectMany(f => f.Entities))
        {
            if (order.Count >= maxEntities)
            {
                // Bounds memory and the checker's indexes; see docs/limits.md.
                Error(FactDiagnosticIds.LimitExceeded, $"more than {maxEntities} entities: '{entity.Id}' and every entity after it are left out (see docs/limits.md)", entity.Location);
                break;
            }

            if (entities.TryGetValue(entity.Id, out var first))
            {
                Error(FactDiagnosticIds.DuplicateId, $"id '{entity.Id}' is already used at {first.Location}", entity.Location);
                continue;
            }

            var identifier = FactNames.ToIdentifier(entity.Id);
            if (identifiers.TryGetValue(identifier, out var clash))
            {
                Error(FactDiagnosticIds.NameCollision, $"ids '{entity.Id}' and '{clash.Id}' both map to the C# name '{identifier}'", entity.Location);
                continue;
            }

            identifiers.Add(identifier, entity);
            entities.Add(entity.Id, entity);
            order.Add(entity.Id);
        }

        var valid = new List<Entity>(order.Count);
        foreach (var id in order)
        {
            valid.Add(Validate(entities[id]));
        }

        return new KnowledgeBaseBuildResult(
            KnowledgeBase.Create(valid, properties.Values),
            diagnostics.ToEquatableArray(),
            valid.ToEquatableArray(),
            properties.Values.ToEquatableArray());

        Entity Validate(Entity entity)
        {
            var facts = new List<Fact>(entity.Facts.Count);
            foreach (var fact in entity.Facts)
            {
                properties.TryGetValue(fact.Property, out var definition);
                if (definition is null)
                {
                    diagnostics.Add(new FactDiagnostic(
                        FactDiagnosticIds.UnknownProperty,
                        FactDiagnosticSeverity.Warning,
                        $"property '{fact.Property}' of '{entity.Id}' is not declared in any 'properties:' vocabulary, so no claim about it is checked",
                        fact.Location));
                    facts.Add(fact);
                    continue;
                }

                var checkedFact = ValidateFact(entity, fact, definition);
                if (checkedFact is not null)
                {
                    facts.Add(Compact(checkedFact, definition));
                }
            }

            return entity.Facts.Count == 0 ? entity : entity with { Facts = facts.ToEquatableArray() };
        }

        // Performance (issue 6): a claim about an entity reads its facts and their timelines. Parsing left those objects
        // wherever the parser happened to allocate them, among strings and locations, so in a large knowledge base each
        // one was a cache miss. Copied here, an entity's facts, their entries and the entries' values lie one after the
        // other (the garbage collector keeps that order). And every fact names its property with the definition's own
        // string, so Entity.GetFact(definition.Name) compares references, not the characters of thousands of copies.
        static Fact Compact(Fact fact, PropertyDefinition definition)
        {
            if (!fact.IsTimeline)
            {
                return fact with { Property = definition.Name };
            }

            var entries = new TimelineEntry[fact.Timeline.Count];
            for (var i = 0; i < entries.Length; i++)
            {
                var entry = fact.Timeline[i];
                entries[i] = entry with { Value = new string(entry.Value.ToCharArray()) };
            }

            return fact with { Property = definition.Name, Timeline = new EquatableArray<TimelineEntry>(entries) };
        }

        Fact? ValidateFact(Entity entity, Fact fact, PropertyDefinition definition)
        {
            switch (definition.Kind)
            {
                case PropertyKind.Date when fact.IsTimeline || fact.Date is null:
                    Error(FactDiagnosticIds.BadDate, $"'{fact.Property}' of '{entity.Id}' must be a single date: YYYY, YYYY-MM or YYYY-MM-DD", fact.Location);
                    return null;
                case PropertyKind.Office or PropertyKind.Members or PropertyKind.Count when !fact.IsTimeline:
                    Error(FactDiagnosticIds.InvalidValue, $"'{fact.Property}' of '{entity.Id}' must be a list of {{ value, from, to? }}", fact.Location);
                    return null;
                case PropertyKind.Office or PropertyKind.Members:
                    var kept = new List<TimelineEntry>();
                    foreach (var entry in fact.Timeline)
                    {
                        if (!entities.ContainsKey(entry.Value))
                        {
                            Error(FactDiagnosticIds.DanglingReference, $"'{entry.Value}' in '{fact.Property}' of '{entity.Id}' is not the id of any entity", entry.Location);
                            continue;
                        }

                        kept.Add(entry);
                    }

                    if (definition.Kind == PropertyKind.Office)
                    {
                        ReportOverlaps(entity, fact, kept);
                    }
                    else
                    {
                        ReportRepeatedMembership(entity, fact, kept);
                    }

                    return kept.Count == fact.Timeline.Count ? fact : fact with { Timeline = kept.ToEquatableArray() };
                case PropertyKind.Count:
                    var numbers = new List<TimelineEntry>();
                    foreach (var entry in fact.Timeline)
                    {
                        if (!int.TryParse(entry.Value, NumberStyles.None, CultureInfo.InvariantCulture, out _))
                        {
                            Error(FactDiagnosticIds.InvalidValue, $"'{entry.Value}' in '{fact.Property}' of '{entity.Id}' must be a whole number", entry.Location);
                            continue;
                        }

                        numbers.Add(entry);
                    }

                    ReportOverlaps(entity, fact, numbers);
                    return numbers.Count == fact.Timeline.Count ? fact : fact with { Timeline = numbers.ToEquatableArray() };
                default:
                    return fact;
            }
        }

        void ReportOverlaps(Entity entity, Fact fact, List<TimelineEntry> entries)
        {
            // A single-holder office (and a count) has one value at a time: sorted by start, each period must end before the next begins.
            var sorted = entries.OrderBy(e => e.From.Earliest.DayNumber).ToList();
            for (var i = 1; i < sorted.Count; i++)
            {
                var previous = sorted[i - 1];
                if (previous.To is not { } end || end.Earliest.DayNumber > sorted[i].From.Earliest.DayNumber)
                {
                    Error(
                        FactDiagnosticIds.OverlappingPeriods,
                        $"periods of '{fact.Property}' of '{entity.Id}' overlap: '{previous.Value}' from {previous.From}{(previous.To is { } t ? " to " + t : string.Empty)} and '{sorted[i].Value}' from {sorted[i].From}",
                        sorted[i].Location);
                }
            }
        }

        void ReportRepeatedMembership(Entity entity, Fact fact, List<TimelineEntry> entries)
        {
            foreach (var group in entries.GroupBy(e => e.Value, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                ReportOverlaps(entity, fact, group.ToList());
            }
        }

        void Error(string id, string message, SourceLocation location)
            => diagnostics.Add(new FactDiagnostic(id, FactDiagnosticSeverity.Error, message, location));
    }
}
