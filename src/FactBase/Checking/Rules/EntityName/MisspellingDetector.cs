using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using FactBase.Checking.Mentions;
using FactBase.Checking.Vocabulary;
using FactBase.Text;

namespace FactBase.Checking.Rules.EntityName;

/// <summary>
/// Finds words that are probably misspelled names: one edit from a known name word, not a known
/// word themselves, and backed by context. When unsure it stays silent: a false alarm costs more than a miss.
/// </summary>
internal sealed class MisspellingDetector
{
    private readonly NameIndex _names;
    private readonly VocabularyIndex _vocabulary;

    /// <summary>At most this many words are remembered (a few MB), so memory stays bounded on any amount of text.</summary>
    private const int MaxCachedWords = 50_000;

    /// <summary>Per word, what does not depend on the sentence: no candidates (a known word, or nothing one edit away) or the
    /// candidates to weigh in context. The same capitalized words ("Officials", "Tuesday") come back in every article.</summary>
    private readonly ConcurrentDictionary<string, SpellingCandidate[]> _words = new(StringComparer.Ordinal);

    public MisspellingDetector(NameIndex names, VocabularyIndex vocabulary)
    {
        _names = names;
        _vocabulary = vocabulary;
    }

    /// <summary>Words before a name that mark it as a person's name: honorifics (titles come from the vocabulary).</summary>
    private static readonly HashSet<string> Honorifics = new(System.StringComparer.OrdinalIgnoreCase) { "Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord", "Lady" };

    /// <summary>
    /// The probably misspelled words of a sentence, by token index. <c>Certain</c> is false when only the document
    /// backs the correction (the entity is named elsewhere): such a word is a misspelling only if reading it as the
    /// name makes a claim, which the caller checks; "Germans", "Victor", "NATS" are words of their own.
    /// </summary>
    /// <param name="tokenList">The sentence's tokens.</param>
    /// <param name="state">What the document names.</param>
    /// <param name="namesFound">The names the first pass found in the sentence, if known: their words are name words,
    /// which are never misspellings, so they need no lookup.</param>
    /// <returns>The corrections; <see langword="null"/> for none (most sentences: nothing allocated).</returns>
    public List<(int Index, SpellingCandidate Candidate, bool Certain)>? Detect(IReadOnlyList<Token> tokenList, DocumentMentionState state, IReadOnlyList<NameMatch>? namesFound = null)
        => Detect(tokenList, state, namesFound, FirstPassSummary.Everything);

