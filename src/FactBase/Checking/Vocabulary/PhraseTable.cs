using System;
using System.Collections.Generic;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Vocabulary;

/// <summary>
/// Vocabulary phrases of one sort (titles, verbs or nouns) filed under the words they can start with, so matching at a
/// token looks only at the phrases that start with its text.
/// </summary>
/// <remarks>
/// Matches exactly as a scan of every phrase, longest first, would: a bucket keeps the phrases in that order, and a
/// phrase is filed under every text that can match its first word (a single word also under its plural forms).
/// </remarks>
internal sealed class PhraseTable
{
    private static readonly (int, IReadOnlyList<PropertyDefinition>) NoMatch = (0, Array.Empty<PropertyDefinition>());

    private readonly Dictionary<string, (string[] Words, PropertyDefinition Property)[]> _byStart;
    private readonly WordFilter _filter;

    /// <summary>Files <paramref name="phrases"/>, which must be sorted longest first.</summary>
    /// <param name="phrases">The phrases as words, each with its property.</param>
    public PhraseTable(IReadOnlyList<(string[] Words, PropertyDefinition Property)> phrases)
    {
        var buckets = new Dictionary<string, List<(string[] Words, PropertyDefinition Property)>>(StringComparer.OrdinalIgnoreCase);
        var empty = new List<(string[] Words, PropertyDefinition Property)>();
        foreach (var phrase in phrases)
        {
            if (phrase.Words.Length == 0)
            {
                // A phrase of no words matches wherever some phrase may start (and only when nothing longer does).
                empty.Add(phrase);
                continue;
            }

            var first = phrase.Words[0];
            File(buckets, first, phrase);
            if (phrase.Words.Length == 1)
            {
                // The plural forms IsPlural accepts: word + s, and y → ies. The three keys differ in length, so a
                // phrase is never filed twice in one bucket, and each bucket stays in the order of the phrases.
                File(buckets, first + "s", phrase);
                if (first.EndsWith("y", StringComparison.OrdinalIgnoreCase))
                {
                    File(buckets, first.Substring(0, first.Length - 1) + "ies", phrase);
                }
            }
        }

        _byStart = new Dictionary<string, (string[] Words, PropertyDefinition Property)[]>(buckets.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var pair in buckets)
        {
            pair.Value.AddRange(empty); // phrases of no words sort last
            _byStart[pair.Key] = pair.Value.ToArray();
        }

        _filter = new WordFilter(_byStart.Keys);
    }

    /// <summary>A cheap test of the texts a phrase may start with: <see langword="false"/> means no phrase starts there.</summary>
    public WordFilter Starts => _filter;

    /// <summary>Every text a phrase may start with (in one case; the table ignores case).</summary>
    public IEnumerable<string> StartWords => _byStart.Keys;

    /// <summary>The phrases that start at <paramref name="index"/>: the length of the longest and their properties.</summary>
    /// <param name="tokenList">The tokens.</param>
    /// <param name="index">Where the phrase would start.</param>
    /// <param name="kind">Only phrases of properties of this kind, or all.</param>
    /// <returns>The length (0: none) and the properties of all phrases of that length.</returns>
    public (int Length, IReadOnlyList<PropertyDefinition> Properties) Match(IReadOnlyList<Token> tokenList, int index, PropertyKind? kind)
        => Match(TokenArrays.Of(tokenList), index, kind); // a view of the checker's sentences (see TokenArrays)

    /// <summary>The phrases that start at <paramref name="index"/>: the length of the longest and their properties.</summary>
    /// <param name="tokens">The tokens.</param>
    /// <param name="index">Where the phrase would start.</param>
    /// <param name="kind">Only phrases of properties of this kind, or all.</param>
    /// <returns>The length (0: none) and the properties of all phrases of that length.</returns>
    public (int Length, IReadOnlyList<PropertyDefinition> Properties) Match(ReadOnlySpan<Token> tokens, int index, PropertyKind? kind)
    {
        if (index < 0 || index >= tokens.Length)
        {
            return NoMatch;
        }

        var text = tokens[index].Text;
        if (!_filter.MayContain(text) || !_byStart.TryGetValue(text, out var bucket))
        {
            return NoMatch;
        }

        var length = 0;
        List<PropertyDefinition>? found = null; // most probes match nothing: allocate on the first match only
        foreach (var (words, property) in bucket)
        {
            if ((kind is not null && property.Kind != kind) || (length > 0 && words.Length < length) || index + words.Length > tokens.Length)
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

        return found is null ? NoMatch : (length, found);
    }

    private static void File(Dictionary<string, List<(string[] Words, PropertyDefinition Property)>> buckets, string start, (string[] Words, PropertyDefinition Property) phrase)
    {
        if (!buckets.TryGetValue(start, out var bucket))
        {
            buckets[start] = bucket = new List<(string[] Words, PropertyDefinition Property)>();
        }

        bucket.Add(phrase);
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
}
