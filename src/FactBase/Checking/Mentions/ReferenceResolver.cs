using System;
using System.Collections.Generic;
using FactBase.Checking.Numbers;
using FactBase.Checking.Vocabulary;
using FactBase.Knowledge;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Mentions;

/// <summary>
/// Links back-references to the entity they stand for, so a sentence that says "the alliance" or "its 27 members" is
/// checked like one that names NATO. Ordered passes, from the most precise to the least: a definite description whose
/// noun the facts give the entity ("the alliance", "the world body", "the 62-year-old lawyer"), or an office title the
/// person has held ("the former chancellor"); then the possessive pronoun "its"; then "he" or "she" as the subject of a
/// sentence or main clause (<see cref="SubjectPronoun"/>). Each looks for a candidate in the same
/// sentence, then the paragraph, then (descriptions only) the document, and resolves only when exactly one entity
/// named there fits; two or more, and it stays silent.
/// </summary>
internal sealed class ReferenceResolver
{
    /// <summary>The words that may stand between "the" and the noun of a back-reference: an age ("62-year-old", "27-nation"),
    /// a time in office ("former", "outgoing") or a word that keeps the noun's sense ("military alliance"). Any other word
    /// may make another thing of it ("the customs union", "the trade union" are not the EU).</summary>
    private static readonly WordSet Modifiers = new(new[]
    {
        "year", "years", "old", "nation", "member", "strong", "former", "ex", "late", "current", "outgoing", "incoming", "new",
        "veteran", "longtime", "then", "military", "western", "transatlantic",
    });

    private readonly ReferenceNounIndex _nouns;
    private readonly KnowledgeBase _knowledgeBase;
    private readonly Func<string, bool> _isTitle;

    public ReferenceResolver(ReferenceNounIndex nouns, KnowledgeBase knowledgeBase, VocabularyIndex vocabulary)
    {
        _nouns = nouns;
        _knowledgeBase = knowledgeBase;
        _isTitle = vocabulary.Words.Contains;
    }

    /// <summary>Adds the back-references of a sentence to its mentions.</summary>
    /// <param name="tokenList">The sentence's tokens.</param>
    /// <param name="mentions">The names found (in order, not overlapping), or <see langword="null"/> for none.</param>
    /// <param name="state">What the document referred to before this sentence, and where this sentence is.</param>
    /// <returns>The mentions with the back-references merged in order; the same list when there are none.</returns>
    public List<Mention>? Resolve(IReadOnlyList<Token> tokenList, List<Mention>? mentions, DocumentMentionState state)
        => Resolve(tokenList, mentions, state, FirstPassSummary.Everything.ReferenceStarts);

    /// <summary>Adds the back-references of a sentence to its mentions, reading only the tokens that may start one.</summary>
    /// <param name="tokenList">The sentence's tokens.</param>
    /// <param name="mentions">The names found (in order, not overlapping), or <see langword="null"/> for none.</param>
    /// <param name="state">What the document referred to before this sentence, and where this sentence is.</param>
    /// <param name="starts">The tokens that may start a back-reference, one bit each (<see cref="FirstPassSummary.ReferenceStarts"/>;
    /// all bits set: every token): the answer is the one reading every token gives, and a sentence of 20 words with two
    /// "the" reads two.</param>
    /// <returns>The mentions with the back-references merged in order; the same list when there are none.</returns>
    public List<Mention>? Resolve(IReadOnlyList<Token> tokenList, List<Mention>? mentions, DocumentMentionState state, ulong starts)
    {
        if ((state.Salience.Count == 0 && mentions is null) || starts == 0)
        {
            // Nothing named before or here: nothing to refer back to (the start of most documents). Or no word that could.
            return mentions;
        }

        var tokens = TokenArrays.Of(tokenList);
        List<Mention>? found = null;
        var m = 0;
        var next = 0; // the first token not yet read or taken by a reference
        for (var bits = starts & ~FirstPassSummary.Rest; bits != 0; bits &= bits - 1)
        {
            var i = FirstPassSummary.LowestBit(bits);
            if (i < next || i >= tokens.Length)
            {
                continue;
            }

            next = ReadAt(tokens, i, mentions, ref m, ref found, state);
        }

        // The tokens from 63 on, each (a long sentence, or no summary).
        for (var i = (starts & FirstPassSummary.Rest) == 0 ? tokens.Length : Math.Max(next, FirstPassSummary.SummarizedTokens); i < tokens.Length;)
        {
            i = ReadAt(tokens, i, mentions, ref m, ref found, state);
        }

        if (found is null)
        {
            return mentions;
        }

        if (mentions is null)
        {
            return found;
        }

        var merged = new List<Mention>(mentions.Count + found.Count);
        merged.AddRange(mentions);
        merged.AddRange(found);
        merged.Sort((a, b) => a.First.CompareTo(b.First));
        return merged;
    }