    /// <summary>The probably misspelled words of a sentence, reading only the tokens the first pass marked
    /// (<see cref="FirstPassSummary.SpellingFrom"/> to <see cref="FirstPassSummary.SpellingTo"/>): the same answer as
    /// reading all of them, and at once for the many sentences with no capitalized word outside their names.</summary>
    /// <param name="tokenList">The sentence's tokens.</param>
    /// <param name="state">What the document names.</param>
    /// <param name="namesFound">The names the first pass found in the sentence, if known.</param>
    /// <param name="summary">What the first pass saw in the same tokens, or <see cref="FirstPassSummary.Everything"/>.</param>
    /// <returns>The corrections; <see langword="null"/> for none.</returns>
    public List<(int Index, SpellingCandidate Candidate, bool Certain)>? Detect(IReadOnlyList<Token> tokenList, DocumentMentionState state, IReadOnlyList<NameMatch>? namesFound, in FirstPassSummary summary)
    {
        if (summary.SpellingFrom >= summary.SpellingTo)
        {
            return null;
        }

        // A list, not the interface: it is read at every capitalized word, and each read through the interface is a call
        // the JIT cannot inline. No names and none found read alike.
        var names = namesFound is null or { Count: 0 } ? null : namesFound as List<NameMatch> ?? new List<NameMatch>(namesFound);
        var tokens = TokenArrays.Of(tokenList);
        List<(int, SpellingCandidate, bool)>? found = null;
        List<SpellingCandidate>? scratch = null;
        List<SpellingCandidate>? groups = null;
        var name = 0;
        var to = Math.Min(tokens.Length, summary.SpellingTo);
        for (var i = summary.SpellingFrom; i < to; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Word || !token.IsCapitalized || token.Text.Length < 4)
            {
                continue;
            }

            if (names is not null && IsInName(names, i, ref name) && IsAscii(token.Text)
                && IsAscii(names[name].Entries[0].Words[i - names[name].Start]))
            {
                // A word of a found name equals a name word ignoring case; when both are ASCII that is exactly the sense of
                // IsNameWord, so CandidatesOf would say "none": skip its cache lookup, one of the costliest steps per word.
                continue;
            }

            // Name words, vocabulary words and words with a dot have no candidates (remembered per word).
            var candidates = CandidatesOf(token.Text, ref scratch);
            if (candidates.Length == 0 || IsPluralOfName(token.Text))
            {
                continue;
            }

            var isAcronym = IsAllUpper(token.Text);

            // The first matching candidate of each different word, in lookup order: only the first of a word is used below,
            // so once a word has one, more candidates with that word are not weighed ("Republics" is one edit from the
            // "Republic" of thousands of names).
            groups ??= new List<SpellingCandidate>();
            groups.Clear();
            foreach (var candidate in candidates)
            {
                if (HasWord(groups, candidate.Word))
                {
                    continue;
                }

                if (isAcronym ? IsAcronymMatch(token.Text, candidate) : IsWordMatch(tokens, i, candidate, state))
                {
                    groups.Add(candidate);
                }
            }

            // Several spellings of one entity's name ("Zelenskky": Zelensky, Zelenskyy): suggest the canonical one.
            if (groups.Count > 1 && IsOneEntity(groups))
            {
                var nameWords = NameIndex.Words(groups[0].Entity.Name);
                groups.RemoveAll(g => !nameWords.Exists(w => w.Text == g.Word));
            }

            // Several different corrections: we cannot tell which was meant.
            if (groups.Count == 1)
            {
                var candidate = groups[0];
                var named = state.NamedAnywhere.Contains(candidate.EntityNumber);

                // An acronym the document never writes right ("The 75-year-old NATA met") counts only when reading it as
                // the name makes a claim, which the caller checks: NATS, NAFO and most capitalised codes make none.
                var certain = (!isAcronym && IsNextToRestOfName(tokens, i, candidate)) || (IsInNameContext(tokens, i, candidate) && (!isAcronym || named))
                    || (!isAcronym && IsSurnameStandingAlone(tokens, i, candidate, state));
                (found ??= new List<(int, SpellingCandidate, bool)>()).Add((i, candidate, certain));
            }
        }

