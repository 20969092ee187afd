using System;
using System.Collections.Generic;
using FactBase.Checking.Vocabulary;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Mentions;

/// <summary>
/// Resolves "he" or "she" as the subject of a sentence or a main clause ("He was 86."; "In 2004, he ..."; "Born in Milan in
/// 1936, she ..."; "... and he ..."; "...; she ...") to the one person it stands for, so every reader checks what follows
/// as if the name were written: the one person named in the sentence before it, else the one person the paragraph has
/// named so far, else, when the paragraph names no person before it, the one person the paragraph before ended on.
/// </summary>
/// <remarks>
/// The facts hold no gender, so the pronoun is resolved only when exactly one person can be meant, and is silent when:
/// more than one person is named there; the person is named in the possessive ("Trudeau's father") or a relative is
/// spoken of ("his brother"); a capitalized word that names no known entity may be another person ("Erdogan beat
/// Kilicdaroglu"); the sentence holds a quotation, or the pronoun follows reported speech ("he said he was ..."); the
/// opening phrase names a person itself ("After meeting Merkel, he ..."). Capitalized words after a determiner or a
/// preposition of place ("the San Raffaele hospital", "in Milan"), words in capitals (acronyms, datelines) and words
/// joined to a known name of a thing ("Forza Italia") name no person.
/// </remarks>
internal static class SubjectPronoun
{
    /// <summary>Words after which a capitalized word names a thing or place, not a person.</summary>
    private static readonly WordSet ThingWords = new(new[] { "the", "a", "an", "in", "at", "near", "outside", "across", "into", "inside" });

    /// <summary>Verbs of going somewhere: the capitalized word after one and "to", "from", "into", "via", "between" or
    /// "through" is a place ("flew to Windhoek", "fled from Aleppo"), where one met, thanked or wrote to a person.</summary>
    private static readonly WordSet MotionVerbs = new(new[]
    {
        "flew", "fly", "flies", "flown", "flying", "travelled", "traveled", "travel", "travels", "travelling", "traveling", "returned",
        "return", "returns", "returning", "moved", "move", "moves", "moving", "fled", "flee", "flees", "fleeing", "emigrated",
        "emigrate", "sailed", "drove", "driven", "went", "gone", "go", "goes", "headed", "heads", "relocated", "deported",
        "exiled", "journeyed", "escaped", "walked", "marched", "rode", "commuted", "migrated", "immigrated", "shuttled", "toured",
    });

    /// <summary>Words of direction after a verb of going.</summary>
    private static readonly WordSet Directions = new(new[] { "to", "from", "into", "via", "towards", "toward", "between", "through" });

    /// <summary>Words that report speech or thought: a pronoun after one is in what someone says.</summary>
    private static readonly WordSet SpeechWords = new(new[]
    {
        "said", "says", "say", "told", "tells", "added", "adds", "insisted", "insists", "claimed", "claims", "stated", "wrote", "writes",
        "argued", "argues", "believed", "believes", "thought", "thinks", "recalled", "recalls", "noted", "notes", "announced", "announces",
        "declared", "declares", "warned", "warns", "explained", "explains", "promised", "promises", "suggested", "suggests", "according",
    });

    /// <summary>Nouns of someone related to the person ("his brother", "her successor"): a pronoun may then stand for them.</summary>
    private static readonly WordSet Relatives = new(new[]
    {
        "father", "mother", "son", "daughter", "wife", "husband", "brother", "sister", "widow", "widower", "partner", "child",
        "children", "sons", "daughters", "parents", "predecessor", "successor", "rival", "deputy", "spokesman", "spokeswoman",
        "spokesperson", "aide", "adviser", "advisor", "opponent", "challenger", "friend", "uncle", "aunt", "nephew", "niece",
        "grandson", "granddaughter", "grandfather", "grandmother", "fiancé", "fiancée", "lawyer", "biographer",
    });

    /// <summary>Whether the word is a noun of someone related to a person ("son", "wife", "successor").</summary>
    internal static bool IsRelative(string word) => Relatives.Contains(word);

    /// <summary>Whether the token may be a subject pronoun: "he" or "she" (two or three letters), cheap to ask of every token.</summary>
    public static bool MayBe(Token token)
        => token.Kind == TokenKind.Word && token.Text.Length is 2 or 3 && !token.IsPossessive && PersonPronoun.Is(token);

