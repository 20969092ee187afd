using System;
using System.Collections.Generic;
using FactBase.Checking.Vocabulary;
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
    /// <param name="tokenList">The tokens as written.</param>
    /// <param name="state">What the document has named so far; updated.</param>
    /// <param name="knownNames">The matches <see cref="CollectNames(IReadOnlyList{Token}, DocumentMentionState)"/> found in the same tokens, so they are not looked up
    /// again; <see langword="null"/> to look up every token (the texts differ: a misspelling was corrected).</param>
    /// <param name="readAs">The tokens with misspellings corrected (the same length, only texts differ), or
    /// <see langword="null"/> to read them as written. Names are looked up in these; spans come from the tokens as written.</param>
    /// <returns>The mentions, in order, not overlapping; <see langword="null"/> for none (most sentences: nothing allocated).</returns>
    public List<Mention>? Find(IReadOnlyList<Token> tokenList, DocumentMentionState state, IReadOnlyList<NameMatch>? knownNames = null, IReadOnlyList<Token>? readAs = null)
    {
        if (knownNames is { Count: 0 })
        {
            return null; // the first pass found no name: no token can start a mention
        }

        // A list, not the interface: the loop below reads it at every token of a name, and each read through the interface
        // is a call the JIT cannot inline.
        var known = knownNames is null ? null : knownNames as List<NameMatch> ?? new List<NameMatch>(knownNames);
        var tokens = TokenArrays.Of(tokenList);
        var lookup = readAs is null ? tokens : TokenArrays.Of(readAs);
        List<Mention>? mentions = null;
        var i = 0;
        var k = 0;
        while (i < tokens.Length)
        {
            if (known is not null)
            {
                // Only a token inside a found name can start a mention (docs/performance.md): go straight to the next
                // found name, and stop after the last (at once in the half of sentences that name nothing).
                while (k < known.Count && known[k].Start + known[k].Length <= i)
                {
                    k++;
                }

                if (k == known.Count)
                {
                    break;
                }

                if (known[k].Start > i)
                {
                    i = known[k].Start;
                }
            }

            var (length, entries) = known is null ? _names.Match(lookup, i) : Known(lookup, i, known[k]);
            if (length == 1 && entries.Count > 0)
            {
                NoteNamesake(tokens, i, entries, state, mentions is { Count: > 0 } ? mentions[^1].End : -1);
            }

            if (length == 0 || Resolve(tokens, i, entries, state) is not { } resolved
                || (resolved.IsPerson && NamesakeGuard.IsJunior(tokens, i + length))
                || (length == 1 && resolved.IsPerson
                    && NamesakeGuard.IsSomeoneElse(tokens, i, _vocabulary, mentions is { Count: > 0 } ? mentions[^1].End : -1, state.NamedInFullAnywhere.Contains(resolved.EntityNumber))))
            {
                i++;
                continue;
            }

            // The span ends where the last word as written ends (a correction may be longer or shorter), before a possessive.
            var last = tokens[i + length - 1];
            var end = last.Span.Start + last.Text.Length;
            (mentions ??= new List<Mention>()).Add(new Mention(resolved.Entity, resolved.Kind, i, i + length, new TextSpan(tokens[i].Span.Start, end - tokens[i].Span.Start), last.IsPossessive));
            if (resolved.Kind == MentionKind.Name)
            {
                state.NamedSoFar.Add(resolved.EntityNumber);
            }

            i += length;
        }

        return mentions;
    }

    /// <summary>Collects the entities named in full by a sentence, for the document's first pass.</summary>
    /// <param name="tokenList">The tokens.</param>
    /// <param name="state">Receives the entities named.</param>
    /// <returns>The names found, in order (<see langword="null"/> for none), for <see cref="Find"/> to reuse.</returns>
    public List<NameMatch>? CollectNames(IReadOnlyList<Token> tokenList, DocumentMentionState state) => CollectNames(tokenList, state, out _);

    /// <summary>Collects the entities named in full by a sentence, for the document's first pass, and notes on the way the
    /// tokens the misspelling and back-reference passes can act on.</summary>
    /// <param name="tokenList">The tokens.</param>
    /// <param name="state">Receives the entities named.</param>
    /// <param name="summary">The tokens the later passes read (<see cref="FirstPassSummary"/>).</param>
    /// <returns>The names found, in order (<see langword="null"/> for none), for <see cref="Find"/> to reuse.</returns>
    /// <remarks>This loop visits every token anyway: a test of the token's text here, already in hand, costs less than a
    /// loop of their own in each later pass (docs/performance.md, "Session 10: the stages before the readers").</remarks>
    public List<NameMatch>? CollectNames(IReadOnlyList<Token> tokenList, DocumentMentionState state, out FirstPassSummary summary)
    {
        var tokens = TokenArrays.Of(tokenList);
        List<NameMatch>? matches = null;
        var spellingFrom = -1;
        var spellingTo = 0;
        var starts = 0UL;
        var hasNumber = false;
        var i = 0;
        while (i < tokens.Length)
        {
            // Most tokens cannot start a name (their first character starts none): no call for them, as Match would say.
            ref readonly var token = ref tokens[i];
            var (length, entries) = _names.CanStart(token.Text) ? _names.Match(tokens, i) : (0, null!);
            if (length == 0)
            {
                // By length: a word of four letters or more may be misspelled, one of two or three may start a reference.
                if (token.Text.Length >= 4)
                {
                    if (token.Kind == TokenKind.Word && IsUpperFirst(token.Text))
                    {
                        spellingFrom = spellingFrom < 0 ? i : spellingFrom;
                        spellingTo = i + 1;
                    }
                }
                else if (FirstPassSummary.MayStartReference(token))
                {
                    starts |= FirstPassSummary.BitOf(i);
                }

                hasNumber |= token.Kind == TokenKind.Number;
                i++;
                continue;
            }

            for (var e = 0; e < entries.Count; e++)
            {
                if (entries[e].Kind == MentionKind.Name)
                {
                    state.NamedAnywhere.Add(entries[e].EntityNumber);
                    if (length > 1)
                    {
                        state.NamedInFullAnywhere.Add(entries[e].EntityNumber);
                    }
                }
            }

            // The words of the name: the misspelling pass skips a word that is plainly one of the name's (both in ASCII),
            // and a name the next pass leaves unresolved ("The Hague" of two places) is read for back-references.
            var words = entries[0].Words;
            for (var k = i; k < i + length; k++)
            {
                if (MaySpellName(tokens[k]) && !(IsAscii(tokens[k].Text) && IsAscii(words[k - i])))
                {
                    spellingFrom = spellingFrom < 0 ? k : spellingFrom;
                    spellingTo = k + 1;
                }

                if (FirstPassSummary.MayStartReference(tokens[k]))
                {
                    starts |= FirstPassSummary.BitOf(k);
                }

                hasNumber |= tokens[k].Kind == TokenKind.Number;
            }

            // Room for a few names at once: most sentences that name one name two or three, and no resize on the first.
            (matches ??= new List<NameMatch>(4)).Add(new NameMatch(i, length, entries));
            i += length;
        }

        summary = new FirstPassSummary(Math.Max(spellingFrom, 0), spellingTo, starts, hasNumber);
        return matches;
    }

    // A capitalized word of four letters or more: the words the misspelling pass weighs.
    private static bool MaySpellName(in Token token) => token.Kind == TokenKind.Word && token.Text.Length >= 4 && IsUpperFirst(token.Text);

    // Token.IsCapitalized of a text that is not empty, with the test of an ASCII letter inline (char.IsUpper is a call).
    private static bool IsUpperFirst(string text)
    {
        var c = text[0];
        return c < 0x80 ? (uint)(c - 'A') <= 'Z' - 'A' : char.IsUpper(c);
    }

    private static bool IsAscii(string text)
    {
        foreach (var c in text)
        {
            if (c >= 0x80)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// <see cref="NameIndex.Match"/> at token <paramref name="i"/>, which lies inside <paramref name="found"/> (the caller
    /// skips the tokens outside the first pass's names, which that pass looked up and found nothing at): the first pass's
    /// answer at the name's start, and a lookup only inside a name that was not taken.
    /// </summary>
    private (int Length, IReadOnlyList<NameEntry> Entries) Known(ReadOnlySpan<Token> tokens, int i, NameMatch found)
    {
        return found.Start == i ? (found.Length, found.Entries) : _names.Match(tokens, i);
    }

    /// <summary>
    /// Picks the entry a match stands for: a name, else an adjective, else a surname; among several entities
    /// the one the document already named, else none. Loops instead of LINQ: it runs for every matched name.
    /// </summary>
    private NameEntry? Resolve(ReadOnlySpan<Token> tokens, int start, IReadOnlyList<NameEntry> entries, DocumentMentionState state)
    {
        for (var kind = MentionKind.Name; kind <= MentionKind.Surname; kind++)
        {
            // The candidates are the first entry of each entity with this kind, in order.
            NameEntry? firstCandidate = null;
            NameEntry? firstNamed = null;
            var candidates = 0;
            var named = 0;
            for (var j = 0; j < entries.Count; j++)
            {
                var entry = entries[j];
                if (entry.Kind != kind || !IsFirstOfEntity(entries, j, kind))
                {
                    continue;
                }

                candidates++;
                firstCandidate ??= entry;
                if (state.NamedSoFar.Contains(entry.EntityNumber))
                {
                    named++;
                    firstNamed ??= entry;
                }
            }

            if (candidates == 0)
            {
                continue;
            }

            if (kind == MentionKind.Surname)
            {
                // A bare surname stands for a person only after the full name, or right after a title or honorific.
                if (named == 1)
                {
                    return firstNamed;
                }

                var titled = start > 0 && tokens[start - 1].Kind == TokenKind.Word && tokens[start - 1].IsCapitalized
                             && (_vocabulary.Words.Contains(tokens[start - 1].Text) || Honorifics.Contains(tokens[start - 1].Text));
                return named == 0 && titled && candidates == 1 && !BeforeKnownSurname(tokens, start + 1)
                       && !state.NamesakeSurnames.Contains(firstCandidate!.EntityNumber)
                    ? firstCandidate
                    : null;
            }

            if (candidates == 1)
            {
                return firstCandidate;
            }

            // The same name for several entities: take the one the document already named, else stay silent.
            return named == 1 ? firstNamed : null;
        }

        return null;
    }

    // "Prime Minister Micheál Martin": a known surname after a given name that is not the known person's is someone else of
    // that name, so a later "Prime Minister Martin" in the same document is that namesake too, not the person the facts know
    // (unless the document names the known person in full: then the surname is theirs as much as the namesake's, and the
    // title decides as before).
    private void NoteNamesake(ReadOnlySpan<Token> tokens, int start, IReadOnlyList<NameEntry> entries, DocumentMentionState state, int previousMentionEnd)
    {
        // Most one-word names are no surname of someone not named in full: the test of the word before comes only for those.
        // An honorific is no given name: "Mr Martin" is not evidence of a namesake.
        bool? someoneElse = null;
        for (var j = 0; j < entries.Count; j++)
        {
            var entry = entries[j];
            if (entry.Kind == MentionKind.Surname && entry.IsPerson && !state.NamedInFullAnywhere.Contains(entry.EntityNumber)
                && (someoneElse ??= start > 0 && !Honorifics.Contains(tokens[start - 1].Text)
                    && NamesakeGuard.IsSomeoneElse(tokens, start, _vocabulary, previousMentionEnd, namedInFull: false)) == true)
            {
                state.NamesakeSurnames.Add(entry.EntityNumber);
            }
        }
    }

    // "Polish President Alexander Kwasniewski": a word before a known person's surname is a given name, whoever else carries
    // it as a surname (the hyphenless "Willem Alexander").
    private bool BeforeKnownSurname(ReadOnlySpan<Token> tokens, int next)
    {
        if (next >= tokens.Length || tokens[next].Kind != TokenKind.Word || !tokens[next].IsCapitalized)
        {
            return false;
        }

        var (_, entries) = _names.Match(tokens, next);
        for (var j = 0; j < entries.Count; j++)
        {
            if (entries[j].Kind == MentionKind.Surname)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFirstOfEntity(IReadOnlyList<NameEntry> entries, int index, MentionKind kind)
    {
        var number = entries[index].EntityNumber;
        for (var k = 0; k < index; k++)
        {
            if (entries[k].Kind == kind && entries[k].EntityNumber == number)
            {
                return false;
            }
        }

        return true;
    }
}
