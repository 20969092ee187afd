using System;
using System.Collections.Generic;
using FactBase.Checking.Sentences;
using FactBase.Checking.Vocabulary;
using FactBase.Knowledge;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Mentions;

/// <summary>
/// Resolves "the 41-year-old", "the 69-year-old lawyer", "the 65-year-old Norwegian" with no noun the facts know: a
/// person described by age stands for a person the text has just named. The candidates are the people of the nearest
/// sentence before (this sentence first) that names any: with one, the reference is that person; with several, the first
/// of them (the sentence's topic, as journalists open with it) is taken only tentatively, so a claim read through it is
/// only ever confirmed. Two constraints keep it from the wrong person: the person who acts on the description in the same
/// clause ("Blinken told the 60-year-old Swedish leader") is someone else, and a nationality in it ("Swedish") must fit: a
/// candidate the facts give offices of other countries only is no referent. A candidate is only tentative when the
/// sentence names it as a relation of someone a pronoun carries ("from his predecessor, X") or after a preposition
/// ("after a victory against X, the 41-year-old"): the description may be of the other person.
/// </summary>
internal static class AgedPersonReference
{
    /// <summary>How many sentences back a candidate may be: an age description follows the name closely.</summary>
    private const int Reach = 2;

    /// <summary>Endings of nouns for people ("lawyer", "historian", "economist", "barrister", "spokesman"); another noun
    /// ("the 80-year-old building") may describe a thing, so a reference through it is only confirmed.</summary>
    private static readonly string[] PersonEndings = { "yer", "ian", "ist", "ster", "man", "woman" };

