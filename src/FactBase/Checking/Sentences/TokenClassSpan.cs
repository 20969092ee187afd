using System;

namespace FactBase.Checking.Sentences;

/// <summary>The classes of a sentence's tokens, one per token, read from the bytes they are kept in (see
/// <see cref="TokenClasses"/>).</summary>
internal readonly ref struct TokenClassSpan
{
    private readonly ReadOnlySpan<byte> _classes;

    /// <summary>Reads classes from their bytes.</summary>
    /// <param name="classes">One byte per token, each a <see cref="TokenClass"/>.</param>
    public TokenClassSpan(ReadOnlySpan<byte> classes) => _classes = classes;

    /// <summary>The number of tokens.</summary>
    public int Length => _classes.Length;

    /// <summary>The classes of token <paramref name="index"/>.</summary>
    /// <param name="index">A token index.</param>
    public TokenClass this[int index] => (TokenClass)_classes[index];

    /// <summary>The classes as an array.</summary>
    /// <returns>A copy.</returns>
    public TokenClass[] ToArray()
    {
        var copy = new TokenClass[_classes.Length];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = (TokenClass)_classes[i];
        }

        return copy;
    }
}
