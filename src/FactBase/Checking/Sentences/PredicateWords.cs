using FactBase.Checking.Vocabulary;

namespace FactBase.Checking.Sentences;

/// <summary>
/// Words that, right after a noun phrase, begin its predicate: finite verbs of news prose and the adverbs written before
/// them ("the 70-year-old drove", "the 41-year-old then said"). After "the N-year-old" such a word shows the age
/// description is the subject of a clause, not an adjective before a noun ("the 80-year-old building").
/// </summary>
/// <remarks>Only forms that are rarely an adjective before a noun: "retired", "detained" and other "-ed" words are left
/// out, since "the 62-year-old retired lawyer" describes a lawyer who may be someone else.</remarks>
internal static class PredicateWords
{
    private static readonly WordSet Words = new(new[]
    {
        "is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "should", "may", "might", "must",
        "does", "did", "said", "says", "told", "tells", "took", "takes", "became", "becomes", "won", "wins", "moved", "made",
        "makes", "announced", "promised", "vowed", "pledged", "called", "met", "meets", "drove", "went", "goes", "came",
        "comes", "gave", "gives", "left", "leaves", "spoke", "speaks", "wrote", "writes", "held", "holds", "led", "leads",
        "saw", "sees", "sat", "stood", "began", "begins", "brought", "thought", "found", "kept", "paid", "sent", "flew", "knew",
        "added", "arrived", "returned", "resigned", "signed", "visited", "insisted", "warned", "stressed", "argued",
        "declined", "refused", "urged", "replied", "noted", "thanked", "praised", "welcomed", "addressed", "opened",
        "also", "immediately", "then", "now", "later", "still", "again", "already", "never", "once",
    });

    /// <summary>Whether <paramref name="word"/> begins a predicate.</summary>
    /// <param name="word">A word of the text.</param>
    /// <returns>Whether it is a finite verb or an adverb before one.</returns>
    public static bool Contains(string word) => Words.Contains(word);
}
