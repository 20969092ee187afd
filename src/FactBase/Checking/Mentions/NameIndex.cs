using System;
using System.Collections.Generic;
using System.Linq;
using FactBase.Knowledge;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Mentions;

/// <summary>
/// Every way the knowledge base names its entities, as a token trie: looking up a mention costs one
/// hash probe per token, whatever the number of names.
/// </summary>
/// <remarks>Built once per knowledge base and shared; immutable after construction.</remarks>
public sealed class NameIndex
{
    private readonly Node _root = new();
    private readonly Dictionary<string, List<SpellingCandidate>> _deletes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _nameWords = new(StringComparer.OrdinalIgnoreCase);

    // The longest word indexed for spelling; longer words cannot be one edit away from any of them.
    private int _longestSpellingWord;

    /// <summary>Indexes the names, aliases, adjectives and surnames of every entity.</summary>
    /// <param name="knowledgeBase">The knowledge base.</param>
    public NameIndex(KnowledgeBase knowledgeBase)
    {
        foreach (var entity in knowledgeBase.Entities)
        {
            foreach (var name in new[] { entity.Name }.Concat(entity.Aliases))
            {
                var words = Words(name);
                Add(words, entity, MentionKind.Name);
                if (entity.Type == EntityType.Person && words.Count >= 2 && words[words.Count - 1].Kind == TokenKind.Word && words[words.Count - 1].Text.Length >= 3)
                {
                    Add(new List<Token> { words[words.Count - 1] }, entity, MentionKind.Surname);
                }

                foreach (var word in words)
                {
                    if (word.Kind == TokenKind.Word)
                    {
                        _nameWords.Add(word.Text);
                        // Words past the limit are not indexed for spelling: their deletes cost length squared.
                        if (word.Text.Length >= 4 && word.Text.Length <= FactBaseLimits.MaxSpellingWordLength)
                        {
                            AddSpelling(word.Text, entity, words);
                        }
                    }
                }
            }

            foreach (var adjective in entity.Adjectives)
            {
                // "American" is a word of the US, not a misspelling of "America".
                foreach (var word in Words(adjective).Where(w => w.Kind == TokenKind.Word))
                {
                    _nameWords.Add(word.Text);
                }

                Add(Words(adjective), entity, MentionKind.Adjective);
            }
        }
    }

    /// <summary>Whether <paramref name="word"/> is (case-insensitively) a word of some known name or adjective.</summary>
    /// <param name="word">A word.</param>
    /// <returns><see langword="true"/> when some name or alias contains it.</returns>
    public bool IsNameWord(string word) => _nameWords.Contains(word);

    /// <summary>Finds the longest name starting at token <paramref name="start"/>.</summary>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="texts">The tokens' texts, with known misspellings corrected.</param>
    /// <param name="start">The first token to try.</param>
    /// <returns>The matched length in tokens and the entries it names; length 0 when nothing matches.</returns>
    internal (int Length, IReadOnlyList<NameEntry> Entries) Match(IReadOnlyList<Token> tokens, IReadOnlyList<string> texts, int start)
    {
        var node = _root;
        var bestLength = 0;
        IReadOnlyList<NameEntry> best = Array.Empty<NameEntry>();
        for (var i = start; i < tokens.Count; i++)
        {
            // A possessive or a space-less hyphen ends a name ("NATO's", "NATO-led").
            if (i > start && tokens[i - 1].IsPossessive)
            {
                break;
            }

            if (!node.Children.TryGetValue(Normalize(texts[i]), out var next))
            {
                break;
            }

            node = next;
            if (node.Entries.Count > 0)
            {
                var accepted = node.Entries.Where(e => CaseMatches(tokens, texts, start, e.Words)).ToList();
                if (accepted.Count > 0)
                {
                    bestLength = i - start + 1;
                    best = accepted;
                }
            }
        }

        return (bestLength, best);
    }

