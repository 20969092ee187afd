using System;
using FactBase.Checking.Vocabulary;
using FactBase.Text;

namespace FactBase.Checking.Mentions;

/// <summary>
/// A run of capitalized words that names a body of people, never one person, by its form: the plural of a noun of a
/// person ("the Sweden Democrats", "the Christian Democrats", "the conservative Moderates", "the Republicans"), or a name
/// after a size of seats or members ("the 349-seat Riksdag", "the 450-seat Duma", "the 27-member Commission"). Readers
/// that ask whether a sentence may name someone the facts do not know (<see cref="SubjectPronoun.MayNameSomeoneElse"/>)
/// take such a run as a thing: a pronoun or a description of one person cannot mean it.
/// </summary>
internal static class NamesOfBodies
{
    /// <summary>Nouns after "N-" that tell the size of a body.</summary>
    private static readonly WordSet Sizes = new(new[] { "seat", "member", "nation", "strong" });

    /// <summary>Whether the capitalized words from <paramref name="start"/> up to <paramref name="end"/> name a body.</summary>
    public static bool Is(ReadOnlySpan<Token> tokens, int start, int end)
        => PluralOfPersonNoun(tokens[end - 1]) || SizedBefore(tokens, start);

    // "Democrats", "Moderates", "Republicans": a plural, so many people, whatever words stand before it.
    private static bool PluralOfPersonNoun(Token last)
        => !last.IsPossessive && last.Text.Length > 3 && last.Text[last.Text.Length - 1] == 's' && PersonNouns.Contains(last.Text.Substring(0, last.Text.Length - 1));

    // "the 349-seat Riksdag": a number, a hyphen and a noun of size right before the run.
    private static bool SizedBefore(ReadOnlySpan<Token> tokens, int start)
        => start >= 3 && tokens[start - 1] is { Kind: TokenKind.Word, IsCapitalized: false } size && Sizes.Contains(size.Text)
           && tokens[start - 2].Is('-') && tokens[start - 3].Kind == TokenKind.Number;
}
