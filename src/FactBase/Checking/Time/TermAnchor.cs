using System;
using FactBase.Checking.Vocabulary;
using FactBase.Text;

namespace FactBase.Checking.Time;

/// <summary>
/// A sentence that opens on the start or the end of a term the text has just named: "When he arrived, ...", "When she
/// took office ...", "When he stepped down, ...", "At the end of his term, ...". It speaks of the first or the last year of
/// that term ("a post he held from 1984 to 1988. When he arrived, the alliance had 16 members" is of 1984).
/// </summary>
/// <remarks>Only at the start of a sentence, with a pronoun or a name of at most three words as the subject, and only
/// when the words right after the phrase name no time of their own ("When he took office in 1997" names it).</remarks>
internal static class TermAnchor
{
    // Verbs of the start of a term (after "when" and its subject), then those of its end; "took" and "left" need their
    // object ("took office", "took over", "left office").
    private static readonly WordSet StartVerbs = new(new[] { "arrived", "started", "began", "assumed" });
    private static readonly WordSet EndVerbs = new(new[] { "retired", "resigned", "departed", "quit" });
    private static readonly WordSet TermNouns = new(new[] { "term", "tenure", "presidency", "mandate", "premiership" });

    /// <summary>Whether the sentence opens on the start (<see langword="true"/>) or the end (<see langword="false"/>) of a
    /// term; <see langword="null"/> when it opens on neither.</summary>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <returns>Start, end, or none.</returns>
    public static bool? Read(ReadOnlySpan<Token> tokens)
    {
        if (tokens.Length < 3)
        {
            return null;
        }

        if (tokens[0].IsWord("when"))
        {
            var k = 1;
            if (tokens[k].IsWord("he") || tokens[k].IsWord("she"))
            {
                k++;
            }
            else
            {
                while (k < tokens.Length && k <= 3 && tokens[k].Kind == TokenKind.Word && tokens[k].IsCapitalized)
                {
                    k++;
                }

                if (k == 1)
                {
                    return null;
                }
            }

            return Verb(tokens, k, out var end) is { } start && NoTimeAfter(tokens, end) ? start : null;
        }

        // "At the start of his term,", "At the end of her tenure,".
        if (tokens[0].IsWord("at") && tokens.Length > 6 && tokens[1].IsWord("the") && tokens[3].IsWord("of")
            && (tokens[4].IsWord("his") || tokens[4].IsWord("her")) && TermNouns.Contains(tokens[5].Text) && tokens[6].Is(','))
        {
            return tokens[2].IsWord("start") || tokens[2].IsWord("beginning") ? true : tokens[2].IsWord("end") ? false : null;
        }

        return null;
    }

    /// <summary>The verb phrase at <paramref name="k"/>: start or end of a term, and the index after it.</summary>
    private static bool? Verb(ReadOnlySpan<Token> tokens, int k, out int end)
    {
        end = k + 1;
        if (k >= tokens.Length || tokens[k].Kind != TokenKind.Word)
        {
            return null;
        }

        var verb = tokens[k];
        var next = k + 1 < tokens.Length ? tokens[k + 1] : default;
        if (StartVerbs.Contains(verb.Text))
        {
            end = verb.IsWord("assumed") && next.IsWord("office") ? k + 2 : k + 1;
            return verb.IsWord("assumed") && end == k + 1 ? null : true;
        }

        if (EndVerbs.Contains(verb.Text))
        {
            return false;
        }

        end = k + 2;
        if (verb.IsWord("took") && (next.IsWord("office") || next.IsWord("over") || next.IsWord("power")))
        {
            return true;
        }

        if ((verb.IsWord("stepped") || verb.IsWord("stood")) && next.IsWord("down"))
        {
            return false;
        }

        if (verb.IsWord("left") && next.IsWord("office"))
        {
            return false;
        }

        if (verb.IsWord("was") && (next.IsWord("appointed") || next.IsWord("elected")))
        {
            return true;
        }

        return null;
    }

    /// <summary>Whether the words after the phrase name no time of their own: "in 1997", "on 4 April 2009".</summary>
    private static bool NoTimeAfter(ReadOnlySpan<Token> tokens, int end)
        => !(end + 1 < tokens.Length && (tokens[end].IsWord("in") || tokens[end].IsWord("on")) && DateExpression.Read(tokens, end + 1) is not null);
}
