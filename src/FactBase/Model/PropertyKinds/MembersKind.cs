using System;
using System.Linq;

namespace FactBase.Model.PropertyKinds;

/// <summary><c>kind: members</c>: a timeline of member entities; the <c>membership</c>, <c>count</c> and <c>date</c> rules check it.</summary>
internal sealed class MembersKind : PropertyKindDefinition
{
    /// <inheritdoc/>
    public override PropertyKind Kind => PropertyKind.Members;

    /// <inheritdoc/>
    public override string Keyword => "members";

    /// <inheritdoc/>
    public override string LatestLabel => "latest to join";

    /// <inheritdoc/>
    public override string ValueNoun => "member";

    /// <summary>Members may overlap one another; one member's own periods may not (it cannot join twice at once).</summary>
    /// <inheritdoc/>
    public override Fact? Validate(Entity entity, Fact fact, FactValidation validation)
    {
        if (!validation.IsTimeline(entity, fact))
        {
            return null;
        }

        var kept = validation.EntityEntries(entity, fact);
        foreach (var group in kept.GroupBy(e => e.Value, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            validation.ReportOverlaps(entity, fact, group.ToList());
        }

        return FactValidation.Keep(fact, kept);
    }

    /// <inheritdoc/>
    public override GeneratedMember? MemberFor(Fact fact) => fact.IsTimeline ? GeneratedMember.EntityTimeline : null;

    /// <summary>How many are members on the date explained: ", 32 on 2025-03-07".</summary>
    /// <inheritdoc/>
    public override string TimelineNote(Fact fact, FactDate asOf) => $", {fact.Timeline.Count(e => e.Covers(asOf))} on {asOf}";
}
