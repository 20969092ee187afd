using System.Collections.Generic;
using System.Linq;
using FactBase.Text;

namespace FactBase.Checking.Mentions;

/// <summary>
/// Finds words that are probably misspelled names: one edit from a known name word, not a known
/// word themselves, and backed by context. When unsure it stays silent: a false alarm costs more than a miss.
/// </summary>
internal sealed class MisspellingDetector
{
    private readonly NameIndex _names;
    private readonly VocabularyIndex _vocabulary;

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
    public List<(int Index, SpellingCandidate Candidate, bool Certain)> Detect(IReadOnlyList<Token> tokens, DocumentMentionState state)
    {
        var found = new List<(int, SpellingCandidate, bool)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Word || !token.IsCapitalized || token.Text.Length < 4
                || _names.IsNameWord(token.Text) || _vocabulary.Words.Contains(token.Text) || token.Text.Contains('.') || IsPluralOfName(token.Text))
            {
                continue;
            }

            var isAcronym = IsAcronym(token.Text);
            var candidates = _names.SpellingCandidates(token.Text)
                .Where(c => isAcronym ? IsAcronymMatch(token.Text, c, state) : IsWordMatch(tokens, i, c, state))
                .GroupBy(c => c.Word)
                .ToList();

            // Several spellings of one entity's name ("Zelenskky": Zelensky, Zelenskyy): suggest the canonical one.
            if (candidates.Count > 1 && candidates.Select(g => g.First().Entity.Id).Distinct().Count() == 1)
            {
                var entity = candidates[0].First().Entity;
                candidates = candidates.Where(g => NameIndex.Words(entity.Name).Any(w => w.Text == g.Key)).ToList();
            }

            // Several different corrections: we cannot tell which was meant.
            if (candidates.Count == 1)
            {
                var candidate = candidates[0].First();
                var certain = (!isAcronym && IsNextToRestOfName(tokens, i, candidate)) || IsInNameContext(tokens, i, candidate);
                found.Add((i, candidate, certain));
            }
        }

        return found;
    }

    /// <summary>Whether a word is written in capitals only ("NATO").</summary>
    public static bool IsAcronym(string word) => word.All(char.IsUpper);

    // "the Macrons", "two Trumps": a name with a plural ending is not a misspelling of it.
    private bool IsPluralOfName(string word)
        => (word.EndsWith("s", System.StringComparison.Ordinal) && _names.IsNameWord(word.Substring(0, word.Length - 1)))
           || (word.EndsWith("es", System.StringComparison.Ordinal) && _names.IsNameWord(word.Substring(0, word.Length - 2)));

    private static bool IsAcronymMatch(string word, SpellingCandidate candidate, DocumentMentionState state)
        => candidate.Word.Length == word.Length
           && candidate.Word.All(char.IsUpper)
           && state.NamedAnywhere.Contains(candidate.Entity.Id);

    private static bool IsWordMatch(IReadOnlyList<Token> tokens, int index, SpellingCandidate candidate, DocumentMentionState state)
    {
        var word = tokens[index].Text;
        if (candidate.Word.Length < 5 || candidate.Word.All(char.IsUpper) || char.ToUpperInvariant(word[0]) != char.ToUpperInvariant(candidate.Word[0]))
        {
            return false;
        }

        // Context: the rest of the name is right beside it ("Jens Stoltenburg", "Vladmir Putin") ...
        if (IsNextToRestOfName(tokens, index, candidate))
        {
            return true;
        }

        // ... or the document names the entity correctly elsewhere and the word is not sentence-initial.
        return index > 0 && state.NamedAnywhere.Contains(candidate.Entity.Id) && candidate.Word.Length >= 6;
    }

    // "Jens Stoltenburg", "Vladmir Putin": another word of the same name right beside it.
    private static bool IsNextToRestOfName(IReadOnlyList<Token> tokens, int index, SpellingCandidate candidate)
    {
        var nameWords = NameIndex.Words(candidate.Name).Where(t => t.Kind == TokenKind.Word).Select(t => t.Text).Where(w => w != candidate.Word).ToList();
        bool IsNameWordAt(int k) => k >= 0 && k < tokens.Count && nameWords.Any(w => string.Equals(w, tokens[k].Text, System.StringComparison.OrdinalIgnoreCase));
        return IsNameWordAt(index - 1) || IsNameWordAt(index + 1);
    }

    // "Mr Stoltenbreg", "President Macorn", "NATA allies", "NATA Secretary General": an honorific or a title before it,
    // or a title or member noun of one of the entity's own properties after it.
    private bool IsInNameContext(IReadOnlyList<Token> tokens, int index, SpellingCandidate candidate)
    {
        var entity = candidate.Entity;
        if (entity.Type == Model.EntityType.Person && index > 0 && tokens[index - 1].Kind == TokenKind.Word && tokens[index - 1].IsCapitalized
            && (Honorifics.Contains(tokens[index - 1].Text) || IsTitleEnding(tokens, index)))
        {
            return true;
        }

        var title = _vocabulary.MatchTitle(tokens, index + 1);
        var noun = _vocabulary.MatchNoun(tokens, index + 1);
        return title.Properties.Concat(noun.Properties).Any(p => entity.GetFact(p.Name) is not null);
    }

    // Whether a vocabulary title ends right before the word ("Secretary General Stoltenbreg").
    private bool IsTitleEnding(IReadOnlyList<Token> tokens, int index)
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
