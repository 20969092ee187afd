namespace FactBase.Model.PropertyKinds;

/// <summary>The shape of the typed member the generator makes for a fact (<see cref="PropertyKindDefinition.MemberFor"/>).</summary>
internal enum GeneratedMember
{
    /// <summary>A <c>FactDate</c>.</summary>
    Date,

    /// <summary>A <c>Timeline&lt;Entity&gt;</c>.</summary>
    EntityTimeline,

    /// <summary>A <c>Timeline&lt;int&gt;</c>.</summary>
    NumberTimeline,

    /// <summary>A <c>const string</c>.</summary>
    Text,
}
