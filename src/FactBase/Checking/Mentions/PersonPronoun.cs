using System;
using System.Collections.Generic;
using FactBase.Checking.Time;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Mentions;

/// <summary>
/// Resolves "he" or "she" as the subject of a claim ("Erdogan, 69, has governed for a generation: he was prime minister from
/// 2003 to 2014"), or "his" and "her" before "predecessor": the one person the sentence names before the pronoun, else,
/// when the pronoun opens its sentence, the one person the paragraph has named so far. Only asked for by a reading that has already found a claim after the pronoun, so ordinary
/// pronouns cost nothing.
/// </summary>
/// <remarks>Silent when more than one person is named there, when the person is named in the possessive ("Trudeau's father
/// ... he" is someone else), or when a capitalized word that names no known entity stands there ("Erdogan beat
/// Kilicdaroglu; he"): the facts hold no gender, and that word may be the person meant.</remarks>
internal static class PersonPronoun
{
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she" };

    private static readonly HashSet<string> Possessives = new(StringComparer.OrdinalIgnoreCase) { "his", "her" };

    /// <summary>Whether the token is "he" or "she".</summary>
    public static bool Is(Token token) => token.Kind == TokenKind.Word && token.Text.Length <= 3 && Pronouns.Contains(token.Text);

    /// <summary>The person the pronoun at <paramref name="index"/> stands for, as a mention of the pronoun; <see langword="null"/>
    /// when it is not "he" or "she" ("his" or "her" when <paramref name="possessive"/>) or when not exactly one person fits.
    /// <paramref name="fits"/>, when given, is what the claim needs of the person ("He succeeds X": someone who held an
    /// office X held): the people named who do not fit are no candidates, so "Merz met President Steinmeier. He replaces X"
    /// stands for the one of them who could have. <paramref name="isTitle"/>, when given, tells the capitalized words that
    /// are titles ("President"), which name no one else.</summary>
    public static Mention? Resolve(ReadOnlySpan<Token> tokens, int index, IReadOnlyList<Mention> mentions, DocumentMentionState? state, bool possessive = false, Func<Entity, bool>? fits = null, Func<string, bool>? isTitle = null)
    {
        if (index < 0 || index >= tokens.Length || tokens[index].Kind != TokenKind.Word || !(possessive ? Possessives : Pronouns).Contains(tokens[index].Text))
        {
            return null;
        }

        Entity? person = null;
        for (var m = 0; m < mentions.Count && mentions[m].End <= index; m++)
        {
            var mention = mentions[m];
            // A subject pronoun resolved before (SubjectPronoun) is no name: "He said he was" stays as silent as before.
            if (mention.Entity.Type != EntityType.Person || mention.Kind is MentionKind.Adjective or MentionKind.Pronoun || (fits is not null && !fits(mention.Entity)))
            {
                continue;
            }

            if (mention.IsPossessive || mention.Tentative || (person is not null && person.Id != mention.Entity.Id))
            {
                return null;
            }

            person = mention.Entity;
        }

        if (UnknownName(tokens.Slice(0, index), mentions, null, isTitle))
        {
            return null;
        }

        if (person is not null && tokens[index - 1].Is(',') && SubjectPronoun.OpeningPhrase(tokens, index - 1, mentions))
        {
            // "After talks with Ahtisaari, he was president": the person of an opening phrase is seldom the subject after it.
            return null;
        }

        if (person is null && state is not null && index <= 1)
        {
            // A pronoun that opens its sentence: the one person the paragraph has named so far.
            person = ParagraphPerson(state, fits, isTitle);
        }

        return person is null ? null : new Mention(person, MentionKind.Pronoun, index, index + 1, new TextSpan(tokens[index].Span.Start, tokens[index].Text.Length), false);
    }

