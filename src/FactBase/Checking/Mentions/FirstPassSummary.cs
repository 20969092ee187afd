#if NET
using System.Numerics;
#endif
using FactBase.Text;

namespace FactBase.Checking.Mentions;

/// <summary>
/// What the first pass of names (<see cref="MentionFinder.CollectNames(System.Collections.Generic.IReadOnlyList{Token}, DocumentMentionState, out FirstPassSummary)"/>)
/// saw in a sentence besides its names: the tokens the misspelling pass and the back-reference pass can act on, so that
/// those passes visit them and no other (docs/performance.md, "Session 10: the stages before the readers").
/// </summary>
/// <remarks>
/// Both are supersets of what the passes would pick out by their own first tests, so reading only these tokens gives the
/// same answers as reading all of them. <see cref="Everything"/> stands for a sentence no first pass summarized.
/// </remarks>
/// <param name="SpellingFrom">The first token the misspelling pass must weigh: a capitalized word of four letters or more,
/// outside the names found or not plainly one of their words (<see cref="Rules.EntityName.MisspellingDetector"/>).</param>
/// <param name="SpellingTo">One past the last such token; equal to <see cref="SpellingFrom"/> when there is none.</param>
/// <param name="ReferenceStarts">Bit i: token i (i &lt; 63) is a word that may start a back-reference ("the", "its",
/// "he", "she", <see cref="ReferenceResolver"/>); bit 63: the tokens from 63 on were not summarized and are all read.</param>
/// <param name="HasNumber">Whether some token is a number in digits: without one a sentence names no date, which the
/// narrative's reading of a stated time (<see cref="Time.StatedEventTime"/>) needs.</param>
internal readonly record struct FirstPassSummary(int SpellingFrom, int SpellingTo, ulong ReferenceStarts, bool HasNumber)
{
    /// <summary>The bit that stands for every token from <see cref="SummarizedTokens"/> on.</summary>
    public const ulong Rest = 1UL << 63;

    /// <summary>The tokens summarized one bit each.</summary>
    public const int SummarizedTokens = 63;

    /// <summary>No summary: every token is read.</summary>
    public static FirstPassSummary Everything { get; } = new(0, int.MaxValue, ulong.MaxValue, true);

    /// <summary>The bit of token <paramref name="index"/> in <see cref="ReferenceStarts"/>.</summary>
    /// <param name="index">A token index.</param>
    /// <returns>Its own bit, or <see cref="Rest"/> from <see cref="SummarizedTokens"/> on.</returns>
    public static ulong BitOf(int index) => index < SummarizedTokens ? 1UL << index : Rest;

    /// <summary>Whether the word may start a back-reference: "the", "its", "he" or "she" in any case (a word with a
    /// character outside ASCII is kept, so that every case-insensitive equal, such as a long s, is read as before).</summary>
    /// <param name="token">A token.</param>
    /// <returns><see langword="false"/> only for a token that none of the back-reference passes reads.</returns>
    public static bool MayStartReference(in Token token)
    {
        var text = token.Text;
        if (token.Kind != TokenKind.Word || text.Length is not (2 or 3))
        {
            return false;
        }

        var a = text[0] | 0x20;
        var b = text[1] | 0x20;
        if (text.Length == 2)
        {
            return (a == 'h' && b == 'e') || text[0] >= 0x80 || text[1] >= 0x80;
        }

        var c = text[2] | 0x20;
        return (a == 't' && b == 'h' && c == 'e') || (a == 'i' && b == 't' && c == 's') || (a == 's' && b == 'h' && c == 'e')
               || text[0] >= 0x80 || text[1] >= 0x80 || text[2] >= 0x80;
    }

    /// <summary>The index of the lowest bit set in <paramref name="bits"/> (not zero).</summary>
    /// <param name="bits">Bits, at least one set.</param>
    /// <returns>The index, 0 to 63.</returns>
    public static int LowestBit(ulong bits)
    {
#if NET
        return BitOperations.TrailingZeroCount(bits);
#else
        var index = 0;
        while ((bits & 1) == 0)
        {
            bits >>= 1;
            index++;
        }

        return index;
#endif
    }
}
