using FactBase.Checking.Time;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules.Age;

/// <summary>An age counted from a date property with <c>age: true</c>: "the 75-year-old NATO", "Trump, 78,", "NATO's 75th anniversary".</summary>
/// <param name="Span">The number.</param>
/// <param name="Subject">Whose age.</param>
/// <param name="Property">The date it is counted from (founded, born).</param>
/// <param name="Age">The age stated.</param>
/// <param name="IsAnniversary">Whether it is an "Nth anniversary" rather than an age.</param>
/// <param name="Time">When the age is stated for.</param>
public sealed record AgeClaim(TextSpan Span, Entity Subject, PropertyDefinition Property, int Age, bool IsAnniversary, TimeContext Time)
    : Claim(RuleCatalog.Age.Name, Span, Subject)
{
    /// <summary>Whether the age may be the coming one ("turns 80", "will turn 80"): right a year before it is reached too.</summary>
    public bool Upcoming { get; init; }

    /// <summary>Whether the claim is that the age was reached within <see cref="TimeContext.Primary"/>, a month or a year
    /// ("turned 81 in June"): the birthday must fall in it.</summary>
    public bool Turning { get; init; }

    /// <summary>Whether the number may be something else ("at 11" is also a time of day): then a number far from the age
    /// is not read as one, and stays silent.</summary>
    public bool Loose { get; init; }
}
