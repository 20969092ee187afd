using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using FactBase.Checking.Vocabulary;
using FactBase.Knowledge;
using FactBase.Model;

namespace FactBase.Checking.Mentions;

/// <summary>
/// The common nouns each entity answers to, from the facts: its <c>descriptions</c> ("alliance" for NATO) and, for a
/// person, the titles of every office they have held ("president", "prime minister"). A definite description in the
/// text ("the alliance") may stand only for an entity this index lists under it.
/// </summary>
internal sealed class ReferenceNounIndex
{
    private static readonly ConditionalWeakTable<KnowledgeBase, ReferenceNounIndex> Prebuilt = new();

    // First word (any case) -> the phrases starting with it, longest first.
    private readonly Dictionary<string, List<ReferenceNoun>> _byFirstWord = new(StringComparer.OrdinalIgnoreCase);

    // Every phrase, in the order the index was made (a snapshot keeps them in this order and makes the same index).
    private readonly List<ReferenceNoun> _nouns;

    /// <summary>An index of the phrases a compiled snapshot kept (<see cref="Nouns"/> of the index it was made from).</summary>
    /// <param name="nouns">The phrases, in their order.</param>
    internal ReferenceNounIndex(IEnumerable<ReferenceNoun> nouns)
    {
        _nouns = new List<ReferenceNoun>(nouns);
        Group();
    }

    // The first words' shapes: most words after "the" start no noun phrase and are turned away before the hash lookup.
    private WordFilter _firstWords = null!; // made by Group(), which every constructor calls

    public ReferenceNounIndex(KnowledgeBase knowledgeBase)
    {
        var phrases = new Dictionary<string, ReferenceNoun>(StringComparer.OrdinalIgnoreCase);
        ReferenceNoun Phrase(string text, bool isTitle)
        {
            var key = string.Join(" ", NameIndex.Words(text).ConvertAll(w => w.Text));
            if (!phrases.TryGetValue(key, out var noun))
            {
                noun = new ReferenceNoun(key.Split(' '), isTitle);
                phrases.Add(key, noun);
            }

            return noun;
        }

        foreach (var entity in knowledgeBase.Entities)
        {
            foreach (var description in entity.Descriptions)
            {
                Phrase(description, isTitle: false).EntityIds.Add(entity.Id);
            }
        }

        // The office timelines of every entity, by property, in one pass over the entities (the first fact of a property
        // in each, as GetFact finds it).
        var titled = new Dictionary<string, List<Fact>>(StringComparer.Ordinal);
        foreach (var property in knowledgeBase.Properties)
        {
            if (property.Kind == PropertyKind.Office && property.Titles.Count > 0)
            {
                titled[property.Name] = new List<Fact>();
            }
        }

        foreach (var entity in knowledgeBase.Entities)
        {
            var facts = entity.Facts;
            for (var i = 0; i < facts.Count; i++)
            {
                if (titled.TryGetValue(facts[i].Property, out var timelines) && ReferenceEquals(entity.GetFact(facts[i].Property), facts[i]) && facts[i].IsTimeline)
                {
                    timelines.Add(facts[i]);
                }
            }
        }

        foreach (var property in knowledgeBase.Properties)
        {
            if (property.Kind != PropertyKind.Office || property.Titles.Count == 0)
            {
                continue;
            }

            // The title phrases of a property are made at its first timeline, as many times as they are used.
            List<ReferenceNoun>? nouns = null;
            foreach (var fact in titled[property.Name])
            {
                if (nouns is null)
                {
                    nouns = new List<ReferenceNoun>();
                    foreach (var title in property.Titles)
                    {
                        nouns.Add(Phrase(title, isTitle: true));
                    }
                }

                foreach (var noun in nouns)
                {
                    if (!noun.Offices.Contains(property.Name))
                    {
                        noun.Offices.Add(property.Name);
                    }

                    foreach (var period in fact.Timeline)
                    {
                        noun.EntityIds.Add(period.Value);
                    }
                }
            }
        }

        _nouns = new List<ReferenceNoun>(phrases.Values);
        Group();
    }

