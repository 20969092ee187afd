using System;

namespace FactBase.Checking.Sentences;

/// <summary>The classes of a sentence's tokens, one per token, read from the marks they are kept in (see
/// <see cref="TokenClasses"/>).</summary>
internal readonly ref struct TokenClassSpan
{
    private readonly ReadOnlySpan<ushort> _classes;

    /// <summary>Reads classes from the marks they are kept in.</summary>
    /// <param name="classes">One mark per token, its low byte a <see cref="TokenClass"/> (the high byte holds the cues,
    /// <see cref="TokenNotes"/>).</param>
    public TokenClassSpan(ReadOnlySpan<ushort> classes) => _classes = classes;

    /// <summary>The number of tokens.</summary>
    public int Length => _classes.Length;

    /// <summary>The classes of token <paramref name="index"/>.</summary>
    /// <param name="index">A token index.</param>
    public TokenClass this[int index] => (TokenClass)(byte)_classes[index];

    /// <summary>The classes as an array.</summary>
    /// <returns>A copy.</returns>
    public TokenClass[] ToArray()
    {
        var copy = new TokenClass[_classes.Length];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = (TokenClass)(byte)_classes[i];
        }

        return copy;
    }
}
