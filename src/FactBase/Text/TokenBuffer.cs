using System;
using System.Buffers;

namespace FactBase.Text;

/// <summary>A growable array of tokens that hands out its storage: the tokens of a whole document, which its sentences
/// view (<see cref="TokenSlice"/>) instead of copying.</summary>
/// <remarks>
/// A <see cref="System.Collections.Generic.List{T}"/> does not expose its array on every target (netstandard2.0).
/// A pooled buffer (<see cref="Rent"/>) takes its storage from <see cref="ArrayPool{T}.Shared"/> and gives it back,
/// cleared, on <see cref="Dispose"/>: the checker tokenizes every document into one, so the tokens of a document cost
/// no new memory (docs/performance.md).
/// </remarks>
internal sealed class TokenBuffer : IDisposable
{
    private readonly bool _pooled;
    private Token[] _items;

    // One byte per token for the checker's word classes (Checking/Sentences/TokenClasses), side by side with the tokens:
    // zero when the token is added, filled the first time a reader asks for its sentence's classes.
    private byte[] _marks;

    /// <summary>Creates an empty buffer with storage of its own.</summary>
    /// <param name="capacity">The tokens it holds before it grows.</param>
    public TokenBuffer(int capacity)
        : this(new Token[Math.Max(capacity, 4)], pooled: false)
    {
    }

    private TokenBuffer(Token[] items, bool pooled)
    {
        _items = items;
        _pooled = pooled;
        _marks = pooled ? ArrayPool<byte>.Shared.Rent(items.Length) : new byte[items.Length];
    }

    /// <summary>Creates an empty buffer with pooled storage; dispose of it when no slice of it is read any more.</summary>
    /// <param name="capacity">The tokens it holds before it grows.</param>
    /// <returns>The buffer.</returns>
    public static TokenBuffer Rent(int capacity) => new(ArrayPool<Token>.Shared.Rent(Math.Max(capacity, 4)), pooled: true);

    /// <summary>The storage: the tokens are the first <see cref="Count"/> items. Read it again after an
    /// <see cref="Add"/>, which may replace it.</summary>
    public Token[] Items => _items;

    /// <summary>The per-token marks, side by side with <see cref="Items"/> (as long or longer); read it again after an
    /// <see cref="Add"/>, which may replace it.</summary>
    public byte[] Marks => _marks;

    /// <summary>The number of tokens.</summary>
    public int Count { get; private set; }

    /// <summary>Appends a token, doubling the storage when it is full.</summary>
    /// <param name="token">The token.</param>
    public void Add(in Token token)
    {
        if (Count == _items.Length)
        {
            Grow();
        }

        _marks[Count] = 0;
        _items[Count++] = token;
    }

    /// <summary>Gives pooled storage back, cleared so that the pool holds no token texts alive; the buffer is then empty.</summary>
    public void Dispose()
    {
        if (_pooled && _items.Length > 0)
        {
            Array.Clear(_items, 0, Count);
            ArrayPool<Token>.Shared.Return(_items);
            ArrayPool<byte>.Shared.Return(_marks);
        }

        _items = Array.Empty<Token>();
        _marks = Array.Empty<byte>();
        Count = 0;
    }

    private void Grow()
    {
        var larger = _pooled ? ArrayPool<Token>.Shared.Rent(_items.Length * 2) : new Token[_items.Length * 2];
        var largerMarks = _pooled ? ArrayPool<byte>.Shared.Rent(larger.Length) : new byte[larger.Length];
        Array.Copy(_items, larger, Count);
        Array.Copy(_marks, largerMarks, Count);
        if (_pooled)
        {
            Array.Clear(_items, 0, Count);
            ArrayPool<Token>.Shared.Return(_items);
            ArrayPool<byte>.Shared.Return(_marks);
        }

        _items = larger;
        _marks = largerMarks;
    }
}
