using System;
using System.Collections.Generic;
using FactBase.Checking.Mentions;
using FactBase.Checking.Vocabulary;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Clauses;

/// <summary>
/// A short noun phrase set between commas after a person's name that describes that person: "Y's old rival", "his
/// long-time finance minister", "the party's chairman", "a former banker". A relative clause after it ("X, Y's old rival,
/// who was prime minister from 2007 to 2015,") is then X's clause, as the phrase is X.
/// </summary>
/// <remarks>Only a determiner or a possessive, then at most five words of no preposition, verb or other name: "the son of
/// Y, who" and "the rival Y beat, who" may put the clause on someone else, and are not read.</remarks>
internal static class NounPhraseApposition
{
    /// <summary>Words that make the phrase more than a noun with its modifiers: a clause after them may be of another head.</summary>
    private static readonly WordSet Stops = new(new[]
    {
        "of", "to", "with", "for", "by", "from", "against", "than", "and", "or", "like", "under", "about", "between", "over",
        "in", "on", "at", "who", "which", "that", "whose", "whom", "is", "was", "has", "had", "said", "says", "not",
    });

    private static readonly WordSet Openers = new(new[] { "the", "a", "an", "his", "her", "their" });

    /// <summary>The comma that closes the phrase starting at <paramref name="start"/>, or <see langword="null"/>.</summary>
    public static int? End(ReadOnlySpan<Token> t, IReadOnlyList<Mention> mentions, int start)
    {
        if (start >= t.Length || t[start].Kind != TokenKind.Word)
        {
            return null;
        }

        var k = start + 1;
        if (!(Openers.Contains(t[start].Text) && !t[start].IsCapitalized))
        {
            // A possessive name, known or not: "Kaczynski's old rival", "Jan Kowalski's deputy".
            if (MentionAt(mentions, start) is { IsPossessive: true } owner)
            {
                k = owner.End;
            }
            else if (t[start].IsCapitalized && t[start].IsPossessive)
            {
                k = start + 1;
            }
            else if (t[start].IsCapitalized && start + 1 < t.Length && t[start + 1] is { Kind: TokenKind.Word, IsCapitalized: true, IsPossessive: true })
            {
                k = start + 2;
            }
            else
            {
                return null;
            }
        }

        var words = 0;
        for (; k < t.Length && words <= 5; k++)
        {
            var token = t[k];
            if (token.Is(','))
            {
                return words > 0 ? k : null;
            }

            if (token.Is('-'))
            {
                continue;
            }

            if (token.Kind != TokenKind.Word || token.IsCapitalized || Stops.Contains(token.Text) || MentionAt(mentions, k) is not null)
            {
                return null;
            }

            words++;
        }

        return null;
    }

    private static Mention? MentionAt(IReadOnlyList<Mention> mentions, int k)
    {
        for (var m = 0; m < mentions.Count; m++)
        {
            if (mentions[m].First <= k && k < mentions[m].End)
            {
                return mentions[m];
            }
        }

        return null;
    }
}
