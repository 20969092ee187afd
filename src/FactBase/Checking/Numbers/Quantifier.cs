using System;
using FactBase.Text;

namespace FactBase.Checking.Numbers;

/// <summary>Reads the words that qualify a number: "more than", "about", "nearly", "the other", "the remaining", "other".</summary>
internal static class Quantifier
{
    private static bool At(ReadOnlySpan<Token> tokens, int k, string w) => (uint)k < (uint)tokens.Length && tokens[k].IsWord(w);

    /// <summary>The bound the words around a number give it, or <see langword="null"/> when they make it something else
    /// ("only 3", "another 2", "the first 12", "from 12 to 32"), which is not checked.</summary>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="first">The number's first token.</param>
    /// <param name="end">The index just past the number.</param>
    /// <returns>The bound.</returns>
    public static CountBound? Read(ReadOnlySpan<Token> tokens, int first, int end)
    {
        var before = first - 1;
        if (At(tokens, end, "other"))
        {
            return CountBound.Other; // "31 other allies"
        }

        if (before < 0 || tokens[before].Kind == TokenKind.Punctuation)
        {
            return CountBound.Exact;
        }

        var word = tokens[before].Text.ToLowerInvariant();
        switch (word)
        {
            case "than":
                return At(tokens, before - 1, "more") || At(tokens, before - 1, "greater") ? CountBound.MoreThan
                    : At(tokens, before - 1, "fewer") || At(tokens, before - 1, "less") ? CountBound.FewerThan
                    : null;
            case "over":
                return CountBound.MoreThan;
            case "under":
                return CountBound.FewerThan;
            case "least":
                return At(tokens, before - 1, "at") ? CountBound.AtLeast : null;
            case "about":
            case "around":
            case "roughly":
            case "approximately":
            case "some":
                return CountBound.About;
            case "nearly":
            case "almost":
                return CountBound.Nearly;
            case "other":
                return CountBound.Other; // "the other 31 allies"
            case "remaining":
                return CountBound.Remaining;
            case "most":
            case "to":
            case "up":
            case "only":
            case "just":
            case "another":
            case "additional":
            case "new":
            case "extra":
            case "those":
            case "these":
            case "first":
            case "last":
            case "top":
            case "latest":
            case "original":
            case "founding":
                return null;
            default:
                return CountBound.Exact;
        }
    }
}