    /// <summary>The person the pronoun at <paramref name="index"/> stands for, as a mention of kind
    /// <see cref="MentionKind.Pronoun"/>; <see langword="null"/> when it is not the subject of the sentence or of a main
    /// clause, or when not exactly one person fits.</summary>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="index">Where the pronoun is.</param>
    /// <param name="mentions">The sentence's names (in order), or <see langword="null"/>.</param>
    /// <param name="found">The back-references found before it in the sentence, or <see langword="null"/>.</param>
    /// <param name="state">Where the sentence is, and what the document referred to before it.</param>
    /// <param name="isTitle">Tells the capitalized words that are titles ("President"), which name no one else.</param>
    public static Mention? Resolve(ReadOnlySpan<Token> tokens, int index, List<Mention>? mentions, List<Mention>? found, DocumentMentionState state, Func<string, bool> isTitle)
    {
        var afterPhrase = false;
        if (index > 0)
        {
            var before = tokens[index - 1];
            if (before.Is(',') && OpeningPhrase(tokens, index - 1, mentions))
            {
                afterPhrase = true;
            }
            else if (!before.Is(';') && !(before.Kind == TokenKind.Word && (before.IsWord("and") || before.IsWord("but")) && !before.IsCapitalized))
            {
                return null;
            }
        }

        var prefix = tokens.Slice(0, index);
        if (HasQuoteOrSpeech(tokens, index) || RelativeSpokenOf(prefix))
        {
            return null;
        }

        // The sentence before the pronoun: exactly one person, named plainly.
        Entity? person = null;
        if (!Consider(mentions, index, ref person) || !Consider(found, index, ref person))
        {
            return null;
        }

        if (person is not null && afterPhrase)
        {
            // "After meeting Merkel, he said": the person of the opening phrase is seldom its subject.
            return null;
        }

        List<Entity>? named = null;
        if (person is null)
        {
            person = ParagraphPerson(state, isTitle, out named, out var blocked);
            if (blocked)
            {
                return ObituaryPronoun.Resolve(tokens, index, state);
            }
        }

        if (person is null || MayNameSomeoneElse(prefix, mentions, named, isTitle, person))
        {
            return ObituaryPronoun.Resolve(tokens, index, state);
        }

        return new Mention(person, MentionKind.Pronoun, index, index + 1, new TextSpan(tokens[index].Span.Start, tokens[index].Text.Length), false);
    }

    // Adds the people of the list named before `index`; false when one cannot be taken plainly (possessive, tentative) or
    // a second person is named.
    private static bool Consider(List<Mention>? list, int index, ref Entity? person)
    {
        if (list is null)
        {
            return true;
        }

        for (var m = 0; m < list.Count && list[m].End <= index; m++)
        {
            var mention = list[m];
            if (mention.Entity.Type != EntityType.Person || mention.Kind is MentionKind.Adjective or MentionKind.Pronoun)
            {
                continue;
            }

            if (mention.IsPossessive || mention.Tentative || (person is not null && person.Id != mention.Entity.Id))
            {
                return false;
            }

            person = mention.Entity;
        }

        return true;
    }

    // "In 2004, he", "Born in Milan in 1936, she", "After the vote, he": a phrase from the sentence's start to the comma,
    // with no other comma and no name at its start (a name there is the subject: "Merkel, he said" is no such phrase).
    internal static bool OpeningPhrase(ReadOnlySpan<Token> tokens, int comma, IReadOnlyList<Mention>? mentions)
    {
        if (comma < 2 || (mentions is { Count: > 0 } && mentions[0].First == 0))
        {
            return false;
        }

        for (var k = 0; k < comma; k++)
        {
            if (tokens[k].Kind == TokenKind.Punctuation && !tokens[k].Is('-'))
            {
                return false;
            }
        }

        return true;
    }

    // A quotation anywhere in the sentence, or a word of speech before the pronoun: "he said he was", "according to X, he".
    internal static bool HasQuoteOrSpeech(ReadOnlySpan<Token> tokens, int index)
    {
        for (var k = 0; k < tokens.Length; k++)
        {
            var token = tokens[k];
            if (token.Kind == TokenKind.Punctuation)
            {
                if (token.Text is "\"" or "“" or "”" or "«" or "»" or "„")
                {
                    return true;
                }
            }
            else if (k < index && SpeechWords.Contains(token.Text))
            {
                return true;
            }
        }

        return false;
    }

    // "his brother", "her successor": someone related to the person, whom the pronoun may stand for.
    internal static bool RelativeSpokenOf(ReadOnlySpan<Token> tokens)
    {
        for (var k = 0; k + 1 < tokens.Length; k++)
        {
            if (tokens[k].Kind == TokenKind.Word && tokens[k].Text.Length is 3 && (tokens[k].IsWord("his") || tokens[k].IsWord("her"))
                && tokens[k + 1].Kind == TokenKind.Word && Relatives.Contains(tokens[k + 1].Text))
            {
                return true;
            }
        }

        return false;
    }