    /// <summary>Reads token <paramref name="i"/> for a back-reference; returns the next token to read (past the mention it
    /// lies in, or past the reference it starts).</summary>
    private int ReadAt(ReadOnlySpan<Token> tokens, int i, List<Mention>? mentions, ref int m, ref List<Mention>? found, DocumentMentionState state)
    {
        // Only a token outside the names may start a back-reference.
        while (mentions is not null && m < mentions.Count && mentions[m].End <= i)
        {
            m++;
        }

        if (mentions is not null && m < mentions.Count && mentions[m].First <= i)
        {
            return mentions[m].End;
        }

        // The words that start a back-reference have two or three letters: "the", "its", "he", "she".
        var token = tokens[i];
        if (token.Kind != TokenKind.Word || token.Text.Length is not (2 or 3))
        {
            return i + 1;
        }

        Mention? reference = null;
        if (SubjectPronoun.MayBe(token))
        {
            reference = SubjectPronoun.Resolve(tokens, i, mentions, found, state, _isTitle);
        }
        else if (token.Text.Length != 3)
        {
            return i + 1;
        }
        else if (token.IsWord("the"))
        {
            reference = Description(tokens, i, mentions, found, state) ?? AgedPersonReference.Resolve(tokens, i, mentions, state, _knowledgeBase, _isTitle);
        }
        else if (token.IsWord("its") && !token.IsPossessive)
        {
            reference = Pronoun(tokens, i, mentions, found, state);
        }

        if (reference is null)
        {
            return i + 1;
        }

        (found ??= new List<Mention>()).Add(reference);
        return reference.End;
    }

    /// <summary>Records the mentions of the current sentence as candidates for the sentences after it.</summary>
    public static void Remember(List<Mention>? mentions, DocumentMentionState state)
    {
        if (mentions is null)
        {
            return;
        }

        foreach (var mention in mentions)
        {
            state.Salience.Add(new SalientEntity(mention.Entity, state.Sentence, state.Paragraph, mention.Kind));
        }
    }

