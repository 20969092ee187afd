using System;
using System.Collections.Generic;
using FactBase.Checking.Time;
using FactBase.Text;

namespace FactBase.Checking.Mentions;

/// <summary>
/// Whether a definite description stands in apposition to a name the facts do not know: "Johnson, the former prime
/// minister, was paid", "they met Sorensen, the president." The description then describes that name, so linking it to
/// an entity named earlier would make a claim about the wrong person.
/// </summary>
/// <remarks>Only capitalized words right before the comma count, and only when no preposition puts them in a phrase of
/// place or time ("In Berlin, the chancellor said"), they are no day or month ("On Monday, the chancellor") and no single
/// adverb ("However, the alliance, which has 32 members,"); and the
/// description must close the apposition (a comma, a bracket or the end of the sentence after it), so "Meanwhile, the
/// chancellor said" still refers back.</remarks>
internal static class AppositionToOtherName
{
    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "on", "from", "for", "to", "by", "with", "after", "before", "during", "across", "near", "since",
        "outside", "inside", "of", "into", "through", "around", "via", "toward", "towards", "until", "like", "as",
    };

    // Words that open a sentence as an adverb, not a name ("However, the alliance, which has 32 members, said"); so does
    // any word ending in "-ly" ("Separately, ...").
    private static readonly HashSet<string> Adverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "however", "meanwhile", "moreover", "nevertheless", "nonetheless", "still", "later", "earlier", "instead", "indeed",
        "now", "then", "also", "yet", "afterwards", "afterward", "thus", "therefore", "overall", "again", "here", "there",
        "besides", "furthermore", "hence", "regardless", "otherwise", "elsewhere", "so", "but", "and", "or", "today",
        "yesterday", "tomorrow", "tonight", "first", "second", "third", "finally", "lastly", "next", "too",
    };

    /// <summary>Whether the description from <paramref name="the"/> to before <paramref name="end"/> is in apposition to
    /// capitalized words that no mention covers.</summary>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="the">The index of "the".</param>
    /// <param name="end">The index after the description's noun.</param>
    /// <param name="mentions">The names found in the sentence, or <see langword="null"/>.</param>
    /// <returns>Whether the description describes another name.</returns>
    public static bool Is(ReadOnlySpan<Token> tokens, int the, int end, List<Mention>? mentions)
    {
        if (the < 2 || tokens[the - 1] is not { Kind: TokenKind.Punctuation, Text: "," })
        {
            return false;
        }

        var first = the - 1;
        while (first > 0 && tokens[first - 1] is { Kind: TokenKind.Word, IsCapitalized: true, IsPossessive: false } capital && !Prepositions.Contains(capital.Text) && !Covered(mentions, first - 1))
        {
            first--;
        }

        var word = tokens[first].Text;
        if (first == the - 1 || CalendarWords.Contains(word) || (first == the - 2 && (Adverbs.Contains(word) || word.EndsWith("ly", StringComparison.OrdinalIgnoreCase))) || (first > 0 && tokens[first - 1] is { Kind: TokenKind.Word } before && Prepositions.Contains(before.Text)))
        {
            return false;
        }

        return end >= tokens.Length || tokens[end] is { Kind: TokenKind.Punctuation, Text: "," or "." or ")" or ";" };
    }

    private static bool Covered(List<Mention>? mentions, int index)
    {
        if (mentions is null)
        {
            return false;
        }

        foreach (var mention in mentions)
        {
            if (mention.First <= index && index < mention.End)
            {
                return true;
            }
        }

        return false;
    }
}
