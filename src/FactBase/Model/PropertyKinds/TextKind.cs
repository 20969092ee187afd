namespace FactBase.Model.PropertyKinds;

/// <summary><c>kind: text</c>: any other value; kept, typed as a string constant, not checked.</summary>
internal sealed class TextKind : PropertyKindDefinition
{
    /// <inheritdoc/>
    public override PropertyKind Kind => PropertyKind.Text;

    /// <inheritdoc/>
    public override string Keyword => "text";

    /// <inheritdoc/>
    public override Fact? Validate(Entity entity, Fact fact, FactValidation validation) => fact;

    /// <inheritdoc/>
    public override GeneratedMember? MemberFor(Fact fact) => fact.IsTimeline ? null : GeneratedMember.Text;
}