    /// <summary>The reference at "the" (index <paramref name="the"/>) when "N-year-old" follows; the mention covers "old".</summary>
    public static Mention? Resolve(ReadOnlySpan<Token> tokens, int the, List<Mention>? mentions, DocumentMentionState state, KnowledgeBase knowledgeBase, Func<string, bool> isTitle)
    {
        var old = the + 5;
        if (old >= tokens.Length || tokens[the + 1].Kind != TokenKind.Number || !tokens[the + 2].Is('-') || !tokens[the + 3].IsWord("year")
            || !tokens[the + 4].Is('-') || !tokens[old].IsWord("old") || tokens[old].IsPossessive)
        {
            return null;
        }

        // No person is that old: "the 150-year-old former power station" is a thing.
        if (int.TryParse(tokens[the + 1].Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var years) && years > 120)
        {
            return null;
        }

        // A name right after it is what the age describes ("the 72-year-old Vladimir Putin", "the 75-year-old NATA", known
        // or not): no back-reference. A nationality may stand there ("the 65-year-old Norwegian"), and so may a capitalized
        // noun of a person ("the 77-year-old Republican", "the 54-year-old Social Democrat").
        var partisan = CapitalizedPersonNoun(tokens, old + 1, mentions);
        // "the 46-year-old Calgary economist", "the 43-year-old Labour leader": a capitalized word of place or party before a
        // lower-case noun of a person modifies it, and the noun is the head.
        var modified = partisan < 0 ? ModifiedPersonNoun(tokens, old + 1, mentions) : -1;
        if (partisan < 0 && modified < 0 && old + 1 < tokens.Length && tokens[old + 1] is { Kind: TokenKind.Word, IsCapitalized: true } && ReferenceResolver.MentionStartingAt(mentions, old + 1) is not { Kind: MentionKind.Adjective })
        {
            // "The 67-year-old South Korean, who ...": a nationality of a country the facts do not hold may stand for the one
            // person of that age named lately whom the facts tie to no country; only confirmed.
            return UnknownNationality(tokens, old + 1) && AgedPersonAgreement.Find(tokens[the + 1].Text, mentions, the, state, knowledgeBase, null, NoCountry(knowledgeBase), Agent(tokens, the, mentions), stateless: true) is { } stateless
                ? new Mention(stateless, MentionKind.Description, old, old + 1, new TextSpan(tokens[old].Span.Start, tokens[old].Text.Length), false) { Tentative = true }
                : null;
        }

        // "Sorensen, the 58-year-old (lawyer), said": the age describes the name before it, which the facts do not know.
        var described = partisan >= 0 ? partisan + 1 : modified >= 0 ? modified + 1 : old + 1 < tokens.Length && tokens[old + 1] is { Kind: TokenKind.Word, IsCapitalized: false } ? old + 2 : old + 1;
        if (AppositionToOtherName.Is(tokens, the, described, mentions))
        {
            return null;
        }

        var agent = Agent(tokens, the, mentions);
        var (person, several, sentence) = Candidate(mentions, the, state, agent);
        var nationality = ReferenceResolver.MentionStartingAt(mentions, old + 1) is { Kind: MentionKind.Adjective } adjective ? adjective.Entity : null;
        if (person is null || several || (nationality is not null && !MayBeOf(knowledgeBase, person, nationality)))
        {
            // No one, several, or no one of that nationality nearest: the one person of that age named lately, tentatively.
            if (AgedPersonAgreement.Find(tokens[the + 1].Text, mentions, the, state, knowledgeBase, nationality, OfNationality(knowledgeBase, nationality), agent) is { } aged
                && (several || person is null || aged.Id != person.Id))
            {
                return new Mention(aged, MentionKind.Description, old, old + 1, new TextSpan(tokens[old].Span.Start, tokens[old].Text.Length), false) { Tentative = true };
            }

            if (person is null || (nationality is not null && !MayBeOf(knowledgeBase, person, nationality)))
            {
                return null;
            }
        }

        // "Ecevit handed over to Gül. The 82-year-old had ...": when the first person there (the sentence's topic) is the only
        // one near that age, the others far from it, the topic is meant surely enough to refute the age. Not when the age
        // points at another person ("Starmer hosted Macron. The 47-year-old ..." may be of someone else), nor beside a person
        // acting on the description.
        var byAge = false;
        if (several && nationality is null && agent is null
            && AgedPersonAgreement.OnlyNear(tokens[the + 1].Text, NamedIn(sentence, mentions, the, state, Named.People), state.AsOf, knowledgeBase) is { } near
            && near.Id == person.Id)
        {
            several = false;
            byAge = true;
        }

        // "... Kofi Annan took over the following January. ¶ The 93-year-old later headed": a description opening a paragraph
        // whose age is that of another person the text has named, not the nearest one's, is likely of that one (tentatively:
        // only confirmed). Within a paragraph the nearest person stays the referent.
        if (InEarlierParagraph(state, sentence)
            && AgedPersonAgreement.Find(tokens[the + 1].Text, mentions, the, state, knowledgeBase, nationality, OfNationality(knowledgeBase, nationality), agent, anywhere: true) is { } agreeing
            && agreeing.Id != person.Id)
        {
            return new Mention(agreeing, MentionKind.Description, old, old + 1, new TextSpan(tokens[old].Span.Start, tokens[old].Text.Length), false) { Tentative = true };
        }

        // A name the facts do not know beside the candidate ("Merz met Pedro Sánchez. The 52-year-old said") may be the one
        // meant: then the age is only confirmed.
        var said = sentence == state.Sentence ? tokens.Slice(0, the) : TokenArrays.Of(state.Sentences[sentence].Tokens);
        // A word of a thing named there, or a run of capitalized words after a word of place ("of the Justice and
        // Development Party", "flew to Buenos Aires"), names no one else; another person named there does, unless the age
        // has told the people apart.
        var named = NamedIn(sentence, mentions, the, state, byAge ? Named.All : Named.Things);
        // "Vladimir Putin took the oath in St Andrew's Hall, with Boris Yeltsin at his side. The 48-year-old ...": when the
        // person opens that sentence and the age is within a year of theirs, names after a preposition ("with X", "in the
        // gilded Y Hall") are the circumstances of the person's act, not the one the description goes on about.
        var governedAreNoOne = !several && FirstNameWord(said, person) <= 3 && AgedPersonAgreement.IsNear(person, tokens[the + 1].Text, state.AsOf, knowledgeBase, 1);
        several |= NamesSomeoneElse(said, person, named, governedAreNoOne) && SubjectPronoun.MayNameSomeoneElse(said, null, named, isTitle, person);

        // "He reshaped the cabinet he inherited from his predecessor, Justin Trudeau. ... the 59-year-old": a name given as a
        // relation of someone a pronoun carries leaves that person as likely; "against incumbent Petro Poroshenko, the
        // 41-year-old became president": a name governed by a preposition is seldom the clause's subject.
        several |= Relational(said, person) || Governed(said, person);

        var nounAt = partisan >= 0 ? partisan : modified >= 0 ? modified : BackgroundKin(tokens, old + 1, isTitle) is var kin && kin > 0 ? kin : old + 1;
        var next = nounAt < tokens.Length ? tokens[nounAt] : (Token?)null;
        var noun = partisan >= 0 || modified >= 0 || (next is { Kind: TokenKind.Word, IsCapitalized: false } word && !IsClauseWord(word.Text) && ReferenceResolver.MentionStartingAt(mentions, old + 1) is null);
        // "the 57-year-old minister's spokesman": the head is someone of the minister's, and the age may be either's.
        var tentative = several || (noun && (next!.Value.IsPossessive || !EndsLikePerson(next.Value.Text)) && !ActingPerson(tokens, nounAt, person, mentions, the, state));
        // A capitalized word before the noun may make it someone else's trade ("the 46-year-old Calgary economist" may be
        // another economist), and a phrase after it someone else's standing ("the 45-year-old son of a miner" may be anyone's
        // son): the age must also be near the person's for a wrong one to be flagged.
        tentative |= (modified >= 0 || (noun && OfPhrase(tokens, nounAt + 1, mentions, Offspring.Contains(tokens[nounAt].Text)) > nounAt + 1))
                     && !AgedPersonAgreement.IsNear(person, tokens[the + 1].Text, state.AsOf, knowledgeBase, NearYears);
        var span = new TextSpan(tokens[old].Span.Start, tokens[old].Text.Length);
        return new Mention(person, MentionKind.Description, old, old + 1, span, false) { Tentative = tentative };
    }

