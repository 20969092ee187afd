using System.Collections.Generic;
using System.Linq;
using FactBase.Diagnostics;

namespace FactBase.Model.PropertyKinds;

/// <summary>What a kind's validation reports to and reads from: the diagnostics of the build, and the entities it holds.</summary>
internal sealed class FactValidation
{
    private readonly ICollection<FactDiagnostic> _diagnostics;
    private const int MaxSuggestions = 20;
    private readonly IReadOnlyDictionary<string, Entity> _entities;
    private int _suggestions;

    /// <summary>Creates a validation that adds to <paramref name="diagnostics"/>.</summary>
    /// <param name="diagnostics">Where errors go.</param>
    /// <param name="entities">Every entity of the knowledge base, by id.</param>
    public FactValidation(ICollection<FactDiagnostic> diagnostics, IReadOnlyDictionary<string, Entity> entities)
    {
        _diagnostics = diagnostics;
        _entities = entities;
    }

    /// <summary>Reports an error.</summary>
    /// <param name="id">The diagnostic id (<see cref="FactDiagnosticIds"/>).</param>
    /// <param name="message">The message.</param>
    /// <param name="location">Where.</param>
    public void Error(string id, string message, SourceLocation location)
        => _diagnostics.Add(new FactDiagnostic(id, FactDiagnosticSeverity.Error, message, location));

    /// <summary>Whether a timeline kind's fact is a timeline; reports it when not.</summary>
    /// <param name="entity">The entity.</param>
    /// <param name="fact">The fact.</param>
    /// <returns><see langword="true"/> for a timeline.</returns>
    public bool IsTimeline(Entity entity, Fact fact)
    {
        if (!fact.IsTimeline)
        {
            Error(FactDiagnosticIds.InvalidValue, $"'{fact.Property}' of '{entity.Id}' must be a list of {{ value, from, to? }}", fact.Location);
        }

        return fact.IsTimeline;
    }

    /// <summary>The entries whose value is the id of an entity; reports every other (a dangling reference).</summary>
    /// <param name="entity">The entity.</param>
    /// <param name="fact">A timeline of entity ids.</param>
    /// <returns>The entries kept, in order.</returns>
    public List<TimelineEntry> EntityEntries(Entity entity, Fact fact)
    {
        var kept = new List<TimelineEntry>();
        foreach (var entry in fact.Timeline)
        {
            if (!_entities.ContainsKey(entry.Value))
            {
                Error(FactDiagnosticIds.DanglingReference, $"'{entry.Value}' in '{fact.Property}' of '{entity.Id}' is not the id of any entity{Nearest(entry.Value)}", entry.Location);
                continue;
            }

            kept.Add(entry);
        }

        return kept;
    }

    /// <summary>The entries whose value is an entity of a type <paramref name="definition"/> takes (an office's holder is a
    /// person); reports every other, and says where such a fact belongs when it reads the wrong way round (an office of a
    /// country written on its holder).</summary>
    /// <param name="entity">The entity.</param>
    /// <param name="fact">A timeline of entity ids, the dangling ones already left out.</param>
    /// <param name="definition">The property's vocabulary.</param>
    /// <returns>The fact, without the entries of the wrong type.</returns>
    public Fact KeepValueTypes(Entity entity, Fact fact, PropertyDefinition definition)
    {
        var allowed = definition.AllowedValueTypes;
        if (allowed.Count == 0 || !fact.IsTimeline)
        {
            return fact;
        }

        var kept = new List<TimelineEntry>(fact.Timeline.Count);
        foreach (var entry in fact.Timeline)
        {
            if (!_entities.TryGetValue(entry.Value, out var value) || allowed.Contains(value.Type))
            {
                kept.Add(entry);
                continue;
            }

            var takes = string.Join(" or ", allowed.Select(EntityTypes.WithArticle));
            var reversed = allowed.Contains(entity.Type) && value.Type != EntityType.Person
                ? $"; to say that '{entity.Id}' holds it, write '{fact.Property}: [{{ value: {entity.Id}, from: ... }}]' on '{value.Id}'"
                : string.Empty;
            Error(
                FactDiagnosticIds.WrongValueType,
                $"'{entry.Value}' in '{fact.Property}' of '{entity.Id}' is {EntityTypes.WithArticle(value.Type)}, but '{fact.Property}' (kind: {definition.KindDefinition.Keyword}) takes {takes}{reversed} (its vocabulary's value_type says which types it takes)",
                entry.Location);
        }

        return Keep(fact, kept);
    }

    /// <summary>"; did you mean 'france'?" for an unknown id; only for the first few, since each one compares the id with
    /// every entity's (a knowledge base may hold millions).</summary>
    private string Nearest(string id)
        => _suggestions++ < MaxSuggestions ? NearestNames.DidYouMean(id, _entities.Keys) : string.Empty;

    /// <summary>Reports periods that overlap: sorted by start, each must end before the next begins (one value at a time).</summary>
    /// <param name="entity">The entity.</param>
    /// <param name="fact">The fact.</param>
    /// <param name="entries">The entries to compare.</param>
    public void ReportOverlaps(Entity entity, Fact fact, List<TimelineEntry> entries)
    {
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

    /// <summary>The fact with only <paramref name="kept"/> of its entries (the fact itself when all are kept).</summary>
    /// <param name="fact">The fact.</param>
    /// <param name="kept">The entries kept.</param>
    /// <returns>The fact.</returns>
    public static Fact Keep(Fact fact, List<TimelineEntry> kept)
        => kept.Count == fact.Timeline.Count ? fact : fact with { Timeline = kept.ToEquatableArray() };
}
