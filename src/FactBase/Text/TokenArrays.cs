using System;
using System.Collections.Generic;

namespace FactBase.Text;

/// <summary>Token lists as spans, for the loops that read every token of a sentence.</summary>
/// <remarks>
/// Hot path (docs/performance.md): reading through <see cref="IReadOnlyList{T}"/> is an interface call per token that
/// the JIT can only inline with dynamic PGO. The sentence splitter makes
/// slices of one buffer per document, so these are views; a list from elsewhere (a test, a caller's own sentence) is
/// copied once.
/// </remarks>
internal static class TokenArrays
{
    /// <summary>The tokens as a span: a view of the same tokens when they are a slice or an array, else a copy.</summary>
    /// <param name="tokens">The tokens.</param>
    /// <returns>The same tokens, in order.</returns>
    public static ReadOnlySpan<Token> Of(IReadOnlyList<Token> tokens) => tokens switch
    {
        TokenSlice slice => slice.Span,
        Token[] array => array,
        _ => Copy(tokens),
    };

    private static Token[] Copy(IReadOnlyList<Token> list)
    {
        var array = new Token[list.Count];
        for (var i = 0; i < array.Length; i++)
        {
            array[i] = list[i];
        }

        return array;
    }
}