    private static bool InEarlierParagraph(DocumentMentionState state, int sentence)
    {
        for (var k = state.Salience.Count - 1; k >= 0; k--)
        {
            if (state.Salience[k].Sentence == sentence)
            {
                return state.Salience[k].Paragraph != state.Paragraph;
            }
        }

        return false;
    }

    /// <summary>Words that make a name after them the object of a phrase ("a victory against X", "talks with X").</summary>
    private static readonly WordSet Governors = new(new[] { "against", "with", "over", "from", "to", "by", "for", "of", "than", "under", "beside", "alongside" });

    /// <summary>Words that may stand between such a word and the name: "against incumbent X", "with the former president X".</summary>
    private static readonly WordSet Between = new(new[] { "the", "a", "an", "incumbent", "former", "then", "his", "her", "their", "rival", "predecessor", "successor" });

    // "his predecessor, Justin Trudeau": the name set beside a relation of someone a pronoun carries, who is the one the
    // text is about.
    private static bool Relational(ReadOnlySpan<Token> tokens, Entity person)
    {
        var k = FirstNameWord(tokens, person) - 1;
        if (k >= 0 && tokens[k].Is(','))
        {
            k--;
        }

        return k >= 1 && tokens[k] is { Kind: TokenKind.Word, IsCapitalized: false } && (tokens[k - 1].IsWord("his") || tokens[k - 1].IsWord("her"));
    }

    // "against incumbent Petro Poroshenko": the person's name after a preposition, a few modifiers apart.
    private static bool Governed(ReadOnlySpan<Token> tokens, Entity person)
    {
        var first = FirstNameWord(tokens, person);
        for (var k = first - 1; k >= 0 && k >= first - 4; k--)
        {
            var token = tokens[k];
            if (token.Kind != TokenKind.Word)
            {
                return false;
            }

            if (!token.IsCapitalized && Governors.Contains(token.Text))
            {
                return true;
            }

            if (!Between.Contains(token.Text) && !token.IsCapitalized)
            {
                return false;
            }
        }

        return false;
    }

    // The index of the first token that is a word of the person's names, or the length when there is none.
    private static int FirstNameWord(ReadOnlySpan<Token> tokens, Entity person)
    {
        var own = NameWords(person);
        for (var k = 0; k < tokens.Length; k++)
        {
            if (tokens[k] is { Kind: TokenKind.Word, IsCapitalized: true } word && own.Contains(word.Text))
            {
                return k;
            }
        }

        return tokens.Length;
    }

