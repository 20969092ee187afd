using System.Collections.Generic;
using System.Linq;
using FactBase.Diagnostics;

namespace FactBase.Model.PropertyKinds;

/// <summary>What a kind's validation reports to and reads from: the diagnostics of the build, and the entities it holds.</summary>
internal sealed class FactValidation
{
    private readonly ICollection<FactDiagnostic> _diagnostics;
    private readonly IReadOnlyDictionary<string, Entity> _entities;

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
                Error(FactDiagnosticIds.DanglingReference, $"'{entry.Value}' in '{fact.Property}' of '{entity.Id}' is not the id of any entity", entry.Location);
                continue;
            }

            kept.Add(entry);
        }

        return kept;
    }

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
