using System.Collections.Generic;
using System.Globalization;
using FactBase.Diagnostics;

namespace FactBase.Model.PropertyKinds;

/// <summary><c>kind: count</c>: a timeline of whole numbers, one at a time (a member count); the <c>count</c> rule checks it.</summary>
internal sealed class CountKind : PropertyKindDefinition
{
    /// <inheritdoc/>
    public override PropertyKind Kind => PropertyKind.Count;

    /// <inheritdoc/>
    public override string Keyword => "count";

    /// <inheritdoc/>
    public override Fact? Validate(Entity entity, Fact fact, FactValidation validation)
    {
        if (!validation.IsTimeline(entity, fact))
        {
            return null;
        }

        var numbers = new List<TimelineEntry>();
        foreach (var entry in fact.Timeline)
        {
            if (!int.TryParse(entry.Value, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                validation.Error(FactDiagnosticIds.InvalidValue, $"'{entry.Value}' in '{fact.Property}' of '{entity.Id}' must be a whole number", entry.Location);
                continue;
            }

            numbers.Add(entry);
        }

        validation.ReportOverlaps(entity, fact, numbers);
        return FactValidation.Keep(fact, numbers);
    }

    /// <inheritdoc/>
    public override GeneratedMember? MemberFor(Fact fact) => fact.IsTimeline ? GeneratedMember.NumberTimeline : null;
}