    // The entities the sentence names ("Abdullah Gül", "the European Union"; in this sentence, before `before`): all, its
    // people or its things.
    private static List<Entity> NamedIn(int sentence, List<Mention>? mentions, int before, DocumentMentionState state, Named which)
    {
        bool Wanted(Entity entity, MentionKind kind)
            => which == Named.All || (entity.Type == EntityType.Person && kind != MentionKind.Adjective) == (which == Named.People);

        var named = new List<Entity>();
        if (sentence == state.Sentence)
        {
            foreach (var mention in mentions ?? (IEnumerable<Mention>)Array.Empty<Mention>())
            {
                if (mention.End <= before && Wanted(mention.Entity, mention.Kind))
                {
                    named.Add(mention.Entity);
                }
            }

            return named;
        }

        foreach (var entry in state.Salience)
        {
            if (entry.Sentence == sentence && Wanted(entry.Entity, entry.Kind))
            {
                named.Add(entry.Entity);
            }
        }

        return named;
    }

    /// <summary>Which of the entities a sentence names <see cref="NamedIn"/> gives.</summary>
    private enum Named
    {
        All,
        People,
        Things,
    }

    // Two capitalized words in a row ("Pedro Sánchez", "Buckingham Palace") that are not all words of the person's names
    // nor of an entity the sentence names.
    private static bool NamesSomeoneElse(ReadOnlySpan<Token> tokens, Entity person, List<Entity> named, bool governedAreNoOne)
    {
        List<string>? own = null;
        for (var k = 1; k < tokens.Length; k++)
        {
            if (tokens[k] is not { Kind: TokenKind.Word, IsCapitalized: true } word || tokens[k - 1] is not { Kind: TokenKind.Word, IsCapitalized: true } before)
            {
                continue;
            }

            if (governedAreNoOne && AfterPreposition(tokens, k - 1))
            {
                continue;
            }

            own ??= NameWords(person);
            if ((!own.Contains(word.Text) || !own.Contains(before.Text))
                && !(PersonPronoun.IsNameWordOfAny(word.Text, named) && PersonPronoun.IsNameWordOfAny(before.Text, named)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Prepositions of place and company before a name: "with X", "in the gilded Y Hall".</summary>
    private static readonly WordSet PlaceOrCompany = new(new[] { "with", "in", "at", "beside", "alongside", "from", "to", "near" });

    // Whether the run of capitalized words through `k` follows such a preposition, with at most three words ("the",
    // lower-case modifiers, a capitalized possessive) between.
    private static bool AfterPreposition(ReadOnlySpan<Token> tokens, int k)
    {
        var r = k;
        while (r > 0 && tokens[r - 1] is { Kind: TokenKind.Word, IsCapitalized: true, IsPossessive: false })
        {
            r--;
        }

        for (var j = r - 1; j >= 0 && j >= r - 4; j--)
        {
            var token = tokens[j];
            if (token.Kind != TokenKind.Word)
            {
                return false;
            }

            if (!token.IsCapitalized && PlaceOrCompany.Contains(token.Text))
            {
                return true;
            }

            // A verb ends the phrase ("met X"); an "-ed" word there is an adjective ("the gilded Y Hall").
            if (PredicateWords.Contains(token.Text))
            {
                return false;
            }
        }

        return false;
    }

    private static List<string> NameWords(Entity person)
    {
        var words = new List<string>();
        foreach (var w in NameIndex.Words(person.Name))
        {
            words.Add(w.Text);
        }

        foreach (var alias in person.Aliases)
        {
            foreach (var w in NameIndex.Words(alias))
            {
                words.Add(w.Text);
            }
        }

        return words;
    }

    // The person named just before a verb whose object is the description: "Blinken told the 60-year-old", "King Charles,
    // who invited the 62-year-old". At most three lower-case words (and a comma) stand between them.
    private static string? Agent(ReadOnlySpan<Token> tokens, int the, List<Mention>? mentions)
    {
        if (mentions is null)
        {
            return null;
        }

        Mention? last = null;
        foreach (var mention in mentions)
        {
            if (mention.End <= the)
            {
                last = mention;
            }
        }

        if (last is not { Kind: not MentionKind.Adjective } named || named.Entity.Type != EntityType.Person)
        {
            return null;
        }

        var words = 0;
        for (var k = named.End; k < the; k++)
        {
            var token = tokens[k];
            if (token.Kind == TokenKind.Word && !token.IsCapitalized && !token.IsWord("and") && !token.IsWord("or"))
            {
                words++;
            }
            else if (!token.Is(','))
            {
                return null;
            }
        }

        return words is >= 1 and <= 3 ? named.Entity.Id : null;
    }

    // Whether the nationality may be the person's: the facts give them an office of that country, or of no country at all
    // (a person known only as the head of an international body may be of any nationality).
    // The lambda lives here, not in Resolve: a lambda over Resolve's parameter would allocate its closure on every call, at
    // every "the" of the text, before Resolve knows an age follows (docs/performance.md).
    private static Func<Entity, bool> OfNationality(KnowledgeBase knowledgeBase, Entity? nationality)
        => e => MayBeOf(knowledgeBase, e, nationality!);

    private static bool MayBeOf(KnowledgeBase knowledgeBase, Entity person, Entity country)
    {
        var servedACountry = false;
        foreach (var term in knowledgeBase.GetTermsOf(person.Id))
        {
            if (term.Organization.Id == country.Id)
            {
                return true;
            }

            servedACountry |= term.Organization.Type == EntityType.Country;
        }

        return !servedACountry;
    }

    private static (Entity? Person, bool Several, int Sentence) Candidate(List<Mention>? mentions, int before, DocumentMentionState state, string? agent)
    {
        Entity? first = null;
        var several = false;
        if (mentions is not null)
        {
            foreach (var mention in mentions)
            {
                if (mention.End <= before && mention.Entity.Type == EntityType.Person && mention.Kind != MentionKind.Adjective && mention.Entity.Id != agent)
                {
                    several |= first is not null && !ReferenceEquals(first, mention.Entity) && first.Id != mention.Entity.Id;
                    first ??= mention.Entity;
                }
            }
        }

        if (first is not null)
        {
            return (first, several, state.Sentence);
        }

        var salience = state.Salience;
        var sentence = -1;
        for (var k = salience.Count - 1; k >= 0; k--)
        {
            var entry = salience[k];
            if (sentence >= 0 && entry.Sentence != sentence)
            {
                break;
            }

            if (entry.Entity.Type != EntityType.Person || entry.Kind == MentionKind.Adjective || entry.Entity.Id == agent)
            {
                continue;
            }

            if (sentence < 0)
            {
                if (entry.Sentence < state.Sentence - Reach)
                {
                    return (null, false, -1);
                }

                sentence = entry.Sentence;
            }

            // Walking back: the last seen is the first named in that sentence.
            several |= first is not null && first.Id != entry.Entity.Id;
            first = entry.Entity;
        }

        return (first, several, sentence);
    }


    // "The 70-year-old conservative then drove": a noun of a person (PersonNouns) with a verb after it is someone acting,
    // and when the person is the only one named in this sentence and the few before, that is who it is. A relative clause
    // may stand between the noun and its verb ("The 77-year-old Republican, who served two terms, told"), and a relative
    // "who" after it tells a person as surely as a verb.
    // A verb after the noun may be any simple past ("The 55-year-old Social Democrat received 351 votes"): right after the
    // head of a noun phrase a past form is the predicate. "of" and a phrase may stand between the noun and its verb ("The
    // 42-year-old leader of the Left Alliance promised", "The 53-year-old son of a farmer, who ..., said": OfPhrase).
    private static bool ActingPerson(ReadOnlySpan<Token> tokens, int noun, Entity person, List<Mention>? mentions, int the, DocumentMentionState state)
        => (PersonNouns.Contains(tokens[noun].Text) || (tokens[noun - 1].IsPossessive && Offspring.Contains(tokens[noun].Text))
            || (Offspring.Contains(tokens[noun].Text) && OfPhrase(tokens, noun + 1, mentions, kin: true) > noun + 1))
           && OfPhrase(tokens, noun + 1, mentions, kin: Offspring.Contains(tokens[noun].Text)) is var after && after < tokens.Length
           && ((Clauses.AttachedClause.VerbAfter(tokens, after) is var verb && verb < tokens.Length && tokens[verb].Kind == TokenKind.Word
                && (PredicateWords.Contains(tokens[verb].Text) || (!tokens[verb].IsCapitalized && PastTenseVerbs.IsSimplePast(tokens[verb]))))
               || (tokens[after].Is(',') && after + 1 < tokens.Length && tokens[after + 1].IsWord("who")))
           && OnePersonNamedLately.Find(mentions, the, state, AgedPersonAgreement.Reach, static _ => true) is { } only && only.Id == person.Id;

    /// <summary>How many years from the person's age a description's age may be when a word before its noun could make the
    /// noun someone else's.</summary>
    private const int NearYears = 3;

    /// <summary>Determiners of a phrase after "of" that tell a background, not another person ("son of a miner").</summary>
    private static readonly WordSet Indefinite = new(new[] { "a", "an" });

    // The index after "of" and the short phrase it governs, when one stands at `at`; else `at`. A kin noun takes only an
    // indefinite phrase ("son of a Hungarian immigrant": where the person comes from; "son of the president" or "son of X" is
    // someone else); another noun takes an indefinite phrase or "the" and a name the facts do not know ("leader of the Left
    // Alliance"), never a lower-case definite phrase ("leader of the opposition" is someone the text may not have named) nor a
    // person the facts know. The phrase ends at a comma or at a verb, within five words.
    private static int OfPhrase(ReadOnlySpan<Token> tokens, int at, List<Mention>? mentions, bool kin)
    {
        if (at + 2 >= tokens.Length || !tokens[at].IsWord("of") || tokens[at].IsCapitalized)
        {
            return at;
        }

        var k = at + 1;
        var named = false;
        if (tokens[k].IsWord("the") && !kin)
        {
            named = true;
            k++;
        }
        else if (!Indefinite.Contains(tokens[k].Text) || tokens[k].IsCapitalized)
        {
            return at;
        }
        else
        {
            k++;
        }

        var words = 0;
        for (; k < tokens.Length && words <= 5; k++, words++)
        {
            var token = tokens[k];
            if (ReferenceResolver.MentionStartingAt(mentions, k) is { } mention && (mention.Entity.Type == EntityType.Person || mention.Kind != MentionKind.Adjective))
            {
                return at;
            }

            if (token.Kind != TokenKind.Word || token.IsPossessive || (words > 0 && (PredicateWords.Contains(token.Text) || PastTenseVerbs.IsSimplePast(token))))
            {
                break;
            }

            if (named && !token.IsCapitalized && !(words > 0 && token.IsWord("of")))
            {
                return at;
            }
        }

        return words > 0 && words <= 5 && k < tokens.Length && (tokens[k].Is(',') || tokens[k].Kind == TokenKind.Word) ? k : at;
    }

    // The index of a lower-case noun of a person after one or two capitalized words the facts do not know as a person or a
    // body ("Calgary economist", "Labour leader", "Bundesbank economist"), or -1. A name the facts know there ("the
    // 30-year-old NATO official") or a third capitalized word leaves it: the capitalized words may be a name.
    private static int ModifiedPersonNoun(ReadOnlySpan<Token> tokens, int at, List<Mention>? mentions)
    {
        var k = at;
        while (k < tokens.Length && k < at + 2 && tokens[k] is { Kind: TokenKind.Word, IsCapitalized: true, IsPossessive: false } && !tokens[k].Text.Contains(".")
               && ReferenceResolver.MentionStartingAt(mentions, k) is null)
        {
            k++;
        }

        return k > at && k < tokens.Length && tokens[k] is { Kind: TokenKind.Word, IsCapitalized: false, IsPossessive: false } head
               && (PersonNouns.Contains(head.Text) || EndsLikePerson(head.Text)) && !IsClauseWord(head.Text)
            ? k
            : -1;
    }

    // "South Korean", "Ghanaian", "Peruvian": one or two capitalized words whose last ends like a nationality, followed by
    // ", who" or a verb (a person acting), and no name the facts know among them.
    private static bool UnknownNationality(ReadOnlySpan<Token> tokens, int at)
    {
        var k = at;
        while (k < tokens.Length && k < at + 2 && tokens[k] is { Kind: TokenKind.Word, IsCapitalized: true, IsPossessive: false })
        {
            k++;
        }

        if (k == at || k >= tokens.Length || !NationalityEnding(tokens[k - 1].Text))
        {
            return false;
        }

        return (tokens[k].Is(',') && k + 1 < tokens.Length && tokens[k + 1].IsWord("who"))
               || (tokens[k] is { Kind: TokenKind.Word, IsCapitalized: false } verb && (PredicateWords.Contains(verb.Text) || PastTenseVerbs.IsSimplePast(verb)));
    }

    private static bool NationalityEnding(string word)
        => word.Length > 4 && (word.EndsWith("ian", StringComparison.Ordinal) || word.EndsWith("ean", StringComparison.Ordinal)
                               || word.EndsWith("ese", StringComparison.Ordinal) || word.EndsWith("ish", StringComparison.Ordinal));

    // A person the facts give no office of a country (one known as the head of an international body), who may be of a
    // nationality the facts do not hold.
    private static Func<Entity, bool> NoCountry(KnowledgeBase knowledgeBase)
        => e =>
        {
            foreach (var term in knowledgeBase.GetTermsOf(e.Id))
            {
                if (term.Organization.Type == EntityType.Country)
                {
                    return false;
                }
            }

            return true;
        };

    // The index of a capitalized noun of a person right after the age ("Republican", "Democrat", or the last word of "Social
    // Democrat", "Christian Democrat"), when it is not a name the facts know and no further capitalized word follows (as in
    // "the 170-year-old Republican Party"); else -1.
    private static int CapitalizedPersonNoun(ReadOnlySpan<Token> tokens, int at, List<Mention>? mentions)
    {
        if (at >= tokens.Length || tokens[at] is not { Kind: TokenKind.Word, IsCapitalized: true } || ReferenceResolver.MentionStartingAt(mentions, at) is not null)
        {
            return -1;
        }

        var noun = PersonNouns.Contains(tokens[at].Text) ? at
            : at + 1 < tokens.Length && tokens[at + 1] is { Kind: TokenKind.Word, IsCapitalized: true } second && PersonNouns.Contains(second.Text)
              && PartisanQualifiers.Contains(tokens[at].Text) ? at + 1 : -1;
        return noun >= 0 && !(noun + 1 < tokens.Length && tokens[noun + 1] is { Kind: TokenKind.Word, IsCapitalized: true }) ? noun : -1;
    }

    /// <summary>Nouns of a child, which after a possessive of a trade ("vicar's daughter") tell where a person comes from; a
    /// spokesman or a lawyer after a possessive is someone else's.</summary>
    private static readonly WordSet Offspring = new(new[] { "daughter", "son", "child", "grandson", "granddaughter" });

    // "the 60-year-old vicar's daughter", "the 48-year-old miner's son": a lower-case possessive, then a noun of kin, tells
    // the person's background; the kin noun is the head (a person, so a verb after it makes the reference sure). The index
    // of that noun, or -1.
    private static int BackgroundKin(ReadOnlySpan<Token> tokens, int at, Func<string, bool> isTitle)
        => at + 1 < tokens.Length && tokens[at] is { Kind: TokenKind.Word, IsCapitalized: false, IsPossessive: true } trade && IsTrade(trade.Text, isTitle)
           && tokens[at + 1] is { Kind: TokenKind.Word, IsCapitalized: false, IsPossessive: false } kin && Offspring.Contains(kin.Text)
            ? at + 1
            : -1;

    // A noun of a trade ("vicar", "miner", "tailor", "fisherman"): one a parent is known by, not a title of an office, a
    // relation or a standing ("the president's son", "the rival's daughter", "the leader's son" are of someone in the news).
    private static bool IsTrade(string word, Func<string, bool> isTitle)
        => (word.EndsWith("er", StringComparison.OrdinalIgnoreCase) || word.EndsWith("or", StringComparison.OrdinalIgnoreCase)
            || word.EndsWith("ar", StringComparison.OrdinalIgnoreCase) || word.EndsWith("man", StringComparison.OrdinalIgnoreCase))
           && !isTitle(word) && !PersonNouns.Contains(word) && !SubjectPronoun.IsRelative(word);

    /// <summary>Words that stand before a party noun as part of it ("Social Democrat", "Christian Democrat", "Free
    /// Democrat").</summary>
    private static readonly WordSet PartisanQualifiers = new(new[] { "social", "christian", "free", "liberal", "national" });

    private static bool EndsLikePerson(string word)
    {
        foreach (var ending in PersonEndings)
        {
            if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // "the 41-year-old said", "the 78-year-old is": a verb or function word, not a noun.
    private static bool IsClauseWord(string word)
        => word is "who" or "and" or "former" || PredicateWords.Contains(word);
}