    // "the alliance", "the alliance's", "the 62-year-old lawyer", "the former chancellor": "the", modifiers, a noun the
    // facts give an entity, and no name right after it ("the alliance NATO" names it; "the president of France" is a role).
    private Mention? Description(ReadOnlySpan<Token> tokens, int the, List<Mention>? mentions, List<Mention>? found, DocumentMentionState state)
    {
        Entity? qualifier = null; // "the former Dutch prime minister": a country's adjective before a title
        var sense = TitleSense.Unsaid;
        for (var j = the + 1; j < tokens.Length && j <= the + 9; j++)
        {
            var token = tokens[j];
            if (MentionStartingAt(mentions, j) is { } named)
            {
                if (named.Kind != MentionKind.Adjective || named.Entity.Type == EntityType.Person || qualifier is not null)
                {
                    return null;
                }

                qualifier = named.Entity;
                j = named.End - 1;
                continue;
            }

            if (token.Kind == TokenKind.Word && _nouns.Match(tokens, j) is { } noun)
            {
                var end = j + noun.Words.Length;
                var last = tokens[end - 1];
                var next = end < tokens.Length ? tokens[end] : (Token?)null;
                if ((token.IsCapitalized && !noun.IsTitle)
                    || (!last.IsPossessive && next is { } n
                        && ((n.Kind == TokenKind.Word && (n.IsCapitalized || n.IsWord("of") || _nouns.MayStart(n.Text))) || MentionStartingAt(mentions, end) is not null)))
                {
                    // "the African Union" is a name of its own; "the alliance NATO", "the president of France", "the
                    // union leader": the noun is not the head of a back-reference.
                    return null;
                }

                // "the president-elect", "the prime minister designate": someone about to take the office, not its holder;
                // "the late president": someone dead, whom the facts may not know.
                if (IsElectOrDesignate(tokens, end) || HasWordBetween(tokens, the + 1, j, "late"))
                {
                    return null;
                }

                if (qualifier is not null && (!noun.IsTitle || (the > 0 && tokens[the - 1].IsWord("as"))))
                {
                    // "sworn in as the Italian prime minister": a title after "as" is the role taken, not a reference.
                    return null;
                }

                if (AppositionToOtherName.Is(tokens, the, end, mentions))
                {
                    return null;
                }

                var held = qualifier is null ? null : Holder(noun, qualifier, sense, null);
                var entity = Candidate(noun, held, mentions, found, the, state, paragraphOnly: false, noun.IsTitle ? null : _knowledgeBase);
                var tentative = false;
                if (entity is null && noun.IsTitle && state.AsOf.Year != 0)
                {
                    // Several holders of the title named ("Merz ... Scholz ... the new chancellor"): the one in office at the
                    // article's date ("new", "current" or no word), or the one out of it ("former", "ex-"), taken only
                    // tentatively, so a claim read through it is only ever confirmed.
                    entity = Candidate(noun, Holder(noun, qualifier, sense, state.AsOf), mentions, found, the, state, paragraphOnly: false);
                    tentative = true;
                }

                if (entity is null || (ApposedPerson.Of(tokens, the, end, mentions) is { } apposed && apposed.Id != entity.Id))
                {
                    // "Donald Tusk, the president of the European Commission,": the description is the title of the name it is
                    // set off with, not a reference to another holder.
                    return null;
                }

                return MentionOf(tokens, entity, MentionKind.Description, j, end, last.IsPossessive) with { Tentative = tentative };
            }

            if (token.Kind == TokenKind.Word)
            {
                sense = Sense(token.Text, sense);
            }

            // Ages and sizes may be written in words: "the seventy-five-year-old alliance", "the twenty-seven-nation bloc".
            var modifier = token.Kind == TokenKind.Number
                || (token.Kind == TokenKind.Word && !token.IsCapitalized && NumberWords.IsNumberWord(token.Text))
                || (token.Kind == TokenKind.Punctuation && token.Text == "-" && !token.SpaceBefore)
                || (token.Kind == TokenKind.Word && !token.IsCapitalized && !token.IsPossessive && Modifiers.Contains(token.Text));
            if (!modifier)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>What a word before a title says of the time in office.</summary>
    private enum TitleSense
    {
        Unsaid,
        Current,
        Former,
        Other,
    }

    // By length first: Description asks this of every word after "the" up to its noun.
    private static TitleSense Sense(string word, TitleSense sense)
        => word.Length switch
        {
            2 => word.Equals("ex", StringComparison.OrdinalIgnoreCase) ? TitleSense.Former : sense,
            3 => word.Equals("new", StringComparison.OrdinalIgnoreCase) ? TitleSense.Current : sense,
            4 => word.Equals("late", StringComparison.OrdinalIgnoreCase) || word.Equals("then", StringComparison.OrdinalIgnoreCase) ? TitleSense.Other : sense,
            6 => word.Equals("former", StringComparison.OrdinalIgnoreCase) ? TitleSense.Former : sense,
            7 => word.Equals("current", StringComparison.OrdinalIgnoreCase) ? TitleSense.Current : sense,
            8 => word.Equals("incoming", StringComparison.OrdinalIgnoreCase) || word.Equals("outgoing", StringComparison.OrdinalIgnoreCase) ? TitleSense.Other : sense,
            _ => sense,
        };

    // The test of a title's holder, made here so that Description, which runs at every "the", allocates no closure
    // before it has found a title.
    private Func<Entity, bool> Holder(ReferenceNoun noun, Entity? qualifier, TitleSense sense, FactDate? at)
        => e => HeldOffice(e, noun, qualifier, sense, at);

    // Whether the person held an office the title names (of the qualifier, when one is written); with a date, whether the
    // person holds it then (new, current or no word) or held it before and no longer ("former", "ex-").
    private bool HeldOffice(Entity person, ReferenceNoun noun, Entity? qualifier, TitleSense sense, FactDate? at)
    {
        if (person.Type != EntityType.Person || (at is not null && sense == TitleSense.Other))
        {
            return false;
        }

        var terms = _knowledgeBase.GetTermsOf(person.Id);
        bool any = false, now = false;
        for (var t = 0; t < terms.Count; t++)
        {
            var term = terms[t];
            if ((qualifier is not null && term.Organization.Id != qualifier.Id) || !noun.Offices.Contains(term.Property.Name))
            {
                continue;
            }

            if (at is { } day)
            {
                if (term.EarliestFromDay > day.DayNumber)
                {
                    continue;
                }

                now |= term.Covers(day);
            }

            any = true;
        }

        return at is null ? any : any && (sense == TitleSense.Former ? !now : now);
    }

    // "its 27 members", "its founding": the one organisation or country the sentence or paragraph has named.
    private static Mention? Pronoun(ReadOnlySpan<Token> tokens, int index, List<Mention>? mentions, List<Mention>? found, DocumentMentionState state)
    {
        var entity = Candidate(null, static e => e.Type != EntityType.Person, mentions, found, index, state, paragraphOnly: true);
        return entity is null ? null : MentionOf(tokens, entity, MentionKind.Pronoun, index, index + 1, possessive: true);
    }

    /// <summary>The one entity that fits, looking in the sentence before <paramref name="before"/>, then the paragraph,
    /// then the document; <see langword="null"/> when none or several fit at the nearest level that has any. With
    /// <paramref name="offices"/>, a person named stands for the organisations they have held an office of ("Stoltenberg
    /// said ... the alliance's 32 members": the alliance is the one he led).</summary>
    private static Entity? Candidate(ReferenceNoun? noun, Func<Entity, bool>? accept, List<Mention>? mentions, List<Mention>? found, int before, DocumentMentionState state, bool paragraphOnly, KnowledgeBase? offices = null)
    {
        bool Fits(Entity e, MentionKind kind)
            => kind != MentionKind.Adjective && (noun is null || noun.EntityIds.Contains(e.Id)) && (accept is null || accept(e));

        Entity? one = null;
        var several = false;
        void Consider(Entity e, MentionKind kind)
        {
            if (offices is not null && e.Type == EntityType.Person && kind != MentionKind.Adjective)
            {
                var terms = offices.GetTermsOf(e.Id);
                for (var t = 0; t < terms.Count; t++)
                {
                    if (terms[t].Organization.Type == EntityType.Organization)
                    {
                        Consider(terms[t].Organization, MentionKind.Name);
                    }
                }

                return;
            }

            if (!Fits(e, kind))
            {
                return;
            }

            if (one is null)
            {
                one = e;
            }
            else if (!string.Equals(one.Id, e.Id, StringComparison.Ordinal))
            {
                several = true;
            }
        }

        // A pronoun is ambiguous as soon as an adjective ("the British government ... its") names another candidate.
        var adjectives = false;
        void ConsiderMention(Mention mention)
        {
            adjectives |= mention.Kind == MentionKind.Adjective && noun is null;
            Consider(mention.Entity, mention.Kind);
        }

        // The sentence itself, before the reference.
        if (mentions is not null)
        {
            foreach (var mention in mentions)
            {
                if (mention.End <= before)
                {
                    ConsiderMention(mention);
                }
            }
        }

        if (found is not null)
        {
            foreach (var mention in found)
            {
                ConsiderMention(mention);
            }
        }

        if (one is not null || several || adjectives)
        {
            return several || adjectives ? null : one;
        }

        // The paragraph, then the document: the nearest level with a candidate decides.
        var salience = state.Salience;
        for (var level = 0; level < (paragraphOnly ? 1 : 2); level++)
        {
            for (var k = salience.Count - 1; k >= 0; k--)
            {
                var entry = salience[k];
                if (level == 0 && entry.Paragraph != state.Paragraph)
                {
                    break;
                }

                adjectives |= entry.Kind == MentionKind.Adjective && noun is null;
                Consider(entry.Entity, entry.Kind);
            }

            if (one is not null || several || adjectives)
            {
                return several || adjectives ? null : one;
            }
        }

        return null;
    }

    /// <summary>The mention that starts at token <paramref name="index"/>, if any.</summary>
    internal static Mention? MentionStartingAt(List<Mention>? mentions, int index)
    {
        if (mentions is null)
        {
            return null;
        }

        foreach (var mention in mentions)
        {
            if (mention.First == index)
            {
                return mention;
            }
        }

        return null;
    }

    private static bool IsElectOrDesignate(ReadOnlySpan<Token> tokens, int end)
    {
        var k = end < tokens.Length && tokens[end].Is('-') ? end + 1 : end;
        return k < tokens.Length && (tokens[k].IsWord("elect") || tokens[k].IsWord("designate"));
    }

    private static bool HasWordBetween(ReadOnlySpan<Token> tokens, int from, int to, string word)
    {
        for (var k = from; k < to; k++)
        {
            if (tokens[k].IsWord(word))
            {
                return true;
            }
        }

        return false;
    }

    private static Mention MentionOf(ReadOnlySpan<Token> tokens, Entity entity, MentionKind kind, int first, int end, bool possessive)
    {
        var last = tokens[end - 1];
        var stop = last.Span.Start + last.Text.Length;
        return new Mention(entity, kind, first, end, new TextSpan(tokens[first].Span.Start, stop - tokens[first].Span.Start), possessive);
    }
}
