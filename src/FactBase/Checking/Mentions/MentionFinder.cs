using System.Collections.Generic;
using System.Linq;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Checking.Mentions;

/// <summary>Finds the entities a sentence names: full names, aliases, case variants, possessives, adjectives and surnames.</summary>
internal sealed class MentionFinder
{
    private static readonly HashSet<string> Honorifics = new(System.StringComparer.OrdinalIgnoreCase) { "Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord", "Lady" };

    private readonly NameIndex _names;
    private readonly VocabularyIndex _vocabulary;

    public MentionFinder(NameIndex names, VocabularyIndex vocabulary)
    {
        _names = names;
        _vocabulary = vocabulary;
    }

    /// <summary>Finds the mentions of a sentence.</summary>
    /// <param name="tokens">The tokens.</param>
    /// <param name="texts">The tokens' texts with misspellings corrected.</param>
    /// <param name="state">What the document has named so far; updated.</param>
    /// <returns>The mentions, in order, not overlapping.</returns>
    public List<Mention> Find(IReadOnlyList<Token> tokens, IReadOnlyList<string> texts, DocumentMentionState state)
    {
        var mentions = new List<Mention>();
        var i = 0;
        while (i < tokens.Count)
        {
            var (length, entries) = _names.Match(tokens, texts, i);
            if (length == 0 || Resolve(tokens, i, entries, state) is not { } resolved)
            {
                i++;
                continue;
            }

            var last = tokens[i + length - 1];
            var end = last.Span.Start + last.Text.Length;
            if (texts[i + length - 1] != last.Text)
            {
                end = last.Span.Start + last.Text.Length;
            }

            mentions.Add(new Mention(resolved.Entity, resolved.Kind, i, i + length, new TextSpan(tokens[i].Span.Start, end - tokens[i].Span.Start), last.IsPossessive));
            if (resolved.Kind == MentionKind.Name)
            {
                state.NamedSoFar.Add(resolved.Entity.Id);
            }

            i += length;
        }

        return mentions;
    }

    /// <summary>Collects the entities named in full by a sentence, for the document's first pass.</summary>
    public void CollectNames(IReadOnlyList<Token> tokens, IReadOnlyList<string> texts, DocumentMentionState state)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            var (length, entries) = _names.Match(tokens, texts, i);
            if (length == 0)
            {
                i++;
                continue;
            }

            foreach (var entry in entries.Where(e => e.Kind == MentionKind.Name))
            {
                state.NamedAnywhere.Add(entry.Entity.Id);
            }

            i += length;
        }
    }

    private NameEntry? Resolve(IReadOnlyList<Token> tokens, int start, IReadOnlyList<NameEntry> entries, DocumentMentionState state)
    {
        foreach (var kind in new[] { MentionKind.Name, MentionKind.Adjective, MentionKind.Surname })
        {
            var candidates = entries.Where(e => e.Kind == kind).GroupBy(e => e.Entity.Id).Select(g => g.First()).ToList();
            if (candidates.Count == 0)
            {
                continue;
            }

            if (kind == MentionKind.Surname)
            {
                // A bare surname stands for a person only after the full name, or right after a title or honorific.
                var titled = start > 0 && tokens[start - 1].Kind == TokenKind.Word && tokens[start - 1].IsCapitalized
                             && (_vocabulary.Words.Contains(tokens[start - 1].Text) || Honorifics.Contains(tokens[start - 1].Text));
                var named = candidates.Where(c => state.NamedSoFar.Contains(c.Entity.Id)).ToList();
                if (named.Count == 1)
                {
                    return named[0];
                }

                if (named.Count == 0 && titled && candidates.Count == 1)
                {
                    return candidates[0];
                }

                return null;
            }

            if (candidates.Count == 1)
            {
                return candidates[0];
            }

            // The same name for several entities: take the one the document already named, else stay silent.
            var known = candidates.Where(c => state.NamedSoFar.Contains(c.Entity.Id)).ToList();
            return known.Count == 1 ? known[0] : null;
        }

        return null;
    }
}
