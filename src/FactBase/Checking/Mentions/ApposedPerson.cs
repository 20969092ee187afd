using System;
using System.Collections.Generic;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Mentions;

/// <summary>
/// The person a definite description is set off with by commas: "Donald Tusk, the president of the European Commission,
/// said", "The president of the European Commission, Donald Tusk, said". The description says who that person is, so it
/// never stands for anyone else named earlier (the role rule checks the title against the person written).
/// </summary>
internal static class ApposedPerson
{
    /// <summary>The person named right before the comma ahead of <paramref name="the"/> (the description closing the
    /// apposition), or right after the comma that closes the description (a name closed by a comma in turn).</summary>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="the">The index of "the".</param>
    /// <param name="end">The index after the description's noun.</param>
    /// <param name="mentions">The names found in the sentence, or <see langword="null"/>.</param>
    /// <returns>The person, or <see langword="null"/>.</returns>
    public static Entity? Of(ReadOnlySpan<Token> tokens, int the, int end, List<Mention>? mentions)
    {
        if (mentions is null)
        {
            return null;
        }

        var closes = end >= tokens.Length || tokens[end] is { Kind: TokenKind.Punctuation, Text: "," or "." or ";" or ")" };
        foreach (var mention in mentions)
        {
            if (mention.Entity.Type != EntityType.Person || mention.Kind != MentionKind.Name || mention.IsPossessive)
            {
                continue;
            }

            if (closes && the >= 1 && mention.End == the - 1 && IsComma(tokens, the - 1))
            {
                return mention.Entity;
            }

            if (mention.First == end + 1 && IsComma(tokens, end) && IsComma(tokens, mention.End))
            {
                return mention.Entity;
            }
        }

        return null;
    }

    private static bool IsComma(ReadOnlySpan<Token> tokens, int index)
        => index >= 0 && index < tokens.Length && tokens[index] is { Kind: TokenKind.Punctuation, Text: "," };
}
