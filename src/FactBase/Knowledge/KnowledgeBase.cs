using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FactBase.Model;

namespace FactBase.Knowledge;

/// <summary>
/// The compiled knowledge base: entities, vocabulary, and as-of queries over their timelines.
/// </summary>
/// <remarks>Immutable and thread-safe once created; the checker shares one instance across threads.</remarks>
public sealed class KnowledgeBase
{
    // Either a table of every entity and of every term in office, or a lookup that finds them on demand (a compiled
    // snapshot's); never both.
    private readonly Dictionary<string, Entity>? _entities;
    private readonly Dictionary<string, List<OfficeTerm>>? _termsByHolder;
    private readonly EntityLookup? _lookup;
    private readonly Dictionary<string, PropertyDefinition> _properties;

    private KnowledgeBase(IReadOnlyList<Entity> entities, IReadOnlyList<PropertyDefinition> properties)
    {
        Entities = entities;
        Properties = properties;
        _entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            _entities[entity.Id] = entity;
        }

        _properties = IndexProperties(properties);
        _termsByHolder = new Dictionary<string, List<OfficeTerm>>(StringComparer.Ordinal);
        IndexOfficeTerms(_termsByHolder);
    }

    private KnowledgeBase(IReadOnlyList<Entity> entities, IReadOnlyList<PropertyDefinition> properties, EntityLookup lookup)
    {
        Entities = entities;
        Properties = properties;
        _lookup = lookup;
        _properties = IndexProperties(properties);
    }

    /// <summary>An empty knowledge base.</summary>
    public static KnowledgeBase Empty { get; } = new(Array.Empty<Entity>(), Array.Empty<PropertyDefinition>());

    /// <summary>Every entity, in the order the files gave them.</summary>
    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>The property vocabulary.</summary>
    public IReadOnlyList<PropertyDefinition> Properties { get; }

    /// <summary>Creates a knowledge base from entities and vocabulary that are already valid.</summary>
    /// <remarks>Used by generated code; to load files with validation use <see cref="KnowledgeBaseBuilder"/>.</remarks>
    /// <param name="entities">The entities; a later one replaces an earlier one with the same id.</param>
    /// <param name="properties">The vocabulary; a later definition replaces an earlier one of the same name.</param>
    /// <returns>The knowledge base.</returns>
    public static KnowledgeBase Create(IEnumerable<Entity> entities, IEnumerable<PropertyDefinition> properties)
    {
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        var list = new List<Entity>();
        foreach (var entity in entities)
        {
            if (byId.TryGetValue(entity.Id, out var index))
            {
                list[index] = entity;
            }
            else
            {
                byId[entity.Id] = list.Count;
                list.Add(entity);
            }
        }

        return new KnowledgeBase(list, DistinctProperties(properties));
    }

    private static List<PropertyDefinition> DistinctProperties(IEnumerable<PropertyDefinition> properties)
    {
        var props = new List<PropertyDefinition>();
        var propIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var property in properties)
        {
            if (propIndex.TryGetValue(property.Name, out var index))
            {
                props[index] = property;
            }
            else
            {
                propIndex[property.Name] = props.Count;
                props.Add(property);
            }
        }

        return props;
    }

    private static Dictionary<string, PropertyDefinition> IndexProperties(IReadOnlyList<PropertyDefinition> properties)
    {
        var index = new Dictionary<string, PropertyDefinition>(StringComparer.Ordinal);
        foreach (var property in properties)
        {
            index[property.Name] = property;
        }

        return index;
    }

    /// <summary>A knowledge base over entities that are found through <paramref name="lookup"/> and made when first asked
    /// for (a compiled snapshot's): the same answers as <see cref="Create"/> of the same entities, whose ids are unique.</summary>
    /// <param name="entities">The entities, each id once.</param>
    /// <param name="properties">The vocabulary; a later definition replaces an earlier one of the same name.</param>
    /// <param name="lookup">Finds an entity's place by id, and a person's terms in office.</param>
    /// <returns>The knowledge base.</returns>
    internal static KnowledgeBase OnDemand(IReadOnlyList<Entity> entities, IEnumerable<PropertyDefinition> properties, EntityLookup lookup)
        => new(entities, DistinctProperties(properties), lookup);

    /// <summary>
    /// Adds <paramref name="other"/> to this knowledge base; its entities and properties replace
    /// those with the same id, so a user's facts can correct or extend the built-in ones.
    /// </summary>
    /// <param name="other">The facts to add.</param>
    /// <returns>A new knowledge base.</returns>
    public KnowledgeBase Merge(KnowledgeBase other)
        => Create(Entities.Concat(other.Entities), Properties.Concat(other.Properties));

    /// <summary>The entity with <paramref name="id"/>.</summary>
    /// <param name="id">The entity id.</param>
    /// <exception cref="KeyNotFoundException">No such entity.</exception>
    public Entity this[string id]
        => TryGetEntity(id, out var entity) ? entity : throw new KeyNotFoundException($"No entity with id '{id}'.");

    /// <summary>Finds an entity by id.</summary>
    /// <param name="id">The entity id.</param>
    /// <param name="entity">The entity, if found.</param>
    /// <returns><see langword="true"/> when it exists.</returns>
    public bool TryGetEntity(string id, out Entity entity)
    {
        if (_entities is not null)
        {
            return _entities.TryGetValue(id, out entity!);
        }

        if (_lookup!.TryGetIndex(id, out var index))
        {
            entity = Entities[index];
            return true;
        }

        entity = null!;
        return false;
    }

    /// <summary>The definition of a property, if the vocabulary declares it.</summary>
    /// <param name="name">The property name.</param>
    /// <returns>The definition, or <see langword="null"/>.</returns>
    public PropertyDefinition? FindProperty(string name) => _properties.TryGetValue(name, out var p) ? p : null;

    /// <summary>A date property of an entity (<c>founded</c>, <c>born</c>).</summary>
    /// <param name="entityId">The entity id.</param>
    /// <param name="property">The property name.</param>
    /// <returns>The date.</returns>
    /// <exception cref="KeyNotFoundException">The entity or its date is missing.</exception>
    public FactDate GetDate(string entityId, string property)
        => this[entityId].GetFact(property)?.Date ?? throw new KeyNotFoundException($"'{entityId}' has no date '{property}'.");

    /// <summary>A timeline of entities (office holders, members), with ids resolved.</summary>
    /// <param name="entityId">The entity id.</param>
    /// <param name="property">The property name.</param>
    /// <returns>The timeline; empty when the entity has no such fact.</returns>
    public Timeline<Entity> GetEntityTimeline(string entityId, string property)
    {
        var fact = TryGetEntity(entityId, out var entity) ? entity.GetFact(property) : null;
        var name = $"'{property}' of '{entityId}'";
        var noun = FindProperty(property)?.KindDefinition.ValueNoun;
        if (fact is null)
        {
            return new Timeline<Entity>(Array.Empty<TimelinePeriod<Entity>>(), name, noun);
        }

        return new Timeline<Entity>(
            fact.Timeline
                .Where(e => TryGetEntity(e.Value, out _))
                .Select(e => new TimelinePeriod<Entity>(this[e.Value], e.From, e.To, e.Source)),
            name,
            noun);
    }

    /// <summary>A timeline of numbers (<c>member_count</c>).</summary>
    /// <param name="entityId">The entity id.</param>
    /// <param name="property">The property name.</param>
    /// <returns>The timeline; empty when the entity has no such fact.</returns>
    public Timeline<int> GetNumberTimeline(string entityId, string property)
    {
        var fact = TryGetEntity(entityId, out var entity) ? entity.GetFact(property) : null;
        if (fact is null)
        {
            return new Timeline<int>(Array.Empty<TimelinePeriod<int>>(), $"'{property}' of '{entityId}'");
        }

        return new Timeline<int>(fact.Timeline
            .Where(e => int.TryParse(e.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
            .Select(e => new TimelinePeriod<int>(int.Parse(e.Value, CultureInfo.InvariantCulture), e.From, e.To, e.Source)), $"'{property}' of '{entityId}'");
    }

    /// <summary>Every term in office of a person, across all entities and offices.</summary>
    /// <param name="personId">The person's id.</param>
    /// <returns>The terms, earliest first.</returns>
    public IReadOnlyList<OfficeTerm> GetTermsOf(string personId)
    {
        if (_termsByHolder is not null)
        {
            return _termsByHolder.TryGetValue(personId, out var terms) ? terms : Array.Empty<OfficeTerm>();
        }

        return _lookup!.TryGetIndex(personId, out var index) ? _lookup.TermsOf(this, index) : Array.Empty<OfficeTerm>();
    }

    /// <summary>Every term in office, in the order <see cref="GetTermsOf"/> lists a holder's terms before sorting them by
    /// start: by office-holding entity, fact and timeline entry.</summary>
    /// <returns>Each term with the place of its entity, fact and entry.</returns>
    internal IEnumerable<(int Entity, int Fact, int Entry, OfficeTerm Term)> OfficeTermsInOrder()
    {
        for (var e = 0; e < Entities.Count; e++)
        {
            var entity = Entities[e];
            for (var f = 0; f < entity.Facts.Count; f++)
            {
                var fact = entity.Facts[f];
                if (FindProperty(fact.Property) is not { Kind: PropertyKind.Office } property)
                {
                    continue;
                }

                for (var k = 0; k < fact.Timeline.Count; k++)
                {
                    var entry = fact.Timeline[k];
                    if (TryGetEntity(entry.Value, out var holder))
                    {
                        yield return (e, f, k, new OfficeTerm(entity, property, holder, entry.From, entry.To, fact) { Entry = entry });
                    }
                }
            }
        }
    }

    /// <summary>Sorts one holder's terms, listed in <see cref="OfficeTermsInOrder"/>'s order, earliest first.</summary>
    internal static void SortTerms(List<OfficeTerm> terms) => terms.Sort((a, b) => a.From.CompareTo(b.From));

    private void IndexOfficeTerms(Dictionary<string, List<OfficeTerm>> termsByHolder)
    {
        foreach (var (_, _, _, term) in OfficeTermsInOrder())
        {
            if (!termsByHolder.TryGetValue(term.Holder.Id, out var terms))
            {
                termsByHolder[term.Holder.Id] = terms = new List<OfficeTerm>();
            }

            terms.Add(term);
        }

        foreach (var terms in termsByHolder.Values)
        {
            SortTerms(terms);
        }
    }
}
