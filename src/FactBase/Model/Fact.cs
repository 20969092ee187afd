namespace FactBase.Model;

/// <summary>The value of one property of an entity: a single value or a timeline.</summary>
/// <param name="Property">The property name, e.g. <c>founded</c> or <c>secretary_general</c>.</param>
/// <param name="Value">A single value as written, or <see langword="null"/> for a timeline.</param>
/// <param name="Timeline">The periods of a timeline; empty for a single value.</param>
/// <param name="Location">Where the fact is written.</param>
public sealed record Fact(string Property, string? Value, EquatableArray<TimelineEntry> Timeline, SourceLocation Location)
{
    /// <summary>Whether this fact is a timeline of periods rather than a single value.</summary>
    public bool IsTimeline => Value is null;

    /// <summary>The single value as a date, when it is one.</summary>
    public FactDate? Date => FactDate.TryParse(Value, out var date) ? date : null;
}