    /// <summary>Known name words one edit away from <paramref name="word"/>.</summary>
    /// <param name="word">A word that is not itself a name word.</param>
    /// <returns>The candidates, each with its entity and the name it belongs to.</returns>
    internal IEnumerable<SpellingCandidate> SpellingCandidates(string word)
    {
        // Generating the deletes of a word costs its length squared: a 1 MB "word" hung the checker.
        if (word.Length > _longestSpellingWord + 1)
        {
            yield break;
        }

        var seen = new HashSet<SpellingCandidate>();
        foreach (var variant in Deletes(word.ToLowerInvariant()))
        {
            if (!_deletes.TryGetValue(variant, out var candidates))
            {
                continue;
            }

            foreach (var candidate in candidates)
            {
                if (seen.Add(candidate) && EditDistance.IsAtMostOne(word.ToLowerInvariant(), candidate.Word.ToLowerInvariant()))
                {
                    yield return candidate;
                }
            }
        }
    }

    /// <summary>The normalized form of a token used as a trie key.</summary>
    internal static string Normalize(string text) => text.ToLowerInvariant();

    /// <summary>Tokenizes a name the way article text is tokenized.</summary>
    internal static List<Token> Words(string name) => Tokenizer.Tokenize(name, 0, name.Length);

    private static bool CaseMatches(IReadOnlyList<Token> tokens, IReadOnlyList<string> texts, int start, IReadOnlyList<string> words)
    {
        for (var k = 0; k < words.Count; k++)
        {
            var text = texts[start + k];
            var word = words[k];
            if (string.Equals(text, word, StringComparison.Ordinal))
            {
                continue;
            }

            // Case variants ("Nato" for "NATO") are accepted for longer words that start with a capital,
            // but short ones must match exactly, so "us" is never "US".
            if (word.Length >= 4 && text.Length > 0 && char.IsUpper(text[0]))
            {
                continue;
            }

            if (!char.IsLetter(word[0]))
            {
                continue;
            }

            return false;
        }

        return true;
    }

    private void Add(List<Token> words, Entity entity, MentionKind kind)
    {
        if (words.Count == 0)
        {
            return;
        }

        var node = _root;
        foreach (var word in words)
        {
            var key = Normalize(word.Text);
            if (!node.Children.TryGetValue(key, out var next))
            {
                node.Children[key] = next = new Node();
            }

            node = next;
        }

        if (!node.Entries.Any(e => e.Entity.Id == entity.Id && e.Kind == kind))
        {
            node.Entries.Add(new NameEntry(entity, kind, words.Select(w => w.Text).ToArray()));
        }
    }

    private void AddSpelling(string word, Entity entity, List<Token> name)
    {
        var candidate = new SpellingCandidate(word, entity, string.Join(" ", name.Select(t => t.Text)));
        _longestSpellingWord = Math.Max(_longestSpellingWord, word.Length);
        foreach (var variant in Deletes(word.ToLowerInvariant()))
        {
            if (!_deletes.TryGetValue(variant, out var list))
            {
                _deletes[variant] = list = new List<SpellingCandidate>();
            }

            if (!list.Contains(candidate))
            {
                list.Add(candidate);
            }
        }
    }

    /// <summary>The word itself and every form with one character deleted (symmetric-delete lookup).</summary>
    private static IEnumerable<string> Deletes(string word)
    {
        yield return word;
        for (var i = 0; i < word.Length; i++)
        {
            yield return word.Remove(i, 1);
        }
    }

    private sealed class Node
    {
        public Dictionary<string, Node> Children { get; } = new(StringComparer.Ordinal);

        public List<NameEntry> Entries { get; } = new();
    }
}

/// <summary>One way of naming an entity, as stored in the <see cref="NameIndex"/>.</summary>
/// <param name="Entity">The entity.</param>
/// <param name="Kind">Name, adjective or surname.</param>
/// <param name="Words">The name's tokens as written in the facts.</param>
internal sealed record NameEntry(Entity Entity, MentionKind Kind, IReadOnlyList<string> Words);

/// <summary>A known name word that a misspelled word may stand for.</summary>
/// <param name="Word">The correct word ("Stoltenberg").</param>
/// <param name="Entity">The entity whose name contains it.</param>
/// <param name="Name">The whole name it belongs to ("Jens Stoltenberg").</param>
internal sealed record SpellingCandidate(string Word, Entity Entity, string Name);
