namespace FactBase.Model;

/// <summary>Vocabulary: what a property means and the words that express it in prose.</summary>
/// <param name="Name">The property name used in fact files.</param>
/// <param name="Kind">What its values are.</param>
/// <param name="Verbs">Verbs that state it ("founded", "joined").</param>
/// <param name="Nouns">Nouns that name it ("member", "anniversary").</param>
/// <param name="Titles">Titles of an office ("Secretary General").</param>
/// <param name="Age">Whether an age ("75-year-old") is counted from this date.</param>
/// <param name="Location">Where it is declared.</param>
public sealed record PropertyDefinition(
    string Name,
    PropertyKind Kind,
    EquatableArray<string> Verbs,
    EquatableArray<string> Nouns,
    EquatableArray<string> Titles,
    bool Age,
    SourceLocation Location)
{
    /// <summary>What its kind means: keyword, validation, generated member, <c>explain</c>'s words.</summary>
    internal PropertyKinds.PropertyKindDefinition KindDefinition => PropertyKinds.PropertyKindDefinition.Of(Kind);
}
