using System.Globalization;
using FactBase.Diagnostics;

namespace FactBase.Model.PropertyKinds;

/// <summary><c>kind: date</c>: one date (<c>founded</c>, <c>born</c>); the <c>date</c> and <c>age</c> rules check it.</summary>
internal sealed class DateKind : PropertyKindDefinition
{
    /// <inheritdoc/>
    public override PropertyKind Kind => PropertyKind.Date;

    /// <inheritdoc/>
    public override string Keyword => "date";

    /// <inheritdoc/>
    public override Fact? Validate(Entity entity, Fact fact, FactValidation validation)
    {
        if (fact.IsTimeline)
        {
            // A list whose items the parser already rejected ("founded: [1990]") is one mistake: it has its error.
            if (fact.Timeline.Count == 0)
            {
                return null;
            }

            validation.Error(FactDiagnosticIds.BadDate, $"'{fact.Property}' of '{entity.Id}' is a date (kind: date): write one date, such as '{fact.Property}: 1990-05-14', not a list", fact.Location);
            return null;
        }

        if (fact.Date is null)
        {
            var impossible = FactDate.ImpossibleDay(fact.Value);
            validation.Error(
                FactDiagnosticIds.BadDate,
                impossible is not null
                    ? $"'{fact.Property}' of '{entity.Id}': {fact.Value} does not exist: {impossible}"
                    : $"'{fact.Property}' of '{entity.Id}' must be a single date: YYYY, YYYY-MM or YYYY-MM-DD",
                fact.Location);
            return null;
        }

        return fact;
    }

    /// <inheritdoc/>
    public override GeneratedMember? MemberFor(Fact fact) => !fact.IsTimeline && fact.Date is not null ? GeneratedMember.Date : null;

    /// <summary>The age on the date explained, for a property an age is counted from: " (75 years on 2025-03-07)".</summary>
    /// <inheritdoc/>
    public override string ValueNote(PropertyDefinition property, Fact fact, FactDate asOf)
    {
        if (!property.Age || fact.Date is not { } date || date.Year > asOf.Year)
        {
            return string.Empty;
        }

        var latest = FactDate.YearsBetween(date.Latest, asOf);
        var earliest = FactDate.YearsBetween(date.Earliest, asOf);
        var years = earliest == latest ? latest.ToString(CultureInfo.InvariantCulture) : $"{latest} or {earliest}";
        return $" ({years} years on {asOf})";
    }
}
