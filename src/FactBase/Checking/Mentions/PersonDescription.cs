using System;
using System.Collections.Generic;
using FactBase.Checking.Vocabulary;
using FactBase.Text;

namespace FactBase.Checking.Mentions;

/// <summary>
/// Resolves a description of a person with no noun the facts know, as the subject of a sentence or main clause: "The
/// former banker was prime minister ...", "In 2010, the veteran diplomat ...": "the", a word said of someone's past or
/// standing ("former", "veteran", "retired", "longtime", "ex-"), and a noun of a person ("banker", "army officer",
/// "diplomat"). It stands for the one person the sentence, the paragraph, or the paragraph before names, with the
/// guards of <see cref="SubjectPronoun"/>; an office title ("the former president") is the title reference's, never this.
/// </summary>
internal static class PersonDescription
{
    /// <summary>Words said of a person's past or standing, which make the noun after them a person's.</summary>
    private static readonly WordSet Standing = new(new[] { "former", "veteran", "retired", "longtime", "ex" });

    /// <summary>Nouns of occupations that do not end like a person's noun ("officer", "diplomat" is in <see cref="PersonNouns"/>).</summary>
    private static readonly WordSet Occupations = new(new[]
    {
        "officer", "general", "judge", "soldier", "journalist", "teacher", "professor", "businessman", "businesswoman", "executive",
        "lobbyist", "negotiator", "official", "civil", "servant", "mayor", "prosecutor", "activist", "diplomat", "banker",
    });

    /// <summary>Endings of nouns for people ("lawyer", "economist", "politician", "spokesman", "businesswoman").</summary>
    private static readonly string[] PersonEndings = { "yer", "ian", "ist", "ster", "man", "woman" };

    /// <summary>The reference that starts at "the" (index <paramref name="the"/>), or <see langword="null"/>.</summary>
    public static Mention? Resolve(ReadOnlySpan<Token> tokens, int the, List<Mention>? mentions, List<Mention>? found, DocumentMentionState state, Func<string, bool> isTitle, ReferenceNounIndex nouns)
    {
        var k = the + 1;
        if (k >= tokens.Length || tokens[k] is not { Kind: TokenKind.Word, IsCapitalized: false } standing || !Standing.Contains(standing.Text))
        {
            return null;
        }

        k++;
        if (standing.IsWord("ex"))
        {
            if (k >= tokens.Length || !tokens[k].Is('-') || tokens[k].SpaceBefore)
            {
                return null;
            }

            k++;
        }

        // One or two lowercase words, the last a noun of a person ("banker", "army officer"); no title the facts know.
        var noun = -1;
        for (var j = k; j < tokens.Length && j < k + 2; j++)
        {
            var token = tokens[j];
            if (token.Kind != TokenKind.Word || token.IsCapitalized || ReferenceResolver.MentionStartingAt(mentions, j) is not null || nouns.Match(tokens, j) is not null || isTitle(token.Text))
            {
                return null;
            }

            if (IsPersonNoun(token.Text))
            {
                noun = j;
                break;
            }

            if (token.IsPossessive)
            {
                return null;
            }
        }

        if (noun < 0)
        {
            return null;
        }

        // "the former banker Mario Draghi", "the former banker of the group", "the former banker's": a name follows, the noun
        // is of something, or the phrase goes on.
        if (noun + 1 < tokens.Length && tokens[noun + 1] is var next && (next.Kind == TokenKind.Word && (next.IsCapitalized || next.IsWord("of") || IsPersonNoun(next.Text))
            || next.Is('-')))
        {
            return null;
        }

        return SubjectPronoun.ResolveSubject(tokens, the, noun + 1, MentionKind.Description, mentions, found, state, isTitle);
    }

    private static bool IsPersonNoun(string word)
    {
        if (PersonNouns.Contains(word) || Occupations.Contains(word))
        {
            return true;
        }

        foreach (var ending in PersonEndings)
        {
            if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase) && word.Length > ending.Length + 2)
            {
                return true;
            }
        }

        return false;
    }
}
