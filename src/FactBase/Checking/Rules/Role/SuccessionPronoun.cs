using System;
using FactBase.Checking.Mentions;
using FactBase.Checking.Sentences;
using FactBase.Checking.Vocabulary;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Rules.Role;

/// <summary>
/// Whom "he", "she", "him", "her" or "his" stands for in a succession ("He then handed over to X", "X, who succeeded him,",
/// "the allies chose him to succeed X", "his successor X"): only a person who held an office the other person named held can
/// have taken it over from them or handed it to them. The one such person the sentence names before the pronoun; else the
/// one the paragraph has named; else, when neither names anyone who could be meant, the person the story is about
/// (<see cref="NarrativeSubject"/>).
/// </summary>
/// <remarks>The facts decide only who could be meant (an office shared), never whether the succession is right, so a wrong
/// predecessor or successor is still found. Silent when two people fit at the nearest level that has one, when a capitalized
/// word the facts do not know stands before the pronoun in the sentence (it may be the person meant), when the person is
/// named in the possessive there, in a sentence with a quotation or with speech before the pronoun, and for the story's
/// subject when the paragraph names anyone who could be meant or the last sentence naming people named someone else.</remarks>
internal static class SuccessionPronoun
{
    private static readonly WordSet Pronouns = new(["he", "she", "him", "her", "his"]);

    /// <summary>Whether the token at <paramref name="index"/> is one of the pronouns read.</summary>
    public static bool Is(SentenceContext s, int index)
        => s.TokenAt(index) is { Kind: TokenKind.Word, Text.Length: <= 3 } token && Pronouns.Contains(token.Text);

    /// <summary>The person the pronoun at <paramref name="index"/> stands for, as a mention of the pronoun, in a succession
    /// with <paramref name="other"/>; <see langword="null"/> when not exactly one person can be meant.</summary>
    public static Mention? Resolve(SentenceContext s, int index, Entity other)
    {
        if (!Is(s, index))
        {
            return null;
        }

        // A quotation in the sentence, or speech before the pronoun: quoted words keep their own antecedents ("examples such as
        // "Y replaced him" and "X ..."), and "X said Y, who succeeded him," may mean someone X spoke of.
        if (SubjectPronoun.HasQuoteOrSpeech(s.TokenSpan, index))
        {
            return null;
        }

        var knowledgeBase = s.KnowledgeBase;
        bool Fits(Entity e) => e.Id != other.Id && SuccessionReader.SharesOffice(knowledgeBase, e, other);
        var tokens = s.TokenSpan;
        Entity? person = null;
        for (var m = 0; m < s.Mentions.Count && s.Mentions[m].End <= index; m++)
        {
            var mention = s.Mentions[m];
            if (mention.Entity.Type != EntityType.Person || mention.Kind == MentionKind.Adjective || !Fits(mention.Entity))
            {
                continue;
            }

            if (mention.IsPossessive || mention.Tentative || (person is not null && person.Id != mention.Entity.Id))
            {
                return null;
            }

            person = mention.Entity;
        }

        if (person is null && s.Document is { } state)
        {
            person = ParagraphNamesOneWhoFits(state, Fits, out var any) ? ParagraphPerson(s, state, Fits)
                : any ? null
                : NarrativeSubject.Find(state, s.Vocabulary.Words.Contains) is { } topic && Fits(topic) && LastNamedIsTopic(state, topic) ? topic
                : null;
        }

        // A capitalized word before the pronoun that may name a person the facts do not know: that person may be meant.
        if (person is null || SubjectPronoun.MayNameSomeoneElse(tokens.Slice(0, index), s.Mentions, null, s.Vocabulary.Words.Contains, person))
        {
            return null;
        }

        return new Mention(person, MentionKind.Pronoun, index, index + 1, new TextSpan(tokens[index].Span.Start, tokens[index].Text.Length), false);
    }

    // Whether the paragraph before this sentence names exactly one person who fits; `any` when it names one or more.
    private static bool ParagraphNamesOneWhoFits(DocumentMentionState state, Func<Entity, bool> fits, out bool any)
    {
        any = false;
        Entity? one = null;
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

            if (entry.Entity.Type != EntityType.Person || entry.Kind == MentionKind.Adjective || !fits(entry.Entity))
            {
                continue;
            }

            if (any && one is not null && one.Id != entry.Entity.Id)
            {
                one = null;
                return false;
            }

            any = true;
            one = entry.Entity;
        }

        return one is not null;
    }

    // Whether the last sentence before this one that names a person names only the topic, or names others beside a "he" or
    // "she" it leaves unresolved (they are then no subject: "he was chosen to succeed X"). "Meloni was sworn in before
    // President Mattarella. ¶ She ..." may go on with either.
    private static bool LastNamedIsTopic(DocumentMentionState state, Entity topic)
    {
        var sentence = -1;
        var others = false;
        for (var k = state.Salience.Count - 1; k >= 0; k--)
        {
            var entry = state.Salience[k];
            if (entry.Sentence >= state.Sentence || entry.Entity.Type != EntityType.Person || entry.Kind == MentionKind.Adjective)
            {
                continue;
            }

            if (sentence >= 0 && entry.Sentence != sentence)
            {
                break;
            }

            sentence = entry.Sentence;
            others |= entry.Entity.Id != topic.Id;
        }

        return !others || SubjectPronoun.UnresolvedPronoun(state, sentence);
    }

    // The one person the paragraph has named who fits, with the guards of a pronoun opening its sentence (no possessive of
    // them, no name the facts do not know).
    private static Entity? ParagraphPerson(SentenceContext s, DocumentMentionState state, Func<Entity, bool> fits)
        => PersonPronoun.ParagraphPerson(state, fits, s.Vocabulary.Words.Contains);
}