        return found;
    }

    // Whether token i lies inside one of the names (in order); k walks forward with i.
    private static bool IsInName(List<NameMatch> names, int i, ref int k)
    {
        while (k < names.Count && names[k].Start + names[k].Length <= i)
        {
            k++;
        }

        return k < names.Count && names[k].Start <= i;
    }

    private static bool IsAscii(string text)
    {
        foreach (var c in text)
        {
            if (c >= 0x80)
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasWord(List<SpellingCandidate> groups, string word)
    {
        foreach (var g in groups)
        {
            if (string.Equals(g.Word, word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOneEntity(List<SpellingCandidate> groups)
    {
        for (var k = 1; k < groups.Count; k++)
        {
            if (!string.Equals(groups[k].Entity.Id, groups[0].Entity.Id, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The spelling candidates of a word, or none when it is a name word, a vocabulary word or has a dot.</summary>
    private SpellingCandidate[] CandidatesOf(string word, ref List<SpellingCandidate>? scratch)
    {
        if (_words.TryGetValue(word, out var cached))
        {
            return cached;
        }

        SpellingCandidate[] candidates;
        if (_names.IsNameWord(word) || _vocabulary.Words.Contains(word) || word.IndexOf('.') >= 0)
        {
            candidates = Array.Empty<SpellingCandidate>();
        }
        else
        {
            scratch ??= new List<SpellingCandidate>();
            scratch.Clear();
            _names.SpellingCandidates(word, scratch);
            candidates = scratch.Count == 0 ? Array.Empty<SpellingCandidate>() : scratch.ToArray();
        }

        if (_words.Count < MaxCachedWords)
        {
            _words.TryAdd(word, candidates);
        }

        return candidates;
    }

    // Capitals, and digits that look like capitals ("NAT0"): an acronym as typed.
    private static bool IsAllUpper(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsUpper(c) && LookAlike(c) == c)
            {
                return false;
            }
        }

        return true;
    }

    // The capital a digit is mistyped for (0 for O, 1 for I, 5 for S); any other character stands for itself.
    private static char LookAlike(char c) => c switch
    {
        '0' => 'O',
        '1' => 'I',
        '5' => 'S',
        _ => c,
    };

    // "the Macrons", "two Trumps": a name with a plural ending is not a misspelling of it.
    private bool IsPluralOfName(string word)
        => (word.EndsWith("s", System.StringComparison.Ordinal) && _names.IsNameWord(word.Substring(0, word.Length - 1)))
           || (word.EndsWith("es", System.StringComparison.Ordinal) && _names.IsNameWord(word.Substring(0, word.Length - 2)));

    // Same length, all capitals, and a digit only where the name has the letter it looks like ("NAT0" for NATO).
    private static bool IsAcronymMatch(string word, SpellingCandidate candidate)
    {
        if (candidate.Word.Length != word.Length || !candidate.IsAllUpper)
        {
            return false;
        }

        for (var k = 0; k < word.Length; k++)
        {
            if (char.IsDigit(word[k]) && LookAlike(word[k]) != char.ToUpperInvariant(candidate.Word[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsWordMatch(ReadOnlySpan<Token> tokens, int index, SpellingCandidate candidate, DocumentMentionState state)
    {
        var word = tokens[index].Text;
        if (candidate.Word.Length < 5 || candidate.IsAllUpper || char.ToUpperInvariant(word[0]) != char.ToUpperInvariant(candidate.Word[0])
            || BeforeOtherName(tokens, index, candidate))
        {
            return false;
        }

        // Context: the rest of the name is right beside it ("Jens Stoltenburg", "Vladmir Putin") ...
        if (IsNextToRestOfName(tokens, index, candidate))
        {
            return true;
        }

        // ... or the document names the entity correctly elsewhere and the word is not sentence-initial, where any word is
        // capitalized; a long surname of a person named in full before may open the sentence all the same ("Guteres said"),
        // as surnames so often do after a full mention.
        return (index > 0 || (IsSurnameStandingAlone(tokens, index, candidate, state) && OpensAsSubject(tokens, index)))
               && state.NamedAnywhere.Contains(candidate.EntityNumber) && candidate.Word.Length >= 6;
    }

    private static bool IsNameWordAt(ReadOnlySpan<Token> tokens, int k, string[] nameWords)
    {
        // An English function word is no evidence of a name: "of" in "Prince of Wales" would make "Waves of members" a
        // misspelled title. The particles of names ("von der Leyen") are.
        if (k < 0 || k >= tokens.Length || (!tokens[k].IsCapitalized && FunctionWords.Contains(tokens[k].Text)))
        {
            return false;
        }

        foreach (var w in nameWords)
        {
            if (string.Equals(w, tokens[k].Text, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // "King Gustav Vasa": a capitalized word after it that is no word of the name makes it another person's name.
    private static bool BeforeOtherName(ReadOnlySpan<Token> tokens, int index, SpellingCandidate candidate)
        => candidate.Entity.Type == Model.EntityType.Person && index + 1 < tokens.Length && tokens[index + 1] is { Kind: TokenKind.Word, IsCapitalized: true }
           && !IsNameWordAt(tokens, index + 1, candidate.OtherWords);

    // "Jens Stoltenburg", "Vladmir Putin": another word of the same name right beside it.
    private static bool IsNextToRestOfName(ReadOnlySpan<Token> tokens, int index, SpellingCandidate candidate)
    {
        var nameWords = candidate.OtherWords;
        return IsNameWordAt(tokens, index - 1, nameWords) || IsNameWordAt(tokens, index + 1, nameWords);
    }

    // "Guteres renewed his call" after "António Guterres" earlier: a long surname (seven letters or more, where another
    // person's surname one letter off is rare) of a person named in full before, standing alone as surnames do after a
    // full mention. A capitalized word beside it ("Martin Schulz", "Guteres Foundation") makes it another name.
    private static bool IsSurnameStandingAlone(ReadOnlySpan<Token> tokens, int index, SpellingCandidate candidate, DocumentMentionState state)
    {
        if (candidate.Entity.Type != Model.EntityType.Person || candidate.Word.Length < 7 || !state.NamedSoFar.Contains(candidate.EntityNumber)
            || (index > 0 && tokens[index - 1] is { Kind: TokenKind.Word, IsCapitalized: true })
            || (index + 1 < tokens.Length && tokens[index + 1] is { Kind: TokenKind.Word, IsCapitalized: true })
            || (index > 0 && PlacePrepositions.Contains(tokens[index - 1].Text)))
        {
            return false;
        }

        var words = NameIndex.Words(candidate.Entity.Name);
        return words.Count > 1 && string.Equals(words[words.Count - 1].Text, candidate.Word, StringComparison.Ordinal)
               && !IsWrittenBefore(state.Prose, tokens[index]);
    }

    // "Guteres said", "Guteres, a former prime minister,": a sentence-opening word is read as a person's surname only when
    // a verb or an apposition follows; "Cameroon and Gabon" opens with a country, not a person.
    private static bool OpensAsSubject(ReadOnlySpan<Token> tokens, int index)
        => index + 1 < tokens.Length
           && (tokens[index + 1].Text == ","
               || (tokens[index + 1] is { Kind: TokenKind.Word, IsCapitalized: false } next && !Conjunctions.Contains(next.Text)));

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal) { "of", "the", "and", "for", "in", "on", "at", "to", "a", "an" };

    private static readonly HashSet<string> Conjunctions = new(StringComparer.Ordinal) { "and", "or", "nor", "but" };

    // "talks with Cameroon", "a visit to Holland": after a preposition a word is more often a place than a person, so a word
    // there one letter off a surname is not reported as the surname.
    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "with", "to", "from", "in", "into", "of", "for", "against", "between", "at", "across", "towards", "toward", "via", "through",
    };

    // Whether the same word stands earlier in the document ("Ben Anderson ... Anderson said" after Magdalena Andersson):
    // a spelling used twice is a name of its own, or a habit the document keeps; either way not a slip to report.
    private static bool IsWrittenBefore(string prose, Token token)
    {
        var word = token.Text;
        var end = Math.Min(token.Span.Start, prose.Length);
        for (var at = prose.IndexOf(word, 0, end, StringComparison.Ordinal); at >= 0; at = at + 1 < end ? prose.IndexOf(word, at + 1, end - at - 1, StringComparison.Ordinal) : -1)
        {
            var before = at == 0 || !char.IsLetter(prose[at - 1]);
            var after = at + word.Length >= prose.Length || !char.IsLetter(prose[at + word.Length]);
            if (before && after)
            {
                return true;
            }
        }

        return false;
    }

    // "Mr Stoltenbreg", "President Macorn", "NATA allies", "NATA Secretary General": an honorific or a title before it,
    // or a title or member noun of one of the entity's own properties after it.
    private bool IsInNameContext(ReadOnlySpan<Token> tokens, int index, SpellingCandidate candidate)
    {
        var entity = candidate.Entity;
        if (entity.Type == Model.EntityType.Person && index > 0 && tokens[index - 1].Kind == TokenKind.Word && tokens[index - 1].IsCapitalized
            && (Honorifics.Contains(tokens[index - 1].Text) || IsTitleEnding(tokens, index)))
        {
            return !BeforeOtherName(tokens, index, candidate);
        }

        var title = _vocabulary.MatchTitle(tokens, index + 1);
        var noun = _vocabulary.MatchNoun(tokens, index + 1);
        return title.Properties.Concat(noun.Properties).Any(p => entity.GetFact(p.Name) is not null);
    }

    // Whether a vocabulary title ends right before the word ("Secretary General Stoltenbreg").
    private bool IsTitleEnding(ReadOnlySpan<Token> tokens, int index)
    {
        for (var start = System.Math.Max(0, index - 4); start < index; start++)
        {
            if (_vocabulary.MatchTitle(tokens, start).Length == index - start)
            {
                return true;
            }
        }

        return false;
    }
}
