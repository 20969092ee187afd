using FactBase.Checking.Vocabulary;
using FactBase.Text;

namespace FactBase.Checking.Sentences;

/// <summary>What the readers' gates ask of a whole sentence: the cues, the token classes and the trigger lists
/// (<see cref="TriggerWords"/>) some token of it has (<see cref="TokenNotes.Read(System.Collections.Generic.IReadOnlyList{Token}, VocabularyIndex, out ushort[], out int)"/>).</summary>
/// <param name="Cues">The cues some token has (<see cref="SentenceContext.HasCue"/>).</param>
/// <param name="Classes">The classes some token has (<see cref="SentenceContext.HasClass"/>).</param>
/// <param name="Triggers">One bit per trigger list some token is a word of (<see cref="SentenceContext.HasWordOf"/>).</param>
internal readonly record struct SentenceSummary(TokenCues Cues, TokenClass Classes, ulong Triggers)
{
    /// <summary>Whether some token is a word of the trigger list of bit <paramref name="bit"/>.</summary>
    /// <param name="bit">The list's bit (<see cref="WordSet.SummaryBit"/>), 0-63.</param>
    /// <returns>The answer.</returns>
    public bool HasTrigger(int bit) => (Triggers & (1UL << bit)) != 0;
}