    /// <summary>Every phrase, in the order the index was made.</summary>
    internal IReadOnlyList<ReferenceNoun> Nouns => _nouns;

    /// <summary>Whether any entity answers to a noun (the resolver has nothing to do otherwise).</summary>
    public bool IsEmpty => _byFirstWord.Count == 0;

    /// <summary>The index of <paramref name="knowledgeBase"/>: the one a compiled snapshot kept for it, or one made now.</summary>
    public static ReferenceNounIndex Of(KnowledgeBase knowledgeBase)
        => Prebuilt.TryGetValue(knowledgeBase, out var index) ? index : new ReferenceNounIndex(knowledgeBase);

    /// <summary>Keeps <paramref name="index"/> (made for the same entities) as the index of <paramref name="knowledgeBase"/>.</summary>
    internal static void Attach(KnowledgeBase knowledgeBase, ReferenceNounIndex index)
    {
        lock (Prebuilt)
        {
            Prebuilt.Remove(knowledgeBase);
            Prebuilt.Add(knowledgeBase, index);
        }
    }

    private void Group()
    {
        foreach (var noun in _nouns)
        {
            if (noun.Words.Length == 0 || noun.Words[0].Length == 0)
            {
                continue;
            }

            if (!_byFirstWord.TryGetValue(noun.Words[0], out var list))
            {
                list = new List<ReferenceNoun>();
                _byFirstWord.Add(noun.Words[0], list);
            }

            list.Add(noun);
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }

        _firstWords = new WordFilter(_byFirstWord.Keys);
    }

    /// <summary>Whether a noun phrase may start with <paramref name="word"/>: a test of its shape, then one hash lookup.</summary>
    public bool MayStart(string word) => _firstWords.MayContain(word) && _byFirstWord.ContainsKey(word);

    /// <summary>The longest noun phrase at token <paramref name="index"/>, or <see langword="null"/>.</summary>
    public ReferenceNoun? Match(ReadOnlySpan<Text.Token> tokens, int index)
    {
        if (!_firstWords.MayContain(tokens[index].Text) || !_byFirstWord.TryGetValue(tokens[index].Text, out var nouns))
        {
            return null;
        }

        foreach (var noun in nouns)
        {
            if (index + noun.Words.Length > tokens.Length)
            {
                continue;
            }

            var all = true;
            for (var w = 1; w < noun.Words.Length && all; w++)
            {
                all = string.Equals(tokens[index + w].Text, noun.Words[w], StringComparison.OrdinalIgnoreCase);
            }

            if (all)
            {
                return noun;
            }
        }

        return null;
    }
}

/// <summary>A common noun some entities answer to.</summary>
/// <param name="Words">Its words.</param>
/// <param name="IsTitle">Whether it is an office title (it may be written with a capital: "the President").</param>
internal sealed record ReferenceNoun(string[] Words, bool IsTitle)
{
    private HashSet<string>? _entityIds;

    /// <summary>A phrase whose ids are made when first asked for (a compiled snapshot's).</summary>
    /// <param name="words">Its words.</param>
    /// <param name="isTitle">Whether it is an office title.</param>
    /// <param name="entityIds">Makes the ids of the entities that answer to it.</param>
    internal ReferenceNoun(string[] words, bool isTitle, Func<HashSet<string>> entityIds)
        : this(words, isTitle)
        => MakeEntityIds = entityIds;

    /// <summary>The ids of the entities that answer to it.</summary>
    public HashSet<string> EntityIds => _entityIds ?? MakeIds();

    /// <summary>For a title, the office properties it names ("chancellor" may be more than one).</summary>
    public List<string> Offices { get; } = new(1);

    private Func<HashSet<string>>? MakeEntityIds { get; }

    private HashSet<string> MakeIds()
    {
        var made = MakeEntityIds?.Invoke() ?? new HashSet<string>(StringComparer.Ordinal);
        return System.Threading.Interlocked.CompareExchange(ref _entityIds, made, null) ?? made;
    }
}
