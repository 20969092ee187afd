using FactBase.Checking.Vocabulary;

namespace FactBase.Checking.Mentions;

/// <summary>
/// Nouns of news prose that name a person but do not end like one ("the 70-year-old conservative", "the 58-year-old
/// incumbent", "the 45-year-old newcomer"): words for a political leaning, a standing or a role in a contest, and kin.
/// After "the N-year-old" such a noun, followed by a verb, is a person acting; a thing ("the 80-year-old building") never.
/// </summary>
/// <remarks>Nouns of people told by their ending ("lawyer", "historian", "economist", "spokesman") are tested by
/// <see cref="AgedPersonReference"/> itself; titles of offices are the vocabulary's and resolved as such.</remarks>
internal static class PersonNouns
{
    private static readonly WordSet Words = new(new[]
    {
        "conservative", "liberal", "moderate", "progressive", "democrat", "republican", "leader", "veteran", "incumbent",
        "candidate", "challenger", "nominee", "contender", "frontrunner", "newcomer", "outsider", "favourite", "favorite",
        "rival", "monarch", "diplomat", "billionaire", "tycoon", "technocrat", "academic", "banker", "campaigner",
        "reformer", "founder", "premier", "mother", "father", "grandmother", "grandfather", "widow", "widower",
    });

    /// <summary>Whether <paramref name="word"/> is one of the nouns.</summary>
    /// <param name="word">A word of the text.</param>
    /// <returns>Whether it names a person.</returns>
    public static bool Contains(string word) => Words.Contains(word);
}
