using System;
using System.Buffers;
using System.Runtime.CompilerServices;

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

    // Two bytes per token for the checker's word classes and vocabulary cues (Checking/Sentences/TokenClasses, TokenNotes),
    // side by side with the tokens: zero when the token is added, filled the first time a reader asks for its sentence's
    // classes or cues.
    private ushort[] _marks;

    // Per token, the slot of RepeatedWords that holds its text when the tokenizer took it from there, else -1: where a
    // reader finds what it noted about the word before (RepeatedWords.TryGetNote) instead of testing the word again.
    private short[] _wordSlots;

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
        _marks = pooled ? ArrayPool<ushort>.Shared.Rent(items.Length) : new ushort[items.Length];
        _wordSlots = pooled ? ArrayPool<short>.Shared.Rent(items.Length) : new short[items.Length];
    }

    /// <summary>Creates an empty buffer with pooled storage; dispose of it when no slice of it is read any more.</summary>
    /// <param name="capacity">The tokens it holds before it grows.</param>
    /// <returns>The buffer.</returns>
    public static TokenBuffer Rent(int capacity) => new(ArrayPool<Token>.Shared.Rent(Math.Max(capacity, 4)), pooled: true);

    /// <summary>The storage: the tokens are the first <see cref="Count"/> items. Read it again after an
    /// <see cref="Add(in Token)"/>, which may replace it.</summary>
    public Token[] Items => _items;

    /// <summary>The per-token marks, side by side with <see cref="Items"/> (as long or longer); read it again after an
    /// <see cref="Add(in Token)"/>, which may replace it.</summary>
    public ushort[] Marks => _marks;

    /// <summary>The slot of <see cref="Words"/> each token's text is held in (see <see cref="RepeatedWords.TryGetNote"/>), -1
    /// for none, side by side with <see cref="Items"/>; read it again after an <see cref="Add(in Token)"/>.</summary>
    public short[] WordSlots => _wordSlots;

    /// <summary>The table of repeated words the tokenizer took the texts from, which <see cref="WordSlots"/> index; set by
    /// the tokenizer.</summary>
    public RepeatedWords? Words { get; set; }

    /// <summary>The number of tokens.</summary>
    public int Count { get; private set; }

    /// <summary>Appends a token, doubling the storage when it is full.</summary>
    /// <param name="token">The token.</param>
    public void Add(in Token token) => Add(token, -1);

    /// <summary>Appends a token whose text <see cref="Words"/> holds in slot <paramref name="wordSlot"/> (-1: none).</summary>
    /// <param name="token">The token.</param>
    /// <param name="wordSlot">The slot.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // the tokenizer calls it for every token
    public void Add(in Token token, int wordSlot)
    {
        var count = Count;
        if (count == _items.Length)
        {
            Grow();
        }

        _marks[count] = 0;
        _wordSlots[count] = (short)wordSlot;
        _items[count] = token;
        Count = count + 1;
    }

    /// <summary>Gives pooled storage back, cleared so that the pool holds no token texts alive; the buffer is then empty.</summary>
    public void Dispose()
    {
        if (_pooled && _items.Length > 0)
        {
            Array.Clear(_items, 0, Count);
            ArrayPool<Token>.Shared.Return(_items);
            ArrayPool<ushort>.Shared.Return(_marks);
            ArrayPool<short>.Shared.Return(_wordSlots);
        }

        _items = Array.Empty<Token>();
        _marks = Array.Empty<ushort>();
        _wordSlots = Array.Empty<short>();
        Words = null;
        Count = 0;
    }

    private void Grow()
    {
        var larger = _pooled ? ArrayPool<Token>.Shared.Rent(_items.Length * 2) : new Token[_items.Length * 2];
        var largerMarks = _pooled ? ArrayPool<ushort>.Shared.Rent(larger.Length) : new ushort[larger.Length];
        var largerSlots = _pooled ? ArrayPool<short>.Shared.Rent(larger.Length) : new short[larger.Length];
        Array.Copy(_items, larger, Count);
        Array.Copy(_marks, largerMarks, Count);
        Array.Copy(_wordSlots, largerSlots, Count);
        if (_pooled)
        {
            Array.Clear(_items, 0, Count);
            ArrayPool<Token>.Shared.Return(_items);
            ArrayPool<ushort>.Shared.Return(_marks);
            ArrayPool<short>.Shared.Return(_wordSlots);
        }

        _items = larger;
        _marks = largerMarks;
        _wordSlots = largerSlots;
    }
}
