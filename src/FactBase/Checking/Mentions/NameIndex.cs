using System;
using System.Collections.Generic;
using System.Linq;
using FactBase.Checking.Rules.EntityName;
using FactBase.Knowledge;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Mentions;

/// <summary>
/// Every way the knowledge base names its entities, as a token trie: looking up a mention costs one
/// hash probe per token, whatever the number of names.
/// </summary>
/// <remarks>
/// Built once per knowledge base and shared; immutable after construction. Lookups allocate nothing
/// on the common paths: the trie is probed with the token's text as written (the keys compare as
/// lowercase), and misspelling lookups probe the symmetric-delete table with a span.
/// </remarks>
public sealed class NameIndex
{
    private readonly NameTrie _trie;

    /// <summary>Symmetric-delete table: each form of a name word with at most one character deleted → the words it comes from.
    /// Keyed by a 64-bit hash of the form, not the form itself (a million short strings at 100k entities); a lookup keeps only
    /// the candidates that really have the form (<see cref="HasForm"/>), so a hash collision never changes a result.
    /// A value is one <see cref="SpellingCandidate"/> (the common case) or a <see cref="List{T}"/> of them.</summary>
    private readonly Dictionary<long, object> _deletes = new();
    private readonly HashSet<string> _nameWords = new(StringComparer.OrdinalIgnoreCase);

    // The longest word indexed for spelling; longer words cannot be one edit away from any of them.
    private int _longestSpellingWord;

    /// <summary>For each ASCII character, whether a token starting with it can start an accepted name.</summary>
    /// <remarks>
    /// Most tokens of prose ("the", "said", "of") start with a lowercase letter, and a lowercase word matches a name
    /// word only when spelled exactly like it (see <see cref="CaseMatches"/>): so unless some name starts with that very
    /// character, the token cannot start a name and <see cref="Match"/> skips the hash probe. An uppercase token may be a
    /// case variant, so both cases of every name's first character are marked.
    /// </remarks>
    private readonly bool[] _canStart = new bool[128];

