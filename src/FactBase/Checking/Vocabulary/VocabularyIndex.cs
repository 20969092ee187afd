using System;
using System.Collections.Generic;
using System.Linq;
using FactBase.Checking.Mentions;
using FactBase.Knowledge;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Vocabulary;

/// <summary>The words of the property vocabulary (titles, verbs, nouns), indexed for matching in sentences.</summary>
/// <remarks>Everything the extractors recognise comes from here, never from entity names in code.</remarks>
public sealed class VocabularyIndex
{
    // Hot path (docs/performance.md): the extractors probe every token, and most tokens start no phrase. Each phrase is filed
    // under the words it can start with (single words also under their plural forms), so a probe is one cheap filter
    // test and, rarely, one hash lookup and a scan of the few phrases with that first word, never of all of them.
    private readonly PhraseTable _titleTable;
    private readonly PhraseTable _verbTable;
    private readonly PhraseTable _nounTable;

    // The shapes of the start words of all three tables: most tokens fail this and need no hash at all.
    private readonly WordFilter _anyStart;

    /// <summary>Indexes the vocabulary of <paramref name="knowledgeBase"/>.</summary>
    /// <param name="knowledgeBase">The knowledge base.</param>
    public VocabularyIndex(KnowledgeBase knowledgeBase)
    {
        var titles = new List<(string[] Words, PropertyDefinition Property)>();
        var verbs = new List<(string[] Words, PropertyDefinition Property)>();
        var nouns = new List<(string[] Words, PropertyDefinition Property)>();
        foreach (var property in knowledgeBase.Properties)
        {
            foreach (var title in property.Titles)
            {
                titles.Add((Split(title), property));
            }

            foreach (var verb in property.Verbs)
            {
                verbs.Add((Split(verb), property));
            }

            foreach (var noun in property.Nouns)
            {
                nouns.Add((Split(noun), property));
            }
        }

        // Longest first, so "Secretary of State" wins over a shorter title that is its prefix.
        titles.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        verbs.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        nouns.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        _titleTable = new PhraseTable(titles);
        _verbTable = new PhraseTable(verbs);
        _nounTable = new PhraseTable(nouns);
        _anyStart = new WordFilter(_titleTable.StartWords.Concat(_verbTable.StartWords).Concat(_nounTable.StartWords));
        Words = new HashSet<string>(titles.Concat(verbs).Concat(nouns).SelectMany(t => t.Words), StringComparer.OrdinalIgnoreCase);
        AgeProperties = knowledgeBase.Properties.Where(p => p.Age && p.Kind == PropertyKind.Date).ToArray();
        MemberProperties = knowledgeBase.Properties.Where(p => p.Kind is PropertyKind.Members or PropertyKind.Count).ToArray();
        var tenure = new List<(string[] Words, PropertyDefinition Property)>();
        foreach (var property in knowledgeBase.Properties)
        {
            foreach (var verb in property.Kind == PropertyKind.Office ? property.TenureVerbs : EquatableArray<string>.Empty)
            {
                tenure.Add((Split(verb), property));
            }
        }

        tenure.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        _tenureTable = new PhraseTable(tenure);
        TenureVerbs = new WordSet(_tenureTable.StartWords);
    }

    private readonly PhraseTable _tenureTable;

    /// <summary>The words the offices' <c>tenure_verbs</c> start with ("reigned", "headed"): a reader's gate. Built from the
    /// vocabulary, which a user's files may extend, so it has no bit of its own (<see cref="Sentences.TriggerWords"/>).</summary>
    internal WordSet TenureVerbs { get; }

    /// <summary>The <c>tenure_verbs</c> phrases ("headed", "headed the Commission") that start at <paramref name="index"/>:
    /// the length of the longest and the offices that list it.</summary>
    internal (int Length, IReadOnlyList<PropertyDefinition> Properties) MatchTenureVerb(ReadOnlySpan<Token> tokens, int index) => _tenureTable.Match(tokens, index, PropertyKind.Office);

    /// <summary>Every word used by a title, verb or noun: never a misspelling of a name.</summary>
    public ISet<string> Words { get; }

    /// <summary>The date properties with <c>age: true</c>, in the knowledge base's order.</summary>
    /// <remarks>Built once per knowledge base: the extractors ask for them per candidate subject. An array, so that
    /// loops over it allocate no enumerator; nothing may change it.</remarks>
    internal PropertyDefinition[] AgeProperties { get; }

    /// <summary>The members and count properties, in the knowledge base's order: an entity with one of them has members.</summary>
    /// <remarks>An array, so that loops over it allocate no enumerator; nothing may change it.</remarks>
    internal PropertyDefinition[] MemberProperties { get; }

    /// <summary>Which sorts of phrase may start with <paramref name="text"/>: one hash for all three filters.</summary>
    /// <param name="text">A token's text.</param>
    /// <returns>Title, verb and noun cues; a cue left out certainly matches nothing there.</returns>
    internal TokenCues MayStart(string text)
    {
        if (!_anyStart.HasShapeOfOne(text))
        {
            return TokenCues.None;
        }

        if (!WordFilter.TryHash(text, out var bit))
        {
            return TokenCues.Title | TokenCues.Verb | TokenCues.Noun;
        }

        return (_titleTable.Starts.MayContain(bit) ? TokenCues.Title : TokenCues.None)
               | (_verbTable.Starts.MayContain(bit) ? TokenCues.Verb : TokenCues.None)
               | (_nounTable.Starts.MayContain(bit) ? TokenCues.Noun : TokenCues.None);
    }

    /// <summary>Office titles that start at <paramref name="index"/>: their length and the offices.</summary>
    internal (int Length, IReadOnlyList<PropertyDefinition> Properties) MatchTitle(IReadOnlyList<Token> tokens, int index) => _titleTable.Match(tokens, index, PropertyKind.Office);

    /// <inheritdoc cref="MatchTitle(IReadOnlyList{Token}, int)"/>
    internal (int Length, IReadOnlyList<PropertyDefinition> Properties) MatchTitle(ReadOnlySpan<Token> tokens, int index) => _titleTable.Match(tokens, index, PropertyKind.Office);

    /// <summary>Verbs of date or members properties that start at <paramref name="index"/>.</summary>
    internal (int Length, IReadOnlyList<PropertyDefinition> Properties) MatchVerb(IReadOnlyList<Token> tokens, int index) => _verbTable.Match(tokens, index, null);

    /// <inheritdoc cref="MatchVerb(IReadOnlyList{Token}, int)"/>
    internal (int Length, IReadOnlyList<PropertyDefinition> Properties) MatchVerb(ReadOnlySpan<Token> tokens, int index) => _verbTable.Match(tokens, index, null);

    /// <summary>Nouns of members or count properties that start at <paramref name="index"/> (plural forms too).</summary>
    internal (int Length, IReadOnlyList<PropertyDefinition> Properties) MatchNoun(IReadOnlyList<Token> tokens, int index) => _nounTable.Match(tokens, index, null);

    /// <inheritdoc cref="MatchNoun(IReadOnlyList{Token}, int)"/>
    internal (int Length, IReadOnlyList<PropertyDefinition> Properties) MatchNoun(ReadOnlySpan<Token> tokens, int index) => _nounTable.Match(tokens, index, null);

    private static string[] Split(string phrase) => NameIndex.Words(phrase).Select(t => t.Text).ToArray();
}