    // The one person the paragraph has named before this sentence; when it names none, the one person named by the last
    // sentence of the paragraph before that names anyone. `blocked` when several people, a relative or an unknown name
    // stand there.
    private static Entity? ParagraphPerson(DocumentMentionState state, Func<string, bool> isTitle, out List<Entity>? named, out bool blocked)
    {
        named = null;
        blocked = false;
        Entity? person = null;
        var first = state.Sentence;
        var paragraph = state.Paragraph;
        var lastSentence = -1;
        var previous = false;
        for (var k = state.Salience.Count - 1; k >= 0; k--)
        {
            var entry = state.Salience[k];
            if (entry.Sentence >= state.Sentence)
            {
                continue;
            }

            if (entry.Paragraph != paragraph)
            {
                if (person is not null || paragraph != state.Paragraph || entry.Paragraph != state.Paragraph - 1)
                {
                    break;
                }

                // The paragraph names no person before the pronoun: the paragraph before, from its last sentence that names
                // a person.
                paragraph = entry.Paragraph;
                previous = true;
            }

            if (previous && lastSentence < 0)
            {
                if (entry.Entity.Type != EntityType.Person || entry.Kind == MentionKind.Adjective)
                {
                    // "... on German soil.": a later sentence that names places and bodies only; its capitalized words are
                    // still checked below for a person the facts do not know.
                    (named ??= new List<Entity>()).Add(entry.Entity);
                    first = entry.Sentence;
                    continue;
                }

                lastSentence = entry.Sentence;
            }
            else if (lastSentence >= 0 && entry.Sentence != lastSentence)
            {
                break;
            }

            first = entry.Sentence;
            (named ??= new List<Entity>()).Add(entry.Entity);
            if (entry.Entity.Type == EntityType.Person && entry.Kind != MentionKind.Adjective)
            {
                if (person is not null && person.Id != entry.Entity.Id)
                {
                    blocked = true;
                    return null;
                }

                person = entry.Entity;
            }
        }

        if (person is null || state.Sentence > state.Sentences.Count)
        {
            return null;
        }

        if (lastSentence >= 0 && UnresolvedPronoun(state, lastSentence))
        {
            // "..., he was chosen to succeed Kurt Waldheim. ¶ He took office": that sentence's own "he" is someone it does not
            // name, so the person it names is no topic the next paragraph goes on with.
            blocked = true;
            return null;
        }

        // Every sentence from the first that named the person to this one: no possessive of the person, no relative, no
        // quotation, no name the facts do not know.
        for (var n = first; n < state.Sentence; n++)
        {
            var tokens = TokenArrays.Of(state.Sentences[n].Tokens);
            for (var k = 0; k < tokens.Length; k++)
            {
                if (tokens[k].Kind == TokenKind.Word && tokens[k].IsPossessive && PersonPronoun.IsNameWordOf(tokens[k].Text, person))
                {
                    blocked = true;
                    return null; // "Trudeau's father": someone else may be meant
                }
            }

            if (RelativeSpokenOf(tokens) || HasQuoteOrSpeech(tokens, 0) || MayNameSomeoneElse(tokens, null, named, isTitle, person))
            {
                blocked = true;
                return null;
            }
        }

        return person;
    }

    // Whether the sentence says "he" or "she" and no pronoun of it was resolved: its subject is someone it does not name.
    internal static bool UnresolvedPronoun(DocumentMentionState state, int sentence)
    {
        for (var k = state.Salience.Count - 1; k >= 0 && state.Salience[k].Sentence >= sentence; k--)
        {
            if (state.Salience[k].Sentence == sentence && state.Salience[k].Kind == MentionKind.Pronoun)
            {
                return false;
            }
        }

        var tokens = TokenArrays.Of(state.Sentences[sentence].Tokens);
        for (var k = 0; k < tokens.Length; k++)
        {
            if (MayBe(tokens[k]))
            {
                return true;
            }
        }

        return false;
    }