    /// <summary>Indexes the names, aliases, adjectives and surnames of every entity.</summary>
    /// <param name="knowledgeBase">The knowledge base.</param>
    public NameIndex(KnowledgeBase knowledgeBase)
    {
        var trie = new NameTrie.Builder();

        // One candidate object per (word, entity, name), shared by all its delete forms.
        var candidates = new Dictionary<(string Word, string Name), SpellingCandidate>();
        foreach (var entity in knowledgeBase.Entities)
        {
            candidates.Clear();
            foreach (var name in new[] { entity.Name }.Concat(entity.Aliases))
            {
                var words = Words(name);
                Add(trie, words, entity, MentionKind.Name);
                if (entity.Type == EntityType.Person && words.Count >= 2 && words[words.Count - 1].Kind == TokenKind.Word && words[words.Count - 1].Text.Length >= 3)
                {
                    Add(trie, new List<Token> { words[words.Count - 1] }, entity, MentionKind.Surname);
                }

                string? joined = null;
                foreach (var word in words)
                {
                    if (word.Kind == TokenKind.Word)
                    {
                        _nameWords.Add(word.Text);
                        // Words past the limit are not indexed for spelling: their deletes cost length squared.
                        if (word.Text.Length >= 4 && word.Text.Length <= FactBaseLimits.MaxSpellingWordLength)
                        {
                            joined ??= string.Join(" ", words.Select(t => t.Text));
                            if (!candidates.ContainsKey((word.Text, joined)))
                            {
                                // Once per (word, entity, name): a repeated word or name adds nothing new.
                                var candidate = new SpellingCandidate(word.Text, entity, trie.NumberOf(entity), joined);
                                candidates[(word.Text, joined)] = candidate;
                                AddSpelling(candidate);
                            }
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

                Add(trie, Words(adjective), entity, MentionKind.Adjective);
            }
        }

        _trie = trie.Build();
    }

    /// <summary>Whether <paramref name="word"/> is (case-insensitively) a word of some known name or adjective.</summary>
    /// <param name="word">A word.</param>
    /// <returns><see langword="true"/> when some name or alias contains it.</returns>
    public bool IsNameWord(string word) => _nameWords.Contains(word);

    /// <summary>Whether a name may start with a token of this text: false for most words of prose, without a lookup.</summary>
    /// <param name="text">A token's text.</param>
    /// <returns><see langword="false"/> when no name starts with it, so <see cref="Match"/> would find nothing.</returns>
    internal bool CanStart(string text) => text.Length == 0 || text[0] >= _canStart.Length || _canStart[text[0]];

    /// <summary>Finds the longest name starting at token <paramref name="start"/>.</summary>
    /// <param name="tokens">The sentence's tokens, read as their texts say (a copy with misspellings corrected, if any).</param>
    /// <param name="start">The first token to try.</param>
    /// <returns>The matched length in tokens and the entries it names; length 0 when nothing matches.</returns>
    internal (int Length, IReadOnlyList<NameEntry> Entries) Match(ReadOnlySpan<Token> tokens, int start)
    {
        var key = _trie.RootKey;
        var bestLength = 0;
        IReadOnlyList<NameEntry> best = Array.Empty<NameEntry>();
        if (!CanStart(tokens[start].Text))
        {
            return (0, best);
        }

        for (var i = start; i < tokens.Length; i++)
        {
            // A possessive or a space-less hyphen ends a name ("NATO's", "NATO-led").
            if (i > start && tokens[i - 1].IsPossessive)
            {
                break;
            }

            // One hash of the token's text as written (the keys are lowercase) and usually one memory access.
            if (!_trie.TryFollow(ref key, tokens[i].Text, out var entries, out var more))
            {
                break;
            }

            if (entries.Length > 0 && Accepted(entries, tokens, start) is { Count: > 0 } accepted)
            {
                bestLength = i - start + 1;
                best = accepted;
            }

            if (!more)
            {
                break; // a leaf: no longer name starts with these words
            }
        }

        return (bestLength, best);
    }

    /// <summary>Known name words one edit away from <paramref name="word"/>.</summary>
    /// <param name="word">A word that is not itself a name word.</param>
    /// <returns>The candidates, each with its entity and the name it belongs to.</returns>
    internal IEnumerable<SpellingCandidate> SpellingCandidates(string word)
    {
        var found = new List<SpellingCandidate>();
        SpellingCandidates(word, found);
        return found;
    }

    /// <summary>Adds the known name words one edit away from <paramref name="word"/> to <paramref name="found"/>, in lookup order, each once.</summary>
    /// <param name="word">A word that is not itself a name word.</param>
    /// <param name="found">Receives the candidates.</param>
    /// <remarks>Not memoised here: <see cref="MisspellingDetector"/> remembers its per-word answers.</remarks>
    internal void SpellingCandidates(string word, List<SpellingCandidate> found)
    {
        // Generating the deletes of a word costs its length squared: a 1 MB "word" hung the checker.
        if (word.Length > _longestSpellingWord + 1)
        {
            return;
        }

        var lower = word.ToLowerInvariant();
        var start = found.Count;

        // The word itself, then every form with one character deleted (symmetric-delete lookup), in that order.
        for (var deleted = -1; deleted < lower.Length; deleted++)
        {
            if (_deletes.TryGetValue(FormHash(lower, deleted), out var value))
            {
                Collect(value, lower, deleted, found, start);
            }
        }
    }

    /// <summary>Tokenizes a name the way article text is tokenized.</summary>
    internal static List<Token> Words(string name) => Tokenizer.Tokenize(name, 0, name.Length);

    /// <summary>FNV-1a (64-bit) of <paramref name="word"/> without the character at <paramref name="deleted"/> (-1: none).</summary>
    private static long FormHash(string word, int deleted)
    {
        var hash = 14695981039346656037UL;
        for (var i = 0; i < word.Length; i++)
        {
            if (i != deleted)
            {
                hash = (hash ^ word[i]) * 1099511628211UL;
            }
        }

        return (long)hash;
    }

    /// <summary>Whether <paramref name="word"/> without the character at <paramref name="deleted"/> (-1: none) equals
    /// <paramref name="candidate"/> or <paramref name="candidate"/> with one character deleted.</summary>
    private static bool HasForm(string word, int deleted, string candidate)
    {
        var length = deleted < 0 ? word.Length : word.Length - 1;
        if (candidate.Length == length)
        {
            for (int i = 0, k = 0; i < word.Length; i++)
            {
                if (i != deleted && word[i] != candidate[k++])
                {
                    return false;
                }
            }

            return true;
        }

        if (candidate.Length != length + 1)
        {
            return false;
        }

        // The form is the candidate with one character deleted: skip one character of the candidate at the first difference.
        var skipped = false;
        for (int i = 0, k = 0; i < word.Length; i++)
        {
            if (i == deleted)
            {
                continue;
            }

            if (word[i] != candidate[k])
            {
                if (skipped || word[i] != candidate[k + 1])
                {
                    return false;
                }

                skipped = true;
                k++;
            }

            k++;
        }

        return true;
    }

    private static void Collect(object value, string lower, int deleted, List<SpellingCandidate> found, int start)
    {
        // Duplicates (a candidate reached through two delete forms) are rare and the lists short; a word that
        // many names share switches to a set so the lookup stays linear.
        HashSet<SpellingCandidate>? set = null;
        switch (value)
        {
            case SpellingCandidate single:
                Consider(single);
                break;
            case List<SpellingCandidate> list:
                foreach (var candidate in list)
                {
                    Consider(candidate);
                }

                break;
        }

        void Consider(SpellingCandidate candidate)
        {
            if (!HasForm(lower, deleted, candidate.LowerWord))
            {
                return; // another form with the same hash
            }

            // Each (word, entity, name) is one object, so identity is equality here.
            if (found.Count - start > 16)
            {
                if (set is null)
                {
                    set = new HashSet<SpellingCandidate>(ReferenceComparer.Instance);
                    for (var k = start; k < found.Count; k++)
                    {
                        set.Add(found[k]);
                    }
                }

                if (set.Contains(candidate))
                {
                    return;
                }
            }
            else
            {
                for (var k = start; k < found.Count; k++)
                {
                    if (ReferenceEquals(found[k], candidate))
                    {
                        return;
                    }
                }
            }

            if (EditDistance.IsAtMostOne(lower, candidate.LowerWord))
            {
                found.Add(candidate);
                set?.Add(candidate);
            }
        }
    }

    /// <summary>The entries whose case matches the text: all of them (the stored list, no copy) or a filtered copy.</summary>
    private static IReadOnlyList<NameEntry> Accepted(NameEntry[] entries, ReadOnlySpan<Token> tokens, int start)
    {
        var all = true;
        foreach (var entry in entries)
        {
            if (!CaseMatches(tokens, start, entry.Words))
            {
                all = false;
                break;
            }
        }

        if (all)
        {
            return entries;
        }

        var accepted = new List<NameEntry>(entries.Length);
        foreach (var entry in entries)
        {
            if (CaseMatches(tokens, start, entry.Words))
            {
                accepted.Add(entry);
            }
        }

        return accepted;
    }

    private static bool CaseMatches(ReadOnlySpan<Token> tokens, int start, IReadOnlyList<string> words)
    {
        for (var k = 0; k < words.Count; k++)
        {
            var text = tokens[start + k].Text;
            var word = words[k];
            if (string.Equals(text, word, StringComparison.Ordinal))
            {
                continue;
            }

            // The trie's edges are hashes, not words: confirm the word (a no-op but for a hash collision).
            if (!InvariantLowerComparer.Instance.Equals(text, word))
            {
                return false;
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

    private void Add(NameTrie.Builder trie, List<Token> words, Entity entity, MentionKind kind)
    {
        if (words.Count == 0)
        {
            return;
        }

        var c = words[0].Text[0];
        if (c < _canStart.Length)
        {
            _canStart[c] = true;
            _canStart[char.ToUpperInvariant(c)] = true;
        }

        trie.Add(words.Select(w => w.Text).ToArray(), entity, kind);
    }

    private void AddSpelling(SpellingCandidate candidate)
    {
        var lower = candidate.LowerWord;
        _longestSpellingWord = Math.Max(_longestSpellingWord, lower.Length);
        for (var deleted = -1; deleted < lower.Length; deleted++)
        {
            AddVariant(FormHash(lower, deleted), candidate);
        }
    }

    private void AddVariant(long variant, SpellingCandidate candidate)
    {
        if (!_deletes.TryGetValue(variant, out var value))
        {
            _deletes[variant] = candidate;
        }
        else if (value is SpellingCandidate single)
        {
            if (!ReferenceEquals(single, candidate))
            {
                _deletes[variant] = new List<SpellingCandidate>(2) { single, candidate };
            }
        }
        else
        {
            // A candidate's forms are added together, so a repeat (equal forms of one word, "llama" → "lama" twice, or two
            // forms with one hash) can only be the last one added: no linear search, which was quadratic for words that many
            // names share ("Republic", "United").
            var list = (List<SpellingCandidate>)value;
            if (!ReferenceEquals(list[list.Count - 1], candidate))
            {
                list.Add(candidate);
            }
        }
    }

    private sealed class ReferenceComparer : IEqualityComparer<SpellingCandidate>
    {
        public static readonly ReferenceComparer Instance = new();

        public bool Equals(SpellingCandidate? x, SpellingCandidate? y) => ReferenceEquals(x, y);

        public int GetHashCode(SpellingCandidate obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}

/// <summary>One way of naming an entity, as stored in the <see cref="NameIndex"/>.</summary>
/// <param name="Entity">The entity.</param>
/// <param name="Kind">Name, adjective or surname.</param>
/// <param name="Words">The name's tokens as written in the facts.</param>
internal sealed record NameEntry(Entity Entity, MentionKind Kind, IReadOnlyList<string> Words)
{
    /// <summary>The entity's number in its <see cref="NameIndex"/>, equal for equal ids (see <see cref="NameTrie.Builder.NumberOf"/>):
    /// the per-document sets of named entities hold numbers, so adding an entity neither hashes nor reads its id.</summary>
    public int EntityNumber { get; init; }
}

/// <summary>A known name word that a misspelled word may stand for; one object per (word, entity, name).</summary>
internal sealed class SpellingCandidate
{
    private string[]? _otherWords;

    public SpellingCandidate(string word, Entity entity, int entityNumber, string name)
    {
        Word = word;
        Entity = entity;
        EntityNumber = entityNumber;
        Name = name;
        LowerWord = word.ToLowerInvariant();
        IsAllUpper = word.All(char.IsUpper);
    }

    /// <summary>The correct word ("Stoltenberg").</summary>
    public string Word { get; }

    /// <summary>The entity whose name contains it.</summary>
    public Entity Entity { get; }

    /// <summary>The entity's number in the <see cref="NameIndex"/> (<see cref="NameEntry.EntityNumber"/>).</summary>
    public int EntityNumber { get; }

    /// <summary>The whole name it belongs to ("Jens Stoltenberg").</summary>
    public string Name { get; }

    /// <summary><see cref="Word"/> lowercased (invariant).</summary>
    public string LowerWord { get; }

    /// <summary>Whether every character of <see cref="Word"/> is uppercase (an acronym: "NATO").</summary>
    public bool IsAllUpper { get; }

    /// <summary>The word tokens of <see cref="Name"/> other than <see cref="Word"/> ("Jens"), computed on first use.</summary>
    public string[] OtherWords => _otherWords ??= NameIndex.Words(Name).Where(t => t.Kind == TokenKind.Word).Select(t => t.Text).Where(w => w != Word).ToArray();

    /// <inheritdoc/>
    public override string ToString() => $"{Word} ({Name}, {Entity.Id})";
}
