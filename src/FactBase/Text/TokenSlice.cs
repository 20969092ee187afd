using System;
using System.Collections;
using System.Collections.Generic;

namespace FactBase.Text;

/// <summary>The tokens of one sentence: a range of the document's <see cref="TokenBuffer"/>, not a copy.</summary>
/// <remarks>
/// Allocation rule (docs/performance.md): a sentence never copies its tokens. The checker's loops read a slice as a span
/// (<see cref="TokenArrays.Of(IReadOnlyList{Token})"/>), without an interface call per token.
/// </remarks>
internal sealed class TokenSlice : IReadOnlyList<Token>
{
    private readonly TokenBuffer _buffer;
    private readonly int _offset;

    /// <summary>Views <paramref name="count"/> tokens of <paramref name="buffer"/> from <paramref name="offset"/>.</summary>
    /// <param name="buffer">The buffer; tokens may still be appended to it, but those in the range must not change.</param>
    /// <param name="offset">The first token.</param>
    /// <param name="count">The number of tokens.</param>
    public TokenSlice(TokenBuffer buffer, int offset, int count)
    {
        _buffer = buffer;
        _offset = offset;
        Count = count;
    }

    /// <inheritdoc/>
    public int Count { get; }

    /// <summary>The tokens as a span; read the buffer's storage now, as it may be replaced when the buffer grows.</summary>
    public ReadOnlySpan<Token> Span => new(_buffer.Items, _offset, Count);

    /// <summary>The tokens' marks in the buffer (see <see cref="TokenBuffer.Marks"/>), one per token.</summary>
    public Span<ushort> Marks => new(_buffer.Marks, _offset, Count);

    /// <summary>Where the marks are now: the buffer's marks and the first token's index in them.</summary>
    public (ushort[] Array, int Offset) MarkStorage => (_buffer.Marks, _offset);

    /// <summary>The slots of the tokens' texts in <see cref="Words"/> (see <see cref="TokenBuffer.WordSlots"/>), one per token.</summary>
    public ReadOnlySpan<short> WordSlots => new(_buffer.WordSlots, _offset, Count);

    /// <summary>The table of repeated words the tokens' texts came from, if any.</summary>
    public RepeatedWords? Words => _buffer.Words;

    /// <summary>Where the tokens are now: the buffer's storage and the first token's index in it.</summary>
    public (Token[] Array, int Offset) Storage => (_buffer.Items, _offset);

    /// <inheritdoc/>
    public Token this[int index] => (uint)index < (uint)Count ? _buffer.Items[_offset + index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <inheritdoc/>
    public IEnumerator<Token> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
