using System;
using System.Collections.Generic;
using FactBase.Checking.Numbers;
using FactBase.Checking.Time;
using FactBase.Checking.Vocabulary;
using FactBase.Text;

namespace FactBase.Checking.Sentences;

/// <summary>
/// The classes of a sentence's tokens (<see cref="TokenClass"/>), worked out in one pass the first time any reader asks
/// and kept beside the tokens in the document's buffer (<see cref="TokenBuffer.Marks"/>), so the narrative's time, the
/// sentence's time, the cues and the count readers share one classification instead of each testing every word.
/// </summary>
/// <remarks>Hot path (docs/performance.md, "One classification per token"). A class is a pure function of the token's
/// kind and text, so a sentence's classes are the same whoever works them out first; tokens that are not a view of a
/// document's buffer (a corrected copy, a test's list) are classified afresh on each call.</remarks>
internal static class TokenClasses
{
    /// <summary>The classes of <paramref name="tokens"/>, one per token.</summary>
    /// <param name="tokens">A sentence's tokens.</param>
    /// <returns>The classes, in token order.</returns>
    public static TokenClassSpan Of(IReadOnlyList<Token> tokens)
    {
        if (tokens is TokenSlice slice)
        {
            var marks = slice.Marks;
            if (marks.Length > 0 && marks[0] == 0)
            {
                Fill(slice.Span, marks);
            }

            return new TokenClassSpan(marks);
        }

        var span = TokenArrays.Of(tokens);
        var classes = new ushort[span.Length];
        Fill(span, classes);
        return new TokenClassSpan(classes);
    }

    /// <summary>The classes of <paramref name="tokens"/>, one per token, and the trigger lists (<see cref="TriggerWords"/>)
    /// some token is a word of: what a sentence's summary needs, read with one table lookup per word where the classes are
    /// not worked out yet (docs/performance.md, "Session 9").</summary>
    /// <param name="tokens">A sentence's tokens.</param>
    /// <param name="triggers">The union of <see cref="TriggerWords.Of"/> over the tokens' texts.</param>
    /// <returns>The classes, as <see cref="Of(IReadOnlyList{Token})"/> returns them.</returns>
    public static TokenClassSpan Of(IReadOnlyList<Token> tokens, out ulong triggers)
    {
        if (tokens is TokenSlice slice && WordsAndTriggers is { } table)
        {
            var marks = slice.Marks;
            if (marks.Length > 0 && marks[0] == 0)
            {
                triggers = table.Fill(slice.Span, marks);
                return new TokenClassSpan(marks);
            }
        }

        var classes = Of(tokens);
        triggers = 0;
        var span = TokenArrays.Of(tokens);
        for (var i = 0; i < span.Length; i++)
        {
            triggers |= TriggerWords.Of(span[i].Text);
        }

        return classes;
    }

    /// <summary>The classes of one token, <see cref="TokenClass.Classified"/> included (as <see cref="Of(in Token)"/>),
    /// and the bits of the trigger lists its text is a word of (as <see cref="TriggerWords.Of"/>): one lookup for both.</summary>
    /// <param name="token">The token.</param>
    /// <param name="triggers">Its trigger bits.</param>
    /// <returns>Its classes.</returns>
    internal static TokenClass Of(in Token token, out ulong triggers)
    {
        if (WordsAndTriggers is { } table)
        {
            return table.Of(token, out triggers);
        }

        triggers = TriggerWords.Of(token.Text);
        return Of(token);
    }

    /// <summary>The classes any token of <paramref name="tokens"/> has: whether the sentence has a number, a time word, a
    /// present-tense verb at all.</summary>
    /// <param name="tokens">A sentence's tokens.</param>
    /// <returns>The union of the classes.</returns>
    public static TokenClass InSentence(IReadOnlyList<Token> tokens) => Union(Of(tokens));

    /// <summary>The union of <paramref name="classes"/>.</summary>
    /// <param name="classes">Token classes.</param>
    /// <returns>Every class at least one token has.</returns>
    public static TokenClass Union(TokenClassSpan classes)
    {
        var all = TokenClass.None;
        for (var i = 0; i < classes.Length; i++)
        {
            all |= classes[i];
        }

        return all;
    }

