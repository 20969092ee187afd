using System;
using System.Collections.Generic;
using System.Linq;
using FactBase.Checking.Mentions;
using FactBase.Knowledge;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking;

/// <summary>The words of the property vocabulary (titles, verbs, nouns), indexed for matching in sentences.</summary>
/// <remarks>Everything the extractors recognise comes from here, never from entity names in code.</remarks>
public sealed class VocabularyIndex
{
    private readonly List<(string[] Words, PropertyDefinition Property)> _titles = new();
    private readonly List<(string[] Words, PropertyDefinition Property)> _verbs = new();
    private readonly List<(string[] Words, PropertyDefinition Property)> _nouns = new();

    // The words a title, verb or noun can start with (single words also in their plural forms): most tokens are in
    // none of them, and one hash probe then replaces a scan of every entry. Extractors probe every token.
    private readonly HashSet<string> _titleStarts = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _verbStarts = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _nounStarts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Indexes the vocabulary of <paramref name="knowledgeBase"/>.</summary>
    /// <param name="knowledgeBase">The knowledge base.</param>
    public VocabularyIndex(KnowledgeBase knowledgeBase)
    {
        foreach (var property in knowledgeBase.Properties)
        {
            foreach (var title in property.Titles)
            {
                _titles.Add((Split(title), property));
            }

            foreach (var verb in property.Verbs)
            {
                _verbs.Add((Split(verb), property));
            }

            foreach (var noun in property.Nouns)
            {
                _nouns.Add((Split(noun), property));
            }
        }

        // Longest first, so "Secretary of State" wins over a shorter title that is its prefix.
        _titles.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        _verbs.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        _nouns.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        AddStarts(_titles, _titleStarts);
        AddStarts(_verbs, _verbStarts);
        AddStarts(_nouns, _nounStarts);
        Words = new HashSet<string>(_titles.Concat(_verbs).Concat(_nouns).SelectMany(t => t.Words), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every word used by a title, verb or noun: never a misspelling of a name.</summary>
    public ISet<string> Words { get; }

    /// <summary>Office titles that start at <paramref name="index"/>: their length and the offices.</summary>
    internal (int Length, IReadOnlyList<PropertyDefinition> Properties) MatchTitle(IReadOnlyList<Token> tokens, int index) => Match(_titles, _titleStarts, tokens, index, PropertyKind.Office);

    /// <summary>Verbs of date or members properties that start at <paramref name="index"/>.</summary>
    internal (int Length, IReadOnlyList<PropertyDefinition> Properties) MatchVerb(IReadOnlyList<Token> tokens, int index) => Match(_verbs, _verbStarts, tokens, index, null);

    /// <summary>Nouns of members or count properties that start at <paramref name="index"/> (plural forms too).</summary>
    internal (int Length, IReadOnlyList<PropertyDefinition> Properties) MatchNoun(IReadOnlyList<Token> tokens, int index) => Match(_nouns, _nounStarts, tokens, index, null);

    private static void AddStarts(List<(string[] Words, PropertyDefinition Property)> entries, HashSet<string> starts)
    {
        foreach (var (words, _) in entries)
        {
            if (words.Length == 0)
            {
                continue;
            }

            starts.Add(words[0]);
            if (words.Length == 1)
            {
                // The plural forms IsPlural accepts: word + s, and y → ies.
                starts.Add(words[0] + "s");
                if (words[0].EndsWith("y", StringComparison.OrdinalIgnoreCase))
                {
                    starts.Add(words[0].Substring(0, words[0].Length - 1) + "ies");
                }
            }
        }
    }

    private static (int Length, IReadOnlyList<PropertyDefinition> Properties) Match(
        List<(string[] Words, PropertyDefinition Property)> entries, HashSet<string> starts, IReadOnlyList<Token> tokens, int index, PropertyKind? kind)
    {
        if (index >= 0 && (index >= tokens.Count || !starts.Contains(tokens[index].Text)))
        {
            return (0, Array.Empty<PropertyDefinition>());
        }

        var length = 0;
        List<PropertyDefinition>? found = null; // most tokens match nothing: allocate on the first match only
        foreach (var (words, property) in entries)
        {
            if ((kind is not null && property.Kind != kind) || (length > 0 && words.Length < length) || index + words.Length > tokens.Count)
            {
                continue;
            }

            var ok = true;
            for (var k = 0; k < words.Length && ok; k++)
            {
                var token = tokens[index + k];
                var last = k == words.Length - 1;
                ok = string.Equals(token.Text, words[k], StringComparison.OrdinalIgnoreCase)
                     || (last && IsPlural(token.Text, words[k]));

                // Inside a multi-word phrase a possessive ends the phrase.
                ok &= last || !token.IsPossessive;
            }

            if (ok)
            {
                length = words.Length;
                (found ??= new List<PropertyDefinition>()).Add(property);
            }
        }

        return (length, found ?? (IReadOnlyList<PropertyDefinition>)Array.Empty<PropertyDefinition>());
    }

    private static bool IsPlural(string text, string word)
    {
        if (text.Length == word.Length + 1 && (text[text.Length - 1] is 's' or 'S'))
        {
            return string.Compare(text, 0, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0;
        }

        // ally → allies, country → countries.
        return word.EndsWith("y", StringComparison.OrdinalIgnoreCase) && text.Length == word.Length + 2
               && text.EndsWith("ies", StringComparison.OrdinalIgnoreCase)
               && string.Compare(text, 0, word, 0, word.Length - 1, StringComparison.OrdinalIgnoreCase) == 0;
    }

    private static string[] Split(string phrase) => NameIndex.Words(phrase).Select(t => t.Text).ToArray();
}
