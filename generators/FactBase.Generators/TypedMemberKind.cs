namespace FactBase.Generators;

/// <summary>The C# shape a fact takes as a typed member of its entity's class.</summary>
internal enum TypedMemberKind
{
    /// <summary>A <c>FactDate</c> property (<c>founded</c>, <c>born</c>, or an undeclared date-looking value).</summary>
    Date,

    /// <summary>A <c>Timeline&lt;Entity&gt;</c> (offices, members).</summary>
    EntityTimeline,

    /// <summary>A <c>Timeline&lt;int&gt;</c> (counts).</summary>
    NumberTimeline,

    /// <summary>A <c>const string</c> (a single value of a <c>text</c> property).</summary>
    Text,
}
