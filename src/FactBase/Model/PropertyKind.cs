namespace FactBase.Model;

/// <summary>What a property's values are, and so which claims about it can be checked.</summary>
public enum PropertyKind
{
    /// <summary>A date (<c>founded</c>, <c>born</c>); checked by the <c>date</c> and <c>age</c> rules.</summary>
    Date,

    /// <summary>A timeline of member entities; checked by the <c>membership</c>, <c>count</c> and <c>date</c> rules.</summary>
    Members,

    /// <summary>A timeline of office holders (person ids); checked by the <c>role</c> rule.</summary>
    Office,

    /// <summary>A timeline of numbers (a member count); checked by the <c>count</c> rule.</summary>
    Count,

    /// <summary>Any other value; kept, not checked.</summary>
    Text,
}
