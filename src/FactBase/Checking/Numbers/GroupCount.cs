using System.Collections.Generic;
using FactBase.Checking.Sentences;
using FactBase.Text;

namespace FactBase.Checking.Numbers;

/// <summary>
/// A cheap test for a group of members counted with a modifier ("the other 29 allies", "the remaining 26 members", "31
/// other allies") or as a definite whole ("of the 30 allies", "the 28 member states"): the only count a sentence that
/// names no entity may state, since the organization can come from the paragraph; and a member's place in the order of
/// joining ("the 31st to join").
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
        if (!HasModifierOrMembershipNoun(tokens))
        {
            return false;
        }

        // The numbers, in digits or words, from the sentence's token classes (worked out once for every reader).
        var classes = TokenClasses.Of(tokenList);
        for (var i = 1; i < tokens.Length; i++)
        {
            if ((classes[i] & TokenClass.Number) == 0)
            {
                continue;
            }

            if (IsModifier(tokens[i - 1]) || (i + 1 < tokens.Length && tokens[i + 1].IsWord("other")))
            {
                return true;
            }

            // "of the 30 allies", "the 28 member states", "among 32 allies": a definite group, the whole membership.
            if (i + 1 < tokens.Length && IsDeterminer(tokens[i - 1]) && (IsMembershipNoun(tokens[i + 1])
                || (tokens[i + 1].Is('-') && NumberWords.Read(tokens, i) is { Length: > 1 } words && i + words.Length < tokens.Length && IsMembershipNoun(tokens[i + words.Length]))))
            {
                return true;
            }

            // "The Nordic country is the 31st to join": a member's place, whose member and organization the text named before.
            if (i + 2 < tokens.Length && tokens[i - 1].IsWord("the") && tokens[i + 1].IsWord("to") && tokens[i + 2].IsWord("join"))
            {
                return true;
            }
        }

        return false;
    }

    // "the", "of", "among", "counts", "has", "had" ("it had 191 members"), "to" ("taking the union to 28 members"), "by" ("founded by 51 countries"), "all".
    private static bool IsDeterminer(Token token)
        => token.Kind == TokenKind.Word && token.Text.Length is >= 2 and <= 6
           && (token.IsWord("the") || token.IsWord("of") || token.IsWord("among") || token.IsWord("counts") || token.IsWord("has")
               || token.IsWord("have") || token.IsWord("had") || token.IsWord("to") || token.IsWord("by") || token.IsWord("its") || token.IsWord("all"));

    private static bool IsMembershipNoun(in Token token)
        => token.Kind == TokenKind.Word && token.Text.Length >= 6
           && (token.Text.StartsWith("member", System.StringComparison.OrdinalIgnoreCase) || token.IsWord("allies") || token.IsWord("countries")
               || token.IsWord("nations") || token.IsWord("founding") || token.IsWord("founders"));

    // Every such count has "other" or "remaining" beside its number, or a membership noun after it: most sentences have
    // neither, and a pass that compares lengths first spares them the number-word lookup of every token.
    private static bool HasModifierOrMembershipNoun(System.ReadOnlySpan<Token> tokens)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            ref readonly var token = ref tokens[i];
            var text = token.Text;
            if (text.Length == 4 ? token.IsWord("join")
                : text.Length >= 5 && (IsModifier(token) || (MayStartMembershipNoun(text[0]) && IsMembershipNoun(token))))
            {
                return true;
            }
        }

        return false;
    }

    // The first letters of the membership nouns ("member...", "allies", "countries", "nations", "founding", "founders"): a
    // word of prose is turned away on its first letter before the prefix and word comparisons. A non-ASCII letter goes on
    // to them, as ordinal-ignore-case may fold it onto ASCII.
    private static bool MayStartMembershipNoun(char first)
        => first > 127 || (first | 0x20) is 'm' or 'a' or 'c' or 'n' or 'f';

    private static bool IsModifier(in Token token)
        => token.Kind == TokenKind.Word && token.Text.Length is 5 or 9 && (token.IsWord("other") || token.IsWord("remaining"));
}
