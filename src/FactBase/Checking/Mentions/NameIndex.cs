using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using FactBase.Checking.Rules.EntityName;
using FactBase.Knowledge;
using FactBase.Memory;
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
    private readonly IReadOnlyList<Entity> _entities;

    // Each entity's number (NameTrie.Builder.NumberOf), by its place in the knowledge base; -1 for one without a name.
    private readonly NumberBlock<int> _numbers;

    private readonly NameTrie _trie;

    /// <summary>Symmetric-delete table: each form of a name word with at most one character deleted → the spelling
    /// candidates it comes from, by number. Keyed by a 64-bit hash of the form, not the form itself (a million short
    /// strings at 100k entities); a lookup keeps only the candidates that really have the form (<see cref="HasForm"/>),
    /// so a hash collision never changes a result.</summary>
    private readonly SpellingTable _deletes;

    // The candidates by number, each made on first use from (entity index, name source, word index) when the index was
    // read from a compiled snapshot.
    private readonly OnDemandSlots<SpellingCandidate> _candidates;
    private readonly NumberBlock<int> _candidateOrigins;

    // Each entity's number of aliases and of adjectives, in pairs, that a snapshot's entries and candidates are checked
    // against when first made; null for an index built in this process.
    private readonly NumberBlock<int> _nameCounts;

    // Every word of a name, alias or adjective: a set for an index built in this process, a table used where it lies
    // for one read from a compiled snapshot (which would otherwise make every name word at every start).
    private readonly HashSet<string>? _nameWords;
    private readonly WordLists? _storedWords;

    // The longest word indexed for spelling; longer words cannot be one edit away from any of them.
    private readonly int _longestSpellingWord;

    /// <summary>For each ASCII character, whether a token starting with it can start an accepted name.</summary>
    /// <remarks>
    /// Most tokens of prose ("the", "said", "of") start with a lowercase letter, and a lowercase word matches a name
    /// word only when spelled exactly like it (see <see cref="CaseMatches"/>): so unless some name starts with that very
    /// character, the token cannot start a name and <see cref="Match"/> skips the hash probe. An uppercase token may be a
    /// case variant, so both cases of every name's first character are marked.
    /// </remarks>
    private readonly bool[] _canStart;

    /// <summary>Indexes the names, aliases, adjectives and surnames of every entity.</summary>
    /// <param name="knowledgeBase">The knowledge base.</param>
    public NameIndex(KnowledgeBase knowledgeBase)
    {
        _entities = knowledgeBase.Entities;
        _canStart = new bool[128];
        _nameWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var trie = new NameTrie.Builder();
        var created = new List<SpellingCandidate>();
        var origins = new List<int>();
        var forms = new List<long>();
        var formCandidates = new List<int>();
        var longest = 0;

        // One candidate object per (word, entity, name), shared by all its delete forms.
        var candidates = new Dictionary<(string Word, string Name), SpellingCandidate>();
        for (var e = 0; e < _entities.Count; e++)
        {
            var entity = _entities[e];
            candidates.Clear();
            for (var source = 0; source <= entity.Aliases.Count; source++)
            {
                var name = source == 0 ? entity.Name : entity.Aliases[source - 1];
                var words = Words(name);
                Add(trie, words, entity, MentionKind.Name, e, source);
                if (entity.Type == EntityType.Person && words.Count >= 2 && words[words.Count - 1].Kind == TokenKind.Word && words[words.Count - 1].Text.Length >= 3)
                {
                    Add(trie, new List<Token> { words[words.Count - 1] }, entity, MentionKind.Surname, e, source);
                }

                string? joined = null;
                for (var w = 0; w < words.Count; w++)
                {
                    var word = words[w];
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
                                longest = Math.Max(longest, candidate.LowerWord.Length);
                                AddForms(candidate.LowerWord, created.Count, forms, formCandidates);
                                created.Add(candidate);
                                origins.Add(e);
                                origins.Add(source);
                                origins.Add(w);
                            }
                        }
                    }
                }
            }

            for (var a = 0; a < entity.Adjectives.Count; a++)
            {
                // "American" is a word of the US, not a misspelling of "America".
                var words = Words(entity.Adjectives[a]);
                foreach (var word in words.Where(w => w.Kind == TokenKind.Word))
                {
                    _nameWords.Add(word.Text);
                }

                Add(trie, words, entity, MentionKind.Adjective, e, a);
            }
        }

        _trie = trie.Build();
        _deletes = SpellingTable.Build(forms, formCandidates);
        _candidates = new OnDemandSlots<SpellingCandidate>(created.Count);
        for (var c = 0; c < created.Count; c++)
        {
            _candidates.Set(c, created[c]);
        }

        _candidateOrigins = NumberBlock<int>.Of(origins.ToArray());
        _longestSpellingWord = longest;
        var numbers = new int[_entities.Count];
        for (var e = 0; e < numbers.Length; e++)
        {
            numbers[e] = trie.NumberOrNone(_entities[e]);
        }

        _numbers = NumberBlock<int>.Of(numbers);
    }

    private NameIndex(IReadOnlyList<Entity> entities, NumberBlock<int> numbers, Func<NameIndex, NameTrie?> trie, SpellingTable deletes, NumberBlock<int> candidateOrigins, WordLists nameWords, int longestSpellingWord, bool[] canStart, NumberBlock<int> nameCounts)
    {
        _entities = entities;
        _nameCounts = nameCounts;
        _numbers = numbers;
        _deletes = deletes;
        _candidates = new OnDemandSlots<SpellingCandidate>(candidateOrigins.Length / 3);
        _candidateOrigins = candidateOrigins;
        _storedWords = nameWords;
        _longestSpellingWord = longestSpellingWord;
        _canStart = canStart;
        _trie = trie(this) ?? throw new ArgumentException("the name table is inconsistent", nameof(trie));
    }

    /// <summary>The index as flat data for a compiled snapshot (<see cref="FromData"/> reads it back).</summary>
    /// <returns>The data, or <see langword="null"/> when the index cannot be kept.</returns>
    internal NameIndexData? ToData()
    {
        if (_trie.Export() is not { } trie)
        {
            return null;
        }

        var nameWords = _storedWords ?? WordLists.Of(_nameWords!);
        return new NameIndexData(_numbers, trie.Tags, trie.SlotStarts, trie.Origins, _trie.RootKey, _deletes.Buckets, _deletes.Fingerprints, _deletes.Candidates, _candidateOrigins, nameWords, _longestSpellingWord, _canStart);
    }

    /// <summary>The index of <paramref name="knowledgeBase"/> from the data <see cref="ToData"/> gave for the same
    /// entities, in the same order; names and candidates are made on first use, each checked against the entities then.</summary>
    /// <returns>The index, or <see langword="null"/> when the data does not fit these entities.</returns>
    /// <param name="knowledgeBase">The knowledge base of those entities.</param>
    /// <param name="data">The index as data.</param>
    /// <param name="given">Each entity's number of aliases and of adjectives, in pairs, to check the data against
    /// without making the entities; <see langword="null"/>: read them from the entities.</param>
    internal static NameIndex? FromData(KnowledgeBase knowledgeBase, NameIndexData data, NumberBlock<int>? given = null)
    {
        var entities = knowledgeBase.Entities;
        NumberBlock<int> nameCounts;
        if (given is { } counts)
        {
            nameCounts = counts;
        }
        else
        {
            var made = new int[2 * entities.Count];
            for (var e = 0; e < entities.Count; e++)
            {
                made[2 * e] = entities[e].Aliases.Count;
                made[(2 * e) + 1] = entities[e].Adjectives.Count;
            }

            nameCounts = NumberBlock<int>.Of(made);
        }

        if (nameCounts.Length != 2 * entities.Count)
        {
            return null;
        }

        // The name entries and spelling candidates are checked against the entities when first made (EntryOf, CandidateOf):
        // a pass over all of them here would read the whole index at every start.
        if (data.Numbers.Length != entities.Count || data.CanStart.Length != 128 || data.CandidateOrigins.Length % 3 != 0 || data.SlotOrigins.Length % 2 != 0)
        {
            return null;
        }

        if (SpellingTable.FromBlocks(data.Buckets, data.Fingerprints, data.Candidates) is not { } deletes)
        {
            return null;
        }

        try
        {
            return new NameIndex(entities, data.Numbers, index => NameTrie.FromBlocks(data.Tags, data.SlotStarts, data.SlotOrigins, data.RootKey, index.EntryOf), deletes, data.CandidateOrigins, data.NameWords, data.LongestSpellingWord, data.CanStart, nameCounts);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool IsSource(NumberBlock<int> nameCounts, int entity, int source, MentionKind kind)
        => (uint)entity < (uint)(nameCounts.Length / 2) && source >= 0
           && source <= (kind == MentionKind.Adjective ? nameCounts[(2 * entity) + 1] - 1 : nameCounts[2 * entity]);

    // A name entry of a snapshot's trie, as the constructor made it: the words of the name, alias or adjective, or the
    // surname alone.
    private NameEntry EntryOf(int entityIndex, int kindAndSource)
    {
        var kind = (MentionKind)(kindAndSource & 7);
        var source = kindAndSource >> 3;
        if (kind is not (MentionKind.Name or MentionKind.Surname or MentionKind.Adjective) || !IsSource(_nameCounts, entityIndex, source, kind))
        {
            throw new InvalidDataException("the name index does not fit its entities");
        }

        var entity = _entities[entityIndex];
        var text = kind == MentionKind.Adjective ? entity.Adjectives[source] : source == 0 ? entity.Name : entity.Aliases[source - 1];
        var words = Words(text);
        var texts = kind == MentionKind.Surname ? new[] { words[words.Count - 1].Text } : words.Select(w => w.Text).ToArray();
        return new NameEntry(entity, kind, texts) { EntityNumber = _numbers[entityIndex], EntityIndex = entityIndex, Source = source };
    }

    // A spelling candidate, made once from where it comes from; a thread that loses the race uses the winner's.
    private SpellingCandidate CandidateOf(int number)
    {
        if ((uint)number >= (uint)_candidates.Length)
        {
            throw new InvalidDataException("the spelling table's candidates are out of range");
        }

        if (_candidates[number] is { } made)
        {
            return made;
        }

        var entityIndex = _candidateOrigins[3 * number];
        var source = _candidateOrigins[(3 * number) + 1];
        if (!IsSource(_nameCounts, entityIndex, source, MentionKind.Name) || _candidateOrigins[(3 * number) + 2] < 0)
        {
            throw new InvalidDataException("the name index does not fit its entities");
        }

        // The name alone, read without making the entity: most candidates a lookup finds are weighed by their words and
        // dropped, and a snapshot's entity is made only when a candidate's is asked for.
        var words = Words(_entities is IEntityNames names ? names.NameOf(entityIndex, source) : NameOf(_entities[entityIndex], source));
        var word = _candidateOrigins[(3 * number) + 2];
        var candidate = new SpellingCandidate(words[Math.Min(word, words.Count - 1)].Text, _entities, entityIndex, _numbers[entityIndex], string.Join(" ", words.Select(t => t.Text)));
        return _candidates.Set(number, candidate);
    }

    private static string NameOf(Entity entity, int source) => source == 0 ? entity.Name : entity.Aliases[source - 1];

    /// <summary>Whether <paramref name="word"/> is (case-insensitively) a word of some known name or adjective.</summary>
    /// <param name="word">A word.</param>
    /// <returns><see langword="true"/> when some name or alias contains it.</returns>
    public bool IsNameWord(string word) => _nameWords?.Contains(word) ?? _storedWords!.Contains(word);

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
        HashSet<SpellingCandidate>? set = null;
        for (var deleted = -1; deleted < lower.Length; deleted++)
        {
            var i = _deletes.Find(FormHash(lower, deleted), out var fingerprint, out var end);
            for (; i < end; i++)
            {
                if (_deletes.CandidateAt(i, fingerprint) is var number and >= 0)
                {
                    Consider(CandidateOf(number), lower, deleted, found, start, ref set);
                }
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

    private static void Consider(SpellingCandidate candidate, string lower, int deleted, List<SpellingCandidate> found, int start, ref HashSet<SpellingCandidate>? set)
    {
        if (!HasForm(lower, deleted, candidate.LowerWord))
        {
            return; // another form with the same hash or fingerprint
        }

        // Each (word, entity, name) is one object, so identity is equality here. Duplicates (a candidate reached through
        // two delete forms) are rare and the lists short; a word that many names share switches to a set so the lookup
        // stays linear.
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

    private void Add(NameTrie.Builder trie, List<Token> words, Entity entity, MentionKind kind, int entityIndex, int source)
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

        trie.Add(words.Select(w => w.Text).ToArray(), entity, kind, entityIndex, source);
    }

    // Every form of a candidate's word with at most one character deleted; a form that repeats (equal forms of one word,
    // "llama" → "lama" twice, or two forms with one hash) is added once.
    private static void AddForms(string lower, int candidate, List<long> forms, List<int> candidates)
    {
        var first = forms.Count;
        for (var deleted = -1; deleted < lower.Length; deleted++)
        {
            var form = FormHash(lower, deleted);
            var repeated = false;
            for (var k = first; k < forms.Count && !repeated; k++)
            {
                repeated = forms[k] == form;
            }

            if (!repeated)
            {
                forms.Add(form);
                candidates.Add(candidate);
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

    /// <summary>The entity's place in the knowledge base's list, or -1 (a compiled snapshot keeps entries by it).</summary>
    public int EntityIndex { get; init; } = -1;

    /// <summary>Which words of the entity these are: for a name or surname 0 for its name and k for its k-th alias, for an
    /// adjective its place among the adjectives; -1 when not known.</summary>
    public int Source { get; init; } = -1;

    /// <summary>Whether the entity is a person, kept beside the entry: the mention finder asks it of every name found, and
    /// the entity itself lies elsewhere in memory (a cache miss per name at 10k entities).</summary>
    public bool IsPerson { get; } = Entity.Type == EntityType.Person;
}

/// <summary>A known name word that a misspelled word may stand for; one object per (word, entity, name).</summary>
internal sealed class SpellingCandidate
{
    private readonly IReadOnlyList<Entity>? _entities;
    private readonly int _entityIndex;
    private Entity? _entity;
    private string[]? _otherWords;

    public SpellingCandidate(string word, Entity entity, int entityNumber, string name)
        : this(word, entityNumber, name)
    {
        _entity = entity;
    }

    /// <summary>A candidate whose entity is made when first asked for (<see cref="Entity"/>), from the knowledge base's list.</summary>
    public SpellingCandidate(string word, IReadOnlyList<Entity> entities, int entityIndex, int entityNumber, string name)
        : this(word, entityNumber, name)
    {
        _entities = entities;
        _entityIndex = entityIndex;
    }

    private SpellingCandidate(string word, int entityNumber, string name)
    {
        Word = word;
        EntityNumber = entityNumber;
        Name = name;
        LowerWord = word.ToLowerInvariant();
        IsAllUpper = word.All(char.IsUpper);
    }

    /// <summary>The correct word ("Stoltenberg").</summary>
    public string Word { get; }

    /// <summary>The entity whose name contains it (the knowledge base's one object for it, whichever thread asks first).</summary>
    public Entity Entity => _entity ??= _entities![_entityIndex];

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