    /// <summary>The classes of one token.</summary>
    /// <param name="token">The token.</param>
    /// <returns>Its classes, <see cref="TokenClass.Classified"/> included.</returns>
    /// <remarks>One lookup in a table of every word of the readers' lists, filed by first letter and length as
    /// <see cref="Vocabulary.WordSet"/> files them, instead of one lookup per list; each word's classes are what the
    /// readers' own tests say of it (<see cref="Test"/>), and a text the table cannot file is tested the same way.</remarks>
    public static TokenClass Of(in Token token)
    {
        return TokenClass.Classified | (token.Kind == TokenKind.Word ? Words.Of(token) : Test(token));
    }

    /// <summary>The classes of a token by the readers' own tests, one after another: what the table answers, for every
    /// token.</summary>
    /// <param name="token">The token.</param>
    /// <returns>Its classes, without <see cref="TokenClass.Classified"/>.</returns>
    internal static TokenClass Test(in Token token)
    {
        var classes = token.Kind == TokenKind.Number ? TokenClass.Digits : TokenClass.None;
        if (token.Kind == TokenKind.Word && NumberWords.IsNumberWord(token.Text))
        {
            classes |= TokenClass.NumberWord;
        }

        if (RelativeTime.IsAnchor(token))
        {
            classes |= TokenClass.TimeAnchor;
        }

        if (RelativeTime.IsCountAnchor(token))
        {
            classes |= TokenClass.CountAnchor;
        }

        if (TimeContextReader.IsPresentVerb(token))
        {
            classes |= TokenClass.PresentVerb;
        }

        return classes;
    }

    // Every word of the lists the tests read: a word outside them has none of the classes.
    private static readonly WordTable Words = new(
        NumberWords.Keys.Words, RelativeTime.Anchors.Words, RelativeTime.CountAnchors.Words, TimeContextReader.PresentVerbs.Words);

    // The same words and the trigger lists' words, each with its classes and its trigger bits; null when a trigger list
    // holds a word TriggerWords cannot file by shape (it then tests such lists against every text, and so does the scan).
    private static readonly TriggerTable? WordsAndTriggers = TriggerWords.AllFiled
        ? new TriggerTable(NumberWords.Keys.Words, RelativeTime.Anchors.Words, RelativeTime.CountAnchors.Words, TimeContextReader.PresentVerbs.Words)
        : null;

    /// <summary>The words of the class lists and of the trigger lists by (folded first letter, length), each with its
    /// classes (<see cref="Test"/>) and its trigger bits (<see cref="TriggerWords.Of"/>): one lookup answers both for a word
    /// token whose first character is ASCII.</summary>
    private sealed class TriggerTable
    {
        private readonly int _maxLength;
        private readonly (string Word, byte Classes, ulong Triggers)[]?[] _byShape;

        public TriggerTable(params IEnumerable<string>[] classLists)
        {
            var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var list in classLists)
            {
                words.UnionWith(list);
            }

            foreach (var list in TriggerWords.All)
            {
                words.UnionWith(list.Words);
            }

            foreach (var word in words)
            {
                _maxLength = Math.Max(_maxLength, word.Length);
            }

            _byShape = new (string, byte, ulong)[]?[WordSet.Letters * (_maxLength + 1)];
            foreach (var word in words)
            {
                if (word.Length == 0 || !WordSet.IsAscii(word))
                {
                    // Never filed: Fill then tests every word as Of and TriggerWords.Of do.
                    _byShape = Array.Empty<(string, byte, ulong)[]?>();
                    return;
                }

                ref var slot = ref _byShape[WordSet.Slot(word, _maxLength)];
                var bucket = slot ?? Array.Empty<(string, byte, ulong)>();
                Array.Resize(ref bucket, bucket.Length + 1);
                bucket[bucket.Length - 1] = (word, (byte)TokenClasses.Of(new Token(TokenKind.Word, word, default, false, false)), TriggerWords.Of(word));
                slot = bucket;
            }
        }

        /// <summary>Writes each token's classes (as <see cref="TokenClasses.Of(in Token)"/>) into
        /// <paramref name="marks"/> and returns the union of the tokens' trigger bits.</summary>
        public ulong Fill(ReadOnlySpan<Token> tokens, Span<ushort> marks)
        {
            var triggers = 0UL;
            for (var i = 0; i < tokens.Length; i++)
            {
                marks[i] = (ushort)Of(tokens[i], out var bits);
                triggers |= bits;
            }

            return triggers;
        }

