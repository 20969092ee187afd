using System.Collections.Generic;

namespace FactBase.Model.PropertyKinds;

/// <summary><c>kind: office</c>: a timeline of office holders (person ids), one at a time; the <c>role</c> rule checks it.</summary>
internal sealed class OfficeKind : PropertyKindDefinition
{
    /// <inheritdoc/>
    public override PropertyKind Kind => PropertyKind.Office;

    /// <inheritdoc/>
    public override string Keyword => "office";

    /// <inheritdoc/>
    public override string LatestLabel => "latest holder";

    /// <inheritdoc/>
    public override string ValueNoun => "holder";

    /// <summary>An office is held by a person, unless its vocabulary says otherwise (a presidency held by countries in turn).</summary>
    /// <inheritdoc/>
    public override IReadOnlyList<EntityType> DefaultValueTypes { get; } = new[] { EntityType.Person };

    /// <inheritdoc/>
    public override Fact? Validate(Entity entity, Fact fact, FactValidation validation)
    {
        if (!validation.IsTimeline(entity, fact))
        {
            return null;
        }

        var kept = validation.EntityEntries(entity, fact);
        validation.ReportOverlaps(entity, fact, kept);
        return FactValidation.Keep(fact, kept);
    }

    /// <inheritdoc/>
    public override GeneratedMember? MemberFor(Fact fact) => fact.IsTimeline ? GeneratedMember.EntityTimeline : null;
}
