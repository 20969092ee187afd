namespace FactBase.Text;

/// <summary>A word, number or punctuation mark of a sentence, with its place in the document.</summary>
/// <param name="Kind">What the token is.</param>
/// <param name="Text">The token's text as written (without a possessive <c>'s</c>).</param>
/// <param name="Span">Where it is, possessive included.</param>
/// <param name="IsPossessive">Whether a possessive <c>'s</c> or <c>s'</c> followed the word.</param>
/// <param name="SpaceBefore">Whether whitespace separates it from the previous token.</param>
/// <remarks>
/// A value, not an object: a sentence's tokens sit side by side in one array, so the checker allocates
/// no object per word and its loops read tokens without following a pointer (docs/performance.md). Compare tokens with
/// <c>==</c> (by value); <c>default(Token)</c> is not a token (its <see cref="Text"/> is <see langword="null"/>).
/// </remarks>
public readonly record struct Token(TokenKind Kind, string Text, TextSpan Span, bool IsPossessive, bool SpaceBefore)
{
    /// <summary>Whether the token starts with an uppercase letter.</summary>
    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    /// <summary>Whether the token is this punctuation character.</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for a punctuation token of exactly that character.</returns>
    public bool Is(char c) => Kind == TokenKind.Punctuation && Text.Length == 1 && Text[0] == c;

    /// <summary>Whether the token is this word, ignoring case.</summary>
    /// <param name="word">The word.</param>
    /// <returns><see langword="true"/> when the texts are equal ignoring case.</returns>
    /// <remarks>Hot path (docs/performance.md): readers compare most words of a sentence with a few words each, and texts
    /// of different lengths are never equal ignoring case, so the lengths are compared here, inlined, before the call.</remarks>
    public bool IsWord(string word)
        => Kind != TokenKind.Punctuation && (Text is null || word is null || Text.Length == word.Length)
           && string.Equals(Text, word, System.StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public override string ToString() => Text;
}
