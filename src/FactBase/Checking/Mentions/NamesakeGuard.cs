using System;
using System.Collections.Generic;
using FactBase.Checking.Time;
using FactBase.Checking.Vocabulary;
using FactBase.Text;

namespace FactBase.Checking.Mentions;

/// <summary>
/// Tells whether a one-word name of a person (a surname or a one-word alias) stands for someone else of that name:
/// <list type="bullet">
/// <item>after another given name: "Jill Biden", "Brigitte Macron" and "Hunter Biden" are relatives of the people the
/// facts know, not those people;</item>
/// <item>after an honorific in a document that never gives the full name: "Mr Johnson, 41, a farmer" is anyone of that
/// name, while a title ("Prime Minister Johnson") is evidence of who is meant.</item>
/// </list>
/// A name followed by "Jr" or "Junior" ("Donald Trump Jr.") is the son of the one the facts know.
/// Such a name is no mention at all, so no age, title or pronoun is carried to the wrong person.
/// </summary>
/// <remarks>Whatever this takes for a given name only silences a reading, so it errs that way: any capitalized word that
/// is not a title of the vocabulary, an honorific, a day or month, part of another name, or (first in a sentence) a common
/// word that starts sentences.</remarks>
internal static class NamesakeGuard
{
    private static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady", "Prof", "Professor",
    };

    // Capitalized only because a sentence starts with them: conjunctions, adverbs, prepositions, determiners and pronouns.
    private static readonly HashSet<string> SentenceStarters = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "about", "according", "after", "against", "also", "although", "among", "an", "and", "another", "as", "asked",
        "at", "because", "before", "both", "but", "by", "despite", "during", "each", "earlier", "either", "even", "every",
        "for", "former", "from", "had", "has", "have", "he", "her", "here", "his", "how", "however", "if", "in", "instead",
        "it", "its", "last", "later", "like", "meanwhile", "meeting", "neither", "next", "nor", "now", "of", "on", "once",
        "only", "or", "our", "she", "since", "so", "still", "that", "the", "their", "then", "there", "these", "they", "this",
        "those", "though", "thus", "to", "under", "unlike", "until", "upon", "was", "we", "what", "when", "where", "whether",
        "which", "while", "who", "why", "with", "within", "without", "yet", "you",
    };

    /// <summary>Whether the one-word name of a person at <paramref name="start"/> stands for someone else of that name.</summary>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="start">Where the name starts.</param>
    /// <param name="vocabulary">The vocabulary, whose title words are no given names.</param>
    /// <param name="previousMentionEnd">Where the mention before it ends (-1 for none): a word of another name is no given name.</param>
    /// <param name="namedInFull">Whether the document gives the full name of the person the facts know.</param>
    /// <returns>Whether the name belongs to someone else.</returns>
    public static bool IsSomeoneElse(ReadOnlySpan<Token> tokens, int start, VocabularyIndex vocabulary, int previousMentionEnd, bool namedInFull)
    {
        if (start == 0 || previousMentionEnd == start)
        {
            return false;
        }

        var word = tokens[start - 1];
        if (word.Kind != TokenKind.Word || !word.IsCapitalized || word.IsPossessive || word.Text.Length < 2 || !char.IsLower(word.Text[1]))
        {
            return false;
        }

        if (Honorifics.Contains(word.Text))
        {
            return !namedInFull;
        }

        return !vocabulary.Words.Contains(word.Text)
               && !CalendarWords.Contains(word.Text)
               && !(start - 1 == 0 && SentenceStarters.Contains(word.Text));
    }

    /// <summary>Whether a generational suffix follows the name that ends before <paramref name="end"/>: "Donald Trump Jr."
    /// is the son.</summary>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="end">Where the name ends.</param>
    /// <returns>Whether "Jr" or "Junior" follows, with or without a comma.</returns>
    public static bool IsJunior(ReadOnlySpan<Token> tokens, int end)
    {
        var next = end < tokens.Length && tokens[end].Is(',') ? end + 1 : end;
        return next < tokens.Length && tokens[next].Kind == TokenKind.Word
               && (tokens[next].Text is "Jr" or "Junior" || tokens[next].Text == "Jr.");
    }
}
