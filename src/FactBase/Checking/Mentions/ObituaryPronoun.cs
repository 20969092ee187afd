using System;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Mentions;

/// <summary>
/// "Colin Powell, the son of Jamaican immigrants who rose to ..., died on Monday. He was 84.": the pronoun of an obituary's
/// age sentence stands for the one person the sentence before reports dead, even where other capitalized words (places,
/// nationalities, institutions) keep the general resolver (<see cref="SubjectPronoun"/>) silent.
/// </summary>
/// <remarks>Only the bare sentence "He was 84.", only right after a sentence of the same
/// paragraph that speaks of a death, and only when exactly one person named there died within
/// <see cref="ReportDays"/> days before the article's date: the story is the report of that death.</remarks>
internal static class ObituaryPronoun
{
    /// <summary>How long before the article's date a death may be for the article to be its report.</summary>
    private const int ReportDays = 45;

    /// <summary>The mention the pronoun at <paramref name="index"/> makes, or <see langword="null"/>.</summary>
    public static Mention? Resolve(ReadOnlySpan<Token> tokens, int index, DocumentMentionState state)
    {
        if (index != 0 || !IsAgeSentence(tokens) || DeathReported(state) is not { } person)
        {
            return null;
        }

        return new Mention(person, MentionKind.Pronoun, index, index + 1, new TextSpan(tokens[index].Span.Start, tokens[index].Text.Length), false);
    }

    // "He was 84."
    private static bool IsAgeSentence(ReadOnlySpan<Token> tokens)
        => tokens.Length == 4 && PersonPronoun.Is(tokens[0]) && tokens[1].IsWord("was") && tokens[2].Kind == TokenKind.Number && tokens[3].Is('.');

    // The one person the sentence before (in the same paragraph) names who died shortly before the article's date, when that
    // sentence speaks of a death.
    private static Entity? DeathReported(DocumentMentionState state)
    {
        if (state.Sentence == 0 || state.Sentence > state.Sentences.Count || !HasDeathWord(TokenArrays.Of(state.Sentences[state.Sentence - 1].Tokens)))
        {
            return null;
        }

        Entity? found = null;
        var asOf = state.AsOf.LastDayNumber;
        for (var k = state.Salience.Count - 1; k >= 0; k--)
        {
            var entry = state.Salience[k];
            if (entry.Sentence >= state.Sentence)
            {
                continue;
            }

            if (entry.Sentence < state.Sentence - 1 || entry.Paragraph != state.Paragraph)
            {
                break;
            }

            if (entry.Entity.Type != EntityType.Person || entry.Kind == MentionKind.Adjective
                || entry.Entity.GetFact("died")?.Date is not { } death || death.DayNumber > asOf || asOf - death.DayNumber > ReportDays)
            {
                continue;
            }

            if (found is not null && found.Id != entry.Entity.Id)
            {
                return null; // two deaths reported: whose age it is is for the reader to say
            }

            found = entry.Entity;
        }

        return found;
    }

    /// <summary>Whether the tokens say "died", "dies" or "death".</summary>
    internal static bool HasDeathWord(ReadOnlySpan<Token> tokens)
    {
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Word && token.Text.Length is 4 or 5 && (token.IsWord("died") || token.IsWord("dies") || token.IsWord("death")))
            {
                return true;
            }
        }

        return false;
    }
}
