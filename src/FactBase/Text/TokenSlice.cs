using System;
using System.Collections;
using System.Collections.Generic;

namespace FactBase.Text;

/// <summary>A read-only view of a run of tokens in a block's token list: a sentence's tokens without a copy.</summary>
internal sealed class TokenSlice : IReadOnlyList<Token>
{
    private readonly List<Token> _tokens;
    private readonly int _start;

    public TokenSlice(List<Token> tokens, int start, int count)
    {
        _tokens = tokens;
        _start = start;
        Count = count;
    }

    public int Count { get; }

    public Token this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            return _tokens[_start + index];
        }
    }

    public IEnumerator<Token> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return _tokens[_start + i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
