using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
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

    /// <summary>The misspelled words of a sentence, by token index.</summary>
    public List<(int Index, SpellingCandidate Candidate)> Detect(IReadOnlyList<Token> tokens, DocumentMentionState state)
    {
        List<(int, SpellingCandidate)>? found = null;
        List<SpellingCandidate>? scratch = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Word || !token.IsCapitalized || token.Text.Length < 4)
            {
                continue;
            }

            var candidates = CandidatesOf(token.Text, ref scratch);
            if (candidates.Length == 0)
            {
                continue;
            }

            var isAcronym = IsAllUpper(token.Text);

            // Exactly one correction (one word, whatever the entity) passes; several: we cannot tell which was meant.
            SpellingCandidate? first = null;
            var ambiguous = false;
            foreach (var candidate in candidates)
            {
                // Once a correction is found, more entities with the same word cannot change the outcome: skip them
                // ("Republics" is one edit from the "Republic" of thousands of names).
                if (first is not null && string.Equals(first.Word, candidate.Word, StringComparison.Ordinal))
                {
                    continue;
                }

                if (!(isAcronym ? IsAcronymMatch(token.Text, candidate, state) : IsWordMatch(tokens, i, candidate, state)))
                {
                    continue;
                }

                if (first is null)
                {
                    first = candidate;
                }
                else if (!string.Equals(first.Word, candidate.Word, StringComparison.Ordinal))
                {
                    ambiguous = true;
                    break;
                }
            }

            if (first is not null && !ambiguous)
            {
                (found ??= new List<(int, SpellingCandidate)>()).Add((i, first));
            }
        }

        return found ?? new List<(int, SpellingCandidate)>(0);
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

    private static bool IsAllUpper(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAcronymMatch(string word, SpellingCandidate candidate, DocumentMentionState state)
        => candidate.Word.Length == word.Length
           && candidate.IsAllUpper
           && state.NamedAnywhere.Contains(candidate.Entity.Id);

    private static bool IsWordMatch(IReadOnlyList<Token> tokens, int index, SpellingCandidate candidate, DocumentMentionState state)
    {
        var word = tokens[index].Text;
        if (candidate.Word.Length < 5 || candidate.IsAllUpper || char.ToUpperInvariant(word[0]) != char.ToUpperInvariant(candidate.Word[0]))
        {
            return false;
        }

        // Context: the rest of the name is right beside it ("Jens Stoltenburg", "Vladmir Putin") ...
        var nameWords = candidate.OtherWords;
        if (IsNameWordAt(tokens, index - 1, nameWords) || IsNameWordAt(tokens, index + 1, nameWords))
        {
            return true;
        }

        // ... or the document names the entity correctly elsewhere and the word is not sentence-initial.
        return index > 0 && state.NamedAnywhere.Contains(candidate.Entity.Id) && candidate.Word.Length >= 6;
    }

    private static bool IsNameWordAt(IReadOnlyList<Token> tokens, int k, string[] nameWords)
    {
        if (k < 0 || k >= tokens.Count)
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
}
