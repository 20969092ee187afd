using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Mentions;

/// <summary>
/// The person a story is about, while it is still about them: the first person the document names in full, in its headline
/// or its lead ("# Joseph Luns, NATO's secretary general, dies at 90"), as long as no sentence since has made another person
/// its subject ("Robert Gates said ...", "After the vote, Gates ..."). Profiles and obituaries go on with "He took office
/// ...", "He then handed over to ..." for paragraphs that name no one; this is whom such a pronoun stands for when the
/// paragraph itself gives no one.
/// </summary>
/// <remarks>None when the first person is named only after the lead (the story is about something else), or when another
/// person, or a run of capitalized words the facts do not know ("Ruud Lubbers said"), has opened a sentence or the clause
/// after its opening phrase since: the story may have moved to them.</remarks>
internal static class NarrativeSubject
{
    /// <summary>How far into the document the first person must be named: the headline and the lead.</summary>
    private const int LeadSentences = 2;

    /// <summary>The person the narrative is about at the current sentence, or <see langword="null"/>; <paramref name="isTitle"/>
    /// tells the capitalized words that are titles ("President"), which name no one.</summary>
    public static Entity? Find(DocumentMentionState? state, System.Func<string, bool> isTitle)
    {
        if (state is null || state.Sentence > state.Sentences.Count)
        {
            return null;
        }

        var salience = state.Salience;
        Entity? topic = null;
        var from = -1;
        for (var k = 0; k < salience.Count && salience[k].Sentence < state.Sentence; k++)
        {
            if (salience[k].Entity.Type == EntityType.Person && salience[k].Kind == MentionKind.Name)
            {
                topic = salience[k].Entity;
                from = salience[k].Sentence;
                break;
            }
        }

        if (topic is null || from >= LeadSentences)
        {
            return null;
        }

        for (var k = 0; k < salience.Count && salience[k].Sentence < state.Sentence; k++)
        {
            var entry = salience[k];
            if (entry.Sentence <= from || entry.Entity.Type != EntityType.Person || entry.Entity.Id == topic.Id || entry.Kind == MentionKind.Adjective)
            {
                continue;
            }

            // "He" resolved to someone else, or another person opening a sentence: the story has turned to them.
            if (entry.Kind == MentionKind.Pronoun || OpensClause(TokenArrays.Of(state.Sentences[entry.Sentence].Tokens), entry.Entity))
            {
                return null;
            }
        }

        for (var n = from + 1; n < state.Sentence; n++)
        {
            if (UnknownNameOpens(TokenArrays.Of(state.Sentences[n].Tokens), state, n, isTitle))
            {
                return null;
            }
        }

        return topic;
    }

    // Where the subject of the sentence stands: its first word, or the first word after an opening phrase ("In 2004,",
    // "Born in Lima in 1920,").
    private static int SubjectAt(System.ReadOnlySpan<Token> tokens)
    {
        for (var k = 0; k < tokens.Length; k++)
        {
            if (tokens[k].Is(','))
            {
                return SubjectPronoun.OpeningPhrase(tokens, k, null) && k + 1 < tokens.Length ? k + 1 : 0;
            }

            if (tokens[k].Kind == TokenKind.Punctuation && !tokens[k].Is('-'))
            {
                return 0;
            }
        }

        return 0;
    }

    // Whether the person's name is in the run of capitalized words that opens the sentence or the clause after its opening
    // phrase ("UN Secretary-General António Guterres said").
    private static bool OpensClause(System.ReadOnlySpan<Token> tokens, Entity person)
    {
        foreach (var at in new[] { 0, SubjectAt(tokens) })
        {
            for (var k = at; k < tokens.Length && (tokens[k] is { Kind: TokenKind.Word, IsCapitalized: true } || tokens[k].Is('-')); k++)
            {
                if (tokens[k].Kind == TokenKind.Word && PersonPronoun.IsNameWordOf(tokens[k].Text, person, adjectives: false))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Whether two capitalized words in a row that are no title, month or day and name no entity the sentence names open the
    // sentence or its clause: a person the facts do not know may have become the subject.
    private static bool UnknownNameOpens(System.ReadOnlySpan<Token> tokens, DocumentMentionState state, int sentence, System.Func<string, bool> isTitle)
    {
        foreach (var at in new[] { 0, SubjectAt(tokens) })
        {
            var unknown = 0;
            for (var k = at; k < tokens.Length && (tokens[k] is { Kind: TokenKind.Word, IsCapitalized: true } || tokens[k].Is('-')); k++)
            {
                var word = tokens[k];
                if (word.Kind != TokenKind.Word || IsCapitals(word.Text) || isTitle(word.Text) || Time.CalendarWords.Contains(word.Text) || NamedIn(state, sentence, word.Text))
                {
                    unknown = 0;
                    continue;
                }

                if (++unknown == 2)
                {
                    return true;
                }

                if (word.IsPossessive)
                {
                    break;
                }
            }
        }

        return false;
    }

    private static bool NamedIn(DocumentMentionState state, int sentence, string word)
    {
        for (var k = 0; k < state.Salience.Count; k++)
        {
            if (state.Salience[k].Sentence == sentence && PersonPronoun.IsNameWordOf(word, state.Salience[k].Entity))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCapitals(string word)
    {
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
