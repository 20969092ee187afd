using System;
using System.Collections.Generic;
using FactBase.Checking.Vocabulary;
using FactBase.Text;

namespace FactBase.Checking.Sentences;

/// <summary>
/// The readers' trigger lists: the words one of which a reader needs in a sentence before it can read anything there
/// ("founding", "neither", "years", "succeeded"). Whether a sentence has a word of each list is worked out once, in the
/// pass that reads its cues, for every reader (<see cref="SentenceContext.HasWordOf"/>), so a reader whose words are
/// absent returns on one bit test instead of scanning the tokens itself (docs/performance.md, "Session 8: reader gates").
/// </summary>
/// <remarks>
/// A list's place here is its bit in the sentence's summary. A list that is not here (or past the 64th) is answered by a
/// scan of the tokens, so <see cref="SentenceContext.HasWordOf"/> gives the same answer for every list: listing one only
/// makes the answer cheaper. Words are filed by (folded first letter, length) as <see cref="WordSet"/> files them, so most
/// words of prose are turned away by one array read; a text that starts with a non-ASCII character is tested against
/// each list, as ordinal-ignore-case may fold it onto ASCII.
/// </remarks>
internal static class TriggerWords
{
    /// <summary>The lists with a bit, in bit order.</summary>
    private static readonly WordSet[] Lists =
    [
        Rules.Role.TenureLengthReader.Units,
        Rules.Membership.FoundingMemberReader.Triggers,
        Rules.Membership.NeitherReader.Neither,
        Rules.Role.SuccessionReader.Triggers,
        Rules.Age.AgeClaimExtractor.Centenaries,
        Rules.Membership.MembershipClaimExtractor.Belongs,
        Rules.Date.YearsSinceReader.MarkingVerbs,
        Rules.Date.NominalJoiningReader.Nouns,
        Rules.Date.DateClaimExtractor.FollowedWord,
        Rules.Membership.ExcludedOrganization.InWord,
        Rules.Role.HeadOfGovernmentReader.Nouns,
        Rules.Role.UnderHolderReader.Under,
        Rules.Date.EnteringReader.Verbs,
        Rules.Date.IndependentSinceReader.Triggers,
        Rules.Membership.OutsideReader.Triggers,
        Rules.Role.InPowerReader.Triggers,
    ];

    // Built after the lists, in the same static initializer: a list has its bit only once the table holds its words.
    private static readonly Table Words = new(Lists);

    /// <summary>The lists with a bit, in bit order.</summary>
    internal static IReadOnlyList<WordSet> All => Lists;

    /// <summary>Whether every word of the lists is filed by shape (ASCII): then a text whose first character is ASCII has
    /// the bits of the one filed word it equals ignoring case, and none if it equals none (<see cref="TokenClasses"/> files
    /// them with the token classes).</summary>
    internal static bool AllFiled => Words.AllFiled;

    /// <summary>The bits of the lists <paramref name="text"/> is a word of.</summary>
    /// <param name="text">A token's text.</param>
    /// <returns>One bit per list (by its place in <see cref="Lists"/>) that has the text, ignoring case.</returns>
    public static ulong Of(string text) => Words.Of(text);

    /// <summary>The word table: per (folded first letter, length), the words of that shape with the bits of their lists.</summary>
    private sealed class Table
    {
        private readonly int _maxLength;
        private readonly (string Word, ulong Bits)[]?[] _byShape;

        // The lists (with their bits) that hold a word with a non-ASCII character: texts of other shapes may equal it.
        private readonly (WordSet List, ulong Bit)[] _unfiled;
        private readonly (WordSet List, ulong Bit)[] _all;

        public Table(WordSet[] lists)
        {
            var byWord = new Dictionary<string, ulong>(StringComparer.OrdinalIgnoreCase);
            var unfiled = new List<(WordSet, ulong)>();
            var all = new List<(WordSet, ulong)>();
            for (var b = 0; b < lists.Length && b < 64; b++)
            {
                var bit = 1UL << b;
                all.Add((lists[b], bit));
                foreach (var word in lists[b].Words)
                {
                    if (word.Length == 0 || !WordSet.IsAscii(word))
                    {
                        unfiled.Add((lists[b], bit));
                        continue;
                    }

                    byWord[word] = (byWord.TryGetValue(word, out var bits) ? bits : 0) | bit;
                    _maxLength = Math.Max(_maxLength, word.Length);
                }
            }

            _byShape = new (string, ulong)[]?[WordSet.Letters * (_maxLength + 1)];
            foreach (var entry in byWord)
            {
                ref var slot = ref _byShape[WordSet.Slot(entry.Key, _maxLength)];
                var bucket = slot ?? Array.Empty<(string, ulong)>();
                Array.Resize(ref bucket, bucket.Length + 1);
                bucket[bucket.Length - 1] = (entry.Key, entry.Value);
                slot = bucket;
            }

            _unfiled = unfiled.ToArray();
            _all = all.ToArray();

            // The bits last: a list answers from the summary only once the table holds its words.
            for (var b = 0; b < all.Count; b++)
            {
                lists[b].SummaryBit = b;
            }
        }

        public bool AllFiled => _unfiled.Length == 0;

        public ulong Of(string text)
        {
            if (text.Length == 0)
            {
                return 0;
            }

            if (text[0] > 127)
            {
                // ordinal-ignore-case may fold the first character onto an ASCII letter: every list decides.
                return OfEach(_all, text);
            }

            var bits = _unfiled.Length == 0 ? 0 : OfEach(_unfiled, text);
            if (text.Length > _maxLength || _byShape[WordSet.Slot(text, _maxLength)] is not { } bucket)
            {
                return bits;
            }

            // The last characters first, as WordSet compares them.
            var last = text[text.Length - 1];
            for (var i = 0; i < bucket.Length; i++)
            {
                var word = bucket[i].Word;
                if ((last > 127 || (last | 0x20) == (word[word.Length - 1] | 0x20)) && string.Equals(text, word, StringComparison.OrdinalIgnoreCase))
                {
                    return bits | bucket[i].Bits;
                }
            }

            return bits;
        }

        private static ulong OfEach((WordSet List, ulong Bit)[] lists, string text)
        {
            var bits = 0UL;
            foreach (var (list, bit) in lists)
            {
                if (list.Contains(text))
                {
                    bits |= bit;
                }
            }

            return bits;
        }
    }
}