        /// <summary>The classes of a token (as <see cref="TokenClasses.Of(in Token)"/>, <see cref="TokenClass.Classified"/>
        /// included) and its trigger bits (as <see cref="TriggerWords.Of"/>).</summary>
        public TokenClass Of(in Token token, out ulong triggers)
        {
            var text = token.Text;
            if (token.Kind != TokenKind.Word || text.Length == 0 || text[0] > 127 || _byShape.Length == 0)
            {
                triggers = TriggerWords.Of(text);
                return TokenClasses.Of(token);
            }

            triggers = 0;
            if (text.Length <= _maxLength && _byShape[WordSet.Slot(text, _maxLength)] is { } bucket)
            {
                // The last characters first, as WordSet compares them.
                var last = text[text.Length - 1];
                for (var b = 0; b < bucket.Length; b++)
                {
                    var word = bucket[b].Word;
                    if ((last > 127 || (last | 0x20) == (word[word.Length - 1] | 0x20)) && string.Equals(text, word, StringComparison.OrdinalIgnoreCase))
                    {
                        triggers = bucket[b].Triggers;
                        return (TokenClass)bucket[b].Classes;
                    }
                }
            }

            return TokenClass.Classified;
        }
    }

    /// <summary>The words of the lists by (folded first letter, length), each with its classes.</summary>
    private sealed class WordTable
    {

        private readonly int _maxLength;
        private readonly (string Word, TokenClass Classes)[]?[] _byShape;

        public WordTable(params IEnumerable<string>[] lists)
        {
            var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var list in lists)
            {
                words.UnionWith(list);
            }

            foreach (var word in words)
            {
                _maxLength = Math.Max(_maxLength, word.Length);
            }

            _byShape = new (string, TokenClass)[]?[WordSet.Letters * (_maxLength + 1)];
            foreach (var word in words)
            {
                if (word.Length == 0 || !WordSet.IsAscii(word))
                {
                    // A word that ordinal-ignore-case may equate with texts of other shapes: every token is tested.
                    _byShape = Array.Empty<(string, TokenClass)[]?>();
                    return;
                }

                ref var slot = ref _byShape[Slot(word)];
                var bucket = slot ?? Array.Empty<(string, TokenClass)>();
                Array.Resize(ref bucket, bucket.Length + 1);
                bucket[bucket.Length - 1] = (word, Test(new Token(TokenKind.Word, word, default, false, false)));
                slot = bucket;
            }
        }

        /// <summary>The classes of a word token: those of the list word it equals ignoring case, else none. Equal texts
        /// under ordinal-ignore-case have equal lengths and, for an ASCII first letter, the same folded first letter, and
        /// every test reads only the kind, the length and membership of a list that ignores case, so they answer the
        /// same for both texts; a text that starts with another character is tested.</summary>
        public TokenClass Of(in Token token)
        {
            var text = token.Text;
            if (text.Length > _maxLength)
            {
                return TokenClass.None;
            }

            if (text.Length == 0 || text[0] > 127 || _byShape.Length == 0)
            {
                return Test(token);
            }

            if (_byShape[Slot(text)] is not { } bucket)
            {
                return TokenClass.None;
            }

            // The last characters first, as WordSet compares them: two ASCII characters equal ignoring case agree once the
            // case bit is set, so most texts of a word's shape are turned away without a call; a non-ASCII last character
            // may fold onto an ASCII letter, and the full comparison decides.
            var last = text[text.Length - 1];
            for (var i = 0; i < bucket.Length; i++)
            {
                var word = bucket[i].Word;
                if ((last > 127 || (last | 0x20) == (word[word.Length - 1] | 0x20)) && string.Equals(text, word, StringComparison.OrdinalIgnoreCase))
                {
                    return bucket[i].Classes;
                }
            }

            return TokenClass.None;
        }

        private int Slot(string word) => WordSet.Slot(word, _maxLength);
    }

    private static void Fill(ReadOnlySpan<Token> tokens, Span<ushort> marks)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            marks[i] = (ushort)Of(tokens[i]);
        }
    }
}
