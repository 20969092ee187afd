using System;
using System.Collections.Generic;
using System.Linq;
using FactBase.Diagnostics;
using FactBase.Model;
using FactBase.Model.PropertyKinds;
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

        var properties = CollectProperties(fileList, diagnostics);
        var (entities, order) = CollectEntities(fileList, maxEntities, diagnostics);
        var validation = new FactValidation(diagnostics, entities);
        var valid = new List<Entity>(order.Count);
        foreach (var id in order)
        {
            valid.Add(Validate(entities[id], properties, validation, diagnostics));
        }

        return new KnowledgeBaseBuildResult(
            KnowledgeBase.Create(valid, properties.Values),
            diagnostics.ToEquatableArray(),
            valid.ToEquatableArray(),
            properties.Values.ToEquatableArray());
    }

    /// <summary>The vocabulary of every file, by property name; a second declaration of a name is an error.</summary>
    private static Dictionary<string, PropertyDefinition> CollectProperties(List<FactFile> files, List<FactDiagnostic> diagnostics)
    {
        var properties = new Dictionary<string, PropertyDefinition>(StringComparer.Ordinal);
        foreach (var property in files.SelectMany(f => f.Properties))
        {
            if (properties.TryGetValue(property.Name, out var first))
            {
                Error(diagnostics, FactDiagnosticIds.DuplicateId, $"property '{property.Name}' is already declared at {first.Location}", property.Location);
                continue;
            }

            properties.Add(property.Name, property);
        }

        return properties;
    }

    /// <summary>The entities of every file, by id, and their ids in file order: duplicate ids, ids that map to one C# name,
    /// and entities past <paramref name="maxEntities"/> are reported and left out.</summary>
    private static (Dictionary<string, Entity> Entities, List<string> Order) CollectEntities(List<FactFile> files, int maxEntities, List<FactDiagnostic> diagnostics)
    {
        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        var order = new List<string>();
        var identifiers = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var entity in files.SelectMany(f => f.Entities))
        {
            if (order.Count >= maxEntities)
            {
                // Bounds memory and the checker's indexes; see docs/limits.md.
                Error(diagnostics, FactDiagnosticIds.LimitExceeded, $"more than {maxEntities} entities: '{entity.Id}' and every entity after it are left out (see docs/limits.md)", entity.Location);
                break;
            }

            if (entities.TryGetValue(entity.Id, out var first))
            {
                Error(diagnostics, FactDiagnosticIds.DuplicateId, $"id '{entity.Id}' is already used at {first.Location}", entity.Location);
                continue;
            }

            var identifier = FactNames.ToIdentifier(entity.Id);
            if (identifiers.TryGetValue(identifier, out var clash))
            {
                Error(diagnostics, FactDiagnosticIds.NameCollision, $"ids '{entity.Id}' and '{clash.Id}' both map to the C# name '{identifier}'", entity.Location);
                continue;
            }

            identifiers.Add(identifier, entity);
            entities.Add(entity.Id, entity);
            order.Add(entity.Id);
        }

        return (entities, order);
    }

    /// <summary>An entity with each declared fact validated by its property's kind; an undeclared property is kept, with a warning.</summary>
    private static Entity Validate(Entity entity, Dictionary<string, PropertyDefinition> properties, FactValidation validation, List<FactDiagnostic> diagnostics)
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
                    $"property '{fact.Property}' of '{entity.Id}' is not declared in any 'properties:' vocabulary, so no claim about it is checked{NearestNames.DidYouMean(fact.Property, properties.Keys)}",
                    fact.Location));
                facts.Add(fact);
                continue;
            }

            var checkedFact = definition.KindDefinition.Validate(entity, fact, validation) is { } valid ? validation.KeepValueTypes(entity, valid, definition) : null;
            if (checkedFact is not null)
            {
                facts.Add(Compact(checkedFact, definition));
            }
        }

        return entity.Facts.Count == 0 ? entity : entity with { Facts = facts.ToEquatableArray() };
    }

    // Data locality for the checker (docs/performance.md): a claim about an entity reads its facts and their timelines, so
    // an entity's facts, their entries and the entries' values are copied to lie one after the other (the garbage
    // collector keeps that order) rather than where parsing left them. Every fact names its property with the
    // definition's own string, so Entity.GetFact(definition.Name) compares references, not characters.
    private static Fact Compact(Fact fact, PropertyDefinition definition)
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

    private static void Error(List<FactDiagnostic> diagnostics, string id, string message, SourceLocation location)
        => diagnostics.Add(new FactDiagnostic(id, FactDiagnosticSeverity.Error, message, location));
}
