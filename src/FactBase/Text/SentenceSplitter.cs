using System;
using System.Collections.Generic;

namespace FactBase.Text;

/// <summary>Splits a block of prose into sentences.</summary>
/// <remarks>
/// A period ends a sentence only when the next token starts a new one and the word before it is
/// not an abbreviation or an initial, so "U.S.", "Mr." and "J. Smith" do not cut a sentence short.
/// </remarks>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Cmdr", "Adm", "Sgt", "Prof", "Jr", "Sr",
        "Rev", "Hon", "Pres", "Amb", "No", "vs", "etc", "Inc", "Ltd", "Co", "Corp", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
        "Sep", "Sept", "Oct", "Nov", "Dec", "approx", "cf", "e.g", "i.e",
    };

    /// <summary>Splits the text of one block into sentences.</summary>
    /// <param name="text">The document text with non-prose masked.</param>
    /// <param name="block">The block to split (a paragraph, a heading, a list item).</param>
    /// <returns>The sentences, in order.</returns>
    public static List<Sentence> Split(string text, TextSpan block)
    {
        var sentences = new List<Sentence>();
        Split(text, block, sentences, new TokenBuffer((block.Length / 5) + 4));
        return sentences;
    }

    /// <summary>Splits the text of one block into sentences, appended to <paramref name="sentences"/>.</summary>
    /// <param name="text">The document text with non-prose masked.</param>
    /// <param name="block">The block to split.</param>
    /// <param name="sentences">Receives the sentences, in order.</param>
    /// <param name="tokens">Receives the block's tokens, after those already in it. The checker passes one buffer for all
    /// the blocks of a document, and each sentence views its range of it (<see cref="TokenSlice"/>): the tokens are
    /// stored once, with no copy per sentence.</param>
    internal static void Split(string text, TextSpan block, List<Sentence> sentences, TokenBuffer tokens)
    {
        var start = tokens.Count;
        Tokenizer.Tokenize(text, block.Start, block.End, tokens);
        var items = tokens.Items; // read after tokenizing, which may have replaced it
        var count = tokens.Count;
        var first = start;
        for (var i = start; i < count; i++)
        {
            ref readonly var token = ref items[i];
            if (token.Kind != TokenKind.Punctuation || token.Text.Length != 1 || token.Text[0] is not ('.' or '!' or '?'))
            {
                continue;
            }

            var last = i;
            while (last + 1 < count && (items[last + 1].Is('"') || items[last + 1].Is('\'') || items[last + 1].Is(')')) && !items[last + 1].SpaceBefore)
            {
                last++;
            }

            if (last + 1 < count)
            {
                var next = items[last + 1];
                var startsSentence = next.SpaceBefore && (next.IsCapitalized || next.Kind == TokenKind.Number || next.Is('"'));
                if (!startsSentence || (token.Is('.') && IsAbbreviation(items, start, i)))
                {
                    continue;
                }
            }

            Add(first, last);
            first = last + 1;
            i = last;
        }

        Add(first, count - 1);

        void Add(int from, int to)
        {
            if (from > to)
            {
                return;
            }

            var span = new TextSpan(items[from].Span.Start, items[to].Span.End - items[from].Span.Start);
            sentences.Add(new Sentence(span, new TokenSlice(tokens, from, to - from + 1)));
        }
    }

    private static bool IsAbbreviation(Token[] tokens, int blockStart, int period)
    {
        if (period == blockStart || tokens[period].SpaceBefore)
        {
            return false;
        }

        var word = tokens[period - 1];
        return word.Kind == TokenKind.Word && (Abbreviations.Contains(word.Text) || (word.Text.Length == 1 && char.IsUpper(word.Text[0])));
    }
}
