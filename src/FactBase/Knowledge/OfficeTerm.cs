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
}
