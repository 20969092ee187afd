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
        Split(text, block, sentences, new List<Token>());
        return sentences;
    }

    /// <summary>Splits the text of one block into sentences, appended to <paramref name="sentences"/>.</summary>
    /// <param name="text">The document text with non-prose masked.</param>
    /// <param name="block">The block to split.</param>
    /// <param name="sentences">Receives the sentences, in order.</param>
    /// <param name="tokens">A list to tokenize the block into, cleared first. The checker passes one list for all the
    /// blocks of a document, so the only per-token memory is each sentence's own array (tokens are structs).</param>
    internal static void Split(string text, TextSpan block, List<Sentence> sentences, List<Token> tokens)
    {
        tokens.Clear();
        Tokenizer.Tokenize(text, block.Start, block.End, tokens);
        var first = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!(token.Is('.') || token.Is('!') || token.Is('?')))
            {
                continue;
            }

            var last = i;
            while (last + 1 < tokens.Count && (tokens[last + 1].Is('"') || tokens[last + 1].Is('\'') || tokens[last + 1].Is(')')) && !tokens[last + 1].SpaceBefore)
            {
                last++;
            }

            if (last + 1 < tokens.Count)
            {
                var next = tokens[last + 1];
                var startsSentence = next.SpaceBefore && (next.IsCapitalized || next.Kind == TokenKind.Number || next.Is('"'));
                if (!startsSentence || (token.Is('.') && IsAbbreviation(tokens, i)))
                {
                    continue;
                }
            }

            Add(first, last);
            first = last + 1;
            i = last;
        }

        Add(first, tokens.Count - 1);

        void Add(int from, int to)
        {
            if (from > to)
            {
                return;
            }

            var span = new TextSpan(tokens[from].Span.Start, tokens[to].Span.End - tokens[from].Span.Start);
            // An array of its own: the checker reads a sentence's tokens many times, and an array (unlike a list or a
            // view behind IReadOnlyList) is read without an interface call (see TokenArrays.Of).
            var array = new Token[to - from + 1];
            tokens.CopyTo(from, array, 0, array.Length);
            sentences.Add(new Sentence(span, array));
        }
    }

    private static bool IsAbbreviation(List<Token> tokens, int period)
    {
        if (period == 0 || tokens[period].SpaceBefore)
        {
            return false;
        }

        var word = tokens[period - 1];
        return word.Kind == TokenKind.Word && (Abbreviations.Contains(word.Text) || (word.Text.Length == 1 && char.IsUpper(word.Text[0])));
    }
}
