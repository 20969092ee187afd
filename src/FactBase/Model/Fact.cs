namespace FactBase.Model;

/// <summary>The value of one property of an entity: a single value or a timeline.</summary>
/// <param name="Property">The property name, e.g. <c>founded</c> or <c>secretary_general</c>.</param>
/// <param name="Value">A single value as written, or <see langword="null"/> for a timeline.</param>
/// <param name="Timeline">The periods of a timeline; empty for a single value.</param>
/// <param name="Location">Where the fact is written.</param>
public sealed record Fact(string Property, string? Value, EquatableArray<TimelineEntry> Timeline, SourceLocation Location)
{
    // Performance (docs/performance.md): the extractors ask for Date per candidate subject, so the value is parsed once,
    // whenever it is set (constructor, or 'with { Value = ... }'). _date is a function of _value, so the record's value
    // equality and hash code mean what they did.
    private readonly string? _value = Value;
    private readonly FactDate? _date = ParseDate(Value);

    /// <summary>A single value as written, or <see langword="null"/> for a timeline.</summary>
    public string? Value
    {
        get => _value;
        init
        {
            _value = value;
            _date = ParseDate(value);
        }
    }

    /// <summary>Other dates a convention gives for a single date (<c>{ value, also, note }</c>); empty for most facts.</summary>
    public EquatableArray<FactDate> AlsoDates { get; init; }

    /// <summary>Which convention gives which date, in a few words, when there are several.</summary>
    public string? Note { get; init; }

    /// <summary>Whether this fact is a timeline of periods rather than a single value.</summary>
    public bool IsTimeline => Value is null;

    /// <summary>The single value as a date, when it is one.</summary>
    public FactDate? Date => _date;

    private static FactDate? ParseDate(string? value) => FactDate.TryParse(value, out var date) ? date : null;
}
