using FactBase.Model;

namespace FactBase.Knowledge;

/// <summary>One period in which a person held an office of an entity.</summary>
/// <param name="Organization">The entity whose office it is (a country, NATO).</param>
/// <param name="Property">The office property.</param>
/// <param name="Holder">The person.</param>
/// <param name="From">The first day in office.</param>
/// <param name="To">The first day out of office, or <see langword="null"/> while in office.</param>
/// <param name="Fact">The fact the term comes from, for citing its location.</param>
public sealed record OfficeTerm(Entity Organization, PropertyDefinition Property, Entity Holder, FactDate From, FactDate? To, Fact Fact)
{
    /// <summary>Whether the term includes <paramref name="date"/>.</summary>
    /// <param name="date">The date asked about.</param>
    /// <returns><see langword="true"/> when the person held the office on that date.</returns>
    public bool Covers(FactDate date)
        => Period.Covers(From, To, date);

    /// <summary>The timeline entry the term comes from, with its other accepted starts and ends.</summary>
    public TimelineEntry? Entry { get; init; }

    /// <summary>Whether some reading of the accepted dates has the term share a day with <paramref name="date"/>.</summary>
    /// <param name="date">A year, month or day.</param>
    /// <returns><see langword="true"/> when the person may have held the office then.</returns>
    public bool MayOverlap(FactDate date)
        => Entry?.MayOverlap(date) ?? Period.Overlaps(From, To, date);

    /// <summary>Whether every reading of the accepted dates has the term share a day with <paramref name="date"/>.</summary>
    /// <param name="date">A year, month or day.</param>
    /// <returns><see langword="true"/> when the person surely held the office then.</returns>
    public bool SurelyOverlaps(FactDate date)
        => Entry?.SurelyOverlaps(date) ?? Period.Overlaps(From, To, date);

    /// <summary>The day number of the earliest accepted first day in office.</summary>
    internal int EarliestFromDay => Entry?.EarliestFromDay ?? From.DayNumber;
}
