using System.Collections.Generic;
using FactBase.Text;

namespace FactBase.Checking.Numbers;

/// <summary>
/// A cheap test for a group of members counted with a modifier ("the other 29 allies", "the remaining 26 members", "31
/// other allies"): the only count a sentence that names no entity may state, since the organization can come from the
/// paragraph.
/// </summary>
internal static class GroupCount
{
    /// <summary>Whether a number (in digits or words) stands right after "other" or "remaining", or right before "other".</summary>
    /// <param name="tokenList">The sentence's tokens.</param>
    /// <returns><see langword="true"/> when such a count may be there.</returns>
    /// <remarks>Runs on every sentence that names no entity (about half): a loop of length and first-letter tests.</remarks>
    public static bool MayStart(IReadOnlyList<Token> tokenList)
    {
        var tokens = TokenArrays.Of(tokenList);

        // Every such count has "other" or "remaining" beside its number, and most sentences have neither: a pass that
        // compares lengths first spares them the number-word lookup of every token.
        if (!HasModifier(tokens))
        {
            return false;
        }

        for (var i = 1; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Number && !(token.Kind == TokenKind.Word && NumberWords.IsNumberWord(token.Text)))
            {
                continue;
            }

            if (IsModifier(tokens[i - 1]) || (i + 1 < tokens.Length && tokens[i + 1].IsWord("other")))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasModifier(System.ReadOnlySpan<Token> tokens)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (IsModifier(tokens[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsModifier(Token token)
        => token.Kind == TokenKind.Word && token.Text.Length is 5 or 9 && (token.IsWord("other") || token.IsWord("remaining"));
}