    // A capitalized word, not the first of the sentence, that may name a person the facts do not know: no day or month, no
    // title, no word of an entity named there, not in capitals, not after a determiner or a preposition of place, and not
    // joined to the name of a thing ("Forza Italia").
    internal static bool MayNameSomeoneElse(ReadOnlySpan<Token> tokens, IReadOnlyList<Mention>? mentions, List<Entity>? named, Func<string, bool>? isTitle, Entity person)
    {
        var m = 0;
        var thingEnd = -2; // the end of the last run of capitalized words that names a thing or place
        for (var k = 1; k < tokens.Length; k++)
        {
            var token = tokens[k];
            if (token.Kind != TokenKind.Word || !token.IsCapitalized || Time.CalendarWords.Contains(token.Text) || PersonPronoun.Is(token)
                || token.IsWord("his") || token.IsWord("her") || (isTitle is not null && isTitle(token.Text)) || IsCapitals(token.Text))
            {
                continue;
            }

            if (PersonPronoun.InMention(mentions, ref m, k))
            {
                continue;
            }

            if ((named is not null && PersonPronoun.IsNameWordOfAny(token.Text, named)) || PersonPronoun.IsNameWordOf(token.Text, person))
            {
                continue;
            }

            // The run of capitalized words this one is in: what stands before it and after it.
            var start = k;
            while (start > 0 && tokens[start - 1] is { Kind: TokenKind.Word, IsCapitalized: true, IsPossessive: false })
            {
                start--;
            }

            var end = k + 1;
            while (!tokens[end - 1].IsPossessive && end < tokens.Length && tokens[end] is { Kind: TokenKind.Word, IsCapitalized: true })
            {
                end++;
            }

            var thing = (start > 0 && tokens[start - 1].Kind == TokenKind.Word && !tokens[start - 1].IsCapitalized && ThingWords.Contains(tokens[start - 1].Text))
                || (start == 0 && ThingWords.Contains(tokens[0].Text))
                || (start == thingEnd + 1 && InList(tokens, thingEnd, end)) // "in Bosnia, Somalia and Rwanda": the list goes on
                || (end == start + 1 && !tokens[start].IsPossessive && Destination(tokens, start))
                || (isTitle is not null && start >= 2 && tokens[start - 1].IsWord("of") && !tokens[start - 1].IsCapitalized && isTitle(tokens[start - 2].Text)) // "the president of Namibia"
                || ThingNameAround(tokens, start, end, mentions, named)
                || NamesOfBodies.Is(tokens, start, end); // "the Christian Democrats", "the 349-seat Riksdag"
            if (!thing)
            {
                return true;
            }

            thingEnd = end;
            k = end - 1;
        }

        return false;
    }

    // Whether the capitalized run at `start` is where someone went: a word of direction after a verb of going ("flew to
    // Namibia", "travelled back from Iran"), also after another such place ("flew from Iran to Namibia", "drove from Lyon
    // via Dijon to Paris"). "She wrote to Jordan", "power passed from Berg to Lund" are no such phrases: no verb of going.
    // Only a single word that is no possessive is taken so ("flew to Jordan Peterson's house", "went to Anna Berg" are
    // people's).
    private static bool Destination(ReadOnlySpan<Token> tokens, int start)
    {
        var k = start - 1;
        while (k >= 1 && tokens[k] is { Kind: TokenKind.Word, IsCapitalized: false } direction && Directions.Contains(direction.Text))
        {
            var v = tokens[k - 1] is { Kind: TokenKind.Word, IsCapitalized: false } adverb && (adverb.IsWord("back") || adverb.IsWord("on")) ? k - 2 : k - 1;
            if (v < 0)
            {
                return false;
            }

            if (tokens[v] is { Kind: TokenKind.Word, IsCapitalized: false, IsPossessive: false } verb && MotionVerbs.Contains(verb.Text))
            {
                return true;
            }

            // The place before: its own word of direction decides.
            var r = v;
            while (r >= 0 && tokens[r] is { Kind: TokenKind.Word, IsCapitalized: true, IsPossessive: false })
            {
                r--;
            }

            if (r == v)
            {
                return false;
            }

            k = r;
        }

        return false;
    }

    // Whether a word of the run is a name word of an entity named that is no person ("Forza Italia", "Radio France").
    private static bool ThingNameAround(ReadOnlySpan<Token> tokens, int start, int end, IReadOnlyList<Mention>? mentions, List<Entity>? named)
    {
        if (mentions is not null)
        {
            foreach (var mention in mentions)
            {
                if (mention.First < end && mention.End > start && mention.Entity.Type != EntityType.Person && mention.Kind == MentionKind.Name)
                {
                    return true;
                }
            }
        }

        if (named is not null)
        {
            for (var k = start; k < end; k++)
            {
                foreach (var entity in named)
                {
                    if (entity.Type != EntityType.Person && PersonPronoun.IsNameWordOf(tokens[k].Text, entity, adjectives: false))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    // Whether the run ending before `end` continues a list after the joint at `joint`: "and" or "or", or a comma when the
    // list goes on after the run ("Bosnia, Somalia and"; not "In Rome, Rossi said").
    private static bool InList(ReadOnlySpan<Token> tokens, int joint, int end)
    {
        static bool IsAndOr(Token token) => token.Kind == TokenKind.Word && !token.IsCapitalized && (token.IsWord("and") || token.IsWord("or"));
        return IsAndOr(tokens[joint])
            || (tokens[joint].Is(',') && end < tokens.Length && (tokens[end].Is(',') || IsAndOr(tokens[end])));
    }

    private static bool IsCapitals(string word)
    {
        if (word.Length < 2)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