    /// <summary>The one person the paragraph has named before this sentence that fits, with no possessive of them and no
    /// name the facts do not know in its sentences since; <see langword="null"/> otherwise.</summary>
    internal static Entity? ParagraphPerson(DocumentMentionState state, Func<Entity, bool>? fits, Func<string, bool>? isTitle)
    {
        Entity? person = null;
        List<Entity>? named = null;
        var first = state.Sentence;
        for (var k = state.Salience.Count - 1; k >= 0; k--)
        {
            var entry = state.Salience[k];
            if (entry.Sentence >= state.Sentence)
            {
                continue;
            }

            if (entry.Paragraph != state.Paragraph)
            {
                break;
            }

            first = entry.Sentence;
            (named ??= new List<Entity>()).Add(entry.Entity);
            if (entry.Entity.Type == EntityType.Person && entry.Kind != MentionKind.Adjective && (fits is null || fits(entry.Entity)))
            {
                if (person is not null && person.Id != entry.Entity.Id)
                {
                    return null;
                }

                person = entry.Entity;
            }
        }

        if (person is null || first < 0 || state.Sentence > state.Sentences.Count)
        {
            return null;
        }

        // Every sentence of the paragraph before this one: no possessive of the person, no name the facts do not know.
        for (var n = first; n < state.Sentence; n++)
        {
            var tokens = TokenArrays.Of(state.Sentences[n].Tokens);
            for (var k = 0; k < tokens.Length; k++)
            {
                if (tokens[k].Kind == TokenKind.Word && tokens[k].IsPossessive && IsNameWordOf(tokens[k].Text, person))
                {
                    return null; // "Trudeau's father": someone else may be meant
                }
            }

            if (UnknownName(tokens, null, named, isTitle))
            {
                return null;
            }
        }

        return person;
    }

    // A capitalized word, not the first of the sentence, that is no day or month and no word of an entity named there.
    internal static bool UnknownName(ReadOnlySpan<Token> tokens, IReadOnlyList<Mention>? mentions, List<Entity>? named, Func<string, bool>? isTitle)
    {
        var m = 0;
        for (var k = 1; k < tokens.Length; k++)
        {
            var token = tokens[k];
            if (token.Kind != TokenKind.Word || !token.IsCapitalized || CalendarWords.Contains(token.Text) || Pronouns.Contains(token.Text) || Possessives.Contains(token.Text)
                || (isTitle is not null && isTitle(token.Text)))
            {
                continue;
            }

            if (InMention(mentions, ref m, k))
            {
                continue;
            }

            if (named is null || !IsNameWordOfAny(token.Text, named))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether token <paramref name="k"/> lies inside one of <paramref name="mentions"/> (in order), moving the
    /// cursor <paramref name="m"/> forward: callers walk the tokens left to right.</summary>
    internal static bool InMention(IReadOnlyList<Mention>? mentions, ref int m, int k)
    {
        if (mentions is null)
        {
            return false;
        }

        while (m < mentions.Count && mentions[m].End <= k)
        {
            m++;
        }

        return m < mentions.Count && mentions[m].First <= k;
    }

    /// <summary>Whether the word is a whole word of a name of one of <paramref name="entities"/>.</summary>
    internal static bool IsNameWordOfAny(string word, List<Entity> entities)
    {
        foreach (var entity in entities)
        {
            if (IsNameWordOf(word, entity))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the word is a whole word of the entity's name or an alias (or an adjective, unless
    /// <paramref name="adjectives"/> is false).</summary>
    internal static bool IsNameWordOf(string word, Entity entity, bool adjectives = true)
    {
        if (WholeWords.Contain(entity.Name, word, StringComparison.Ordinal))
        {
            return true;
        }

        for (var a = 0; a < entity.Aliases.Count; a++)
        {
            if (WholeWords.Contain(entity.Aliases[a], word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        for (var a = 0; adjectives && a < entity.Adjectives.Count; a++)
        {
            if (WholeWords.Contain(entity.Adjectives[a], word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
