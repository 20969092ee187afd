using FactBase.Checking.Sentences;
using FactBase.Checking.Vocabulary;
using FactBase.Text;

namespace FactBase.Tests.Checking;

/// <summary>
/// A word's classes, cues and trigger bits are worked out once and read back from the note its slot of the table of
/// repeated words keeps (TokenNotes): every mark read that way must be exactly what the word's own tests say, on the
/// first read and the next, for a token list of a document's buffer and for a copy, and for two vocabularies taking
/// turns on one thread.
/// </summary>
public sealed class TokenNotesTests
{
    private static ushort Expected(Token token, VocabularyIndex vocabulary)
    {
        var classes = TokenClassesTests.Expected(token);
        var cues = vocabulary.MayStart(token.Text) | ((classes & TokenClass.Number) != 0 ? TokenCues.Number : TokenCues.None);
        return (ushort)((byte)classes | ((int)cues << 8) | TokenNotes.CuesRead);
    }

    [Fact]
    public void Each_mark_is_the_tokens_own_read_fresh_or_from_its_note_with_two_vocabularies_taking_turns()
    {
        var vocabularies = new[] { new VocabularyIndex(TestKnowledgeBases.Starter), new VocabularyIndex(TestKnowledgeBases.Fixture) };
        var made = TriggerWords.All.SelectMany(l => l.Words)
            .SelectMany(w => new[] { w, w.ToUpperInvariant(), char.ToUpperInvariant(w[0]) + w.Substring(1) })
            .Select(w => $"The Prime Minister said {w} on Monday, and 31 {w}-era members joined.");
        var texts = EvalSentences.All.Select(s => string.Join(" ", s.Tokens.Select(t => t.Text))).Concat(made).ToList();
        var fromNotes = 0;
        for (var round = 0; round < 4; round++)
        {
            var vocabulary = vocabularies[round % 2];
            foreach (var text in texts)
            {
                using var buffer = TokenBuffer.Rent(4);
                var sentences = new List<Sentence>();
                SentenceSplitter.Split(text, new TextSpan(0, text.Length), sentences, buffer);
                foreach (var tokens in sentences.Select(s => s.Tokens))
                {
                    foreach (var list in new IReadOnlyList<Token>[] { tokens, tokens, tokens.ToArray() })
                    {
                        var summary = TokenNotes.Read(list, vocabulary, out var marks, out var offset);
                        var expected = tokens.Select(t => Expected(t, vocabulary)).ToArray();
                        Assert.Equal(expected, marks.Skip(offset).Take(tokens.Count).ToArray());
                        Assert.Equal(tokens.Aggregate(0UL, (bits, t) => bits | TriggerWords.Of(t.Text)), summary.Triggers);
                        Assert.Equal(expected.Aggregate(TokenCues.None, (all, m) => all | TokenNotes.CuesOf(m)), summary.Cues);
                        Assert.Equal(expected.Aggregate(TokenClass.None, (all, m) => all | TokenNotes.ClassesOf(m)), summary.Classes);
                        Assert.Equal(expected.Select(TokenNotes.ClassesOf), TokenClasses.Of(tokens).ToArray());
                    }

                    var slice = (TokenSlice)tokens;
                    for (var i = 0; i < tokens.Count; i++)
                    {
                        fromNotes += slice.Words!.TryGetNote(slice.WordSlots[i], tokens[i].Text, vocabulary, out _, out _) ? 1 : 0;
                    }
                }
            }
        }

        Assert.True(fromNotes > 10_000, $"only {fromNotes} tokens have a note");
    }

    [Fact]
    public void A_note_is_read_only_for_the_string_its_slot_holds_and_only_by_its_owner()
    {
        var table = RepeatedWords.OfThread;
        var (owner, other) = (new object(), new object());
        const string text = "alliance";
        var word = table.Of(text, 0, text.Length, RepeatedWords.Hash(text, 0, text.Length), out var slot);
        table.Note(slot, word, owner, 5, 7);

        Assert.True(table.TryGetNote(slot, word, owner, out var note, out var bits) && note == 5 && bits == 7);
        Assert.False(table.TryGetNote(slot, word, other, out _, out _));
        Assert.False(table.TryGetNote(slot, new string(text.ToCharArray()), owner, out _, out _)); // equal, not the slot's

        // Another word that lands in the same slot takes it: the note was about the word before and goes with it.
        var random = new Random(10);
        string rival;
        int rivalSlot;
        do
        {
            var candidate = new string(Enumerable.Range(0, 8).Select(_ => (char)('a' + random.Next(26))).ToArray());
            rival = table.Of(candidate, 0, candidate.Length, RepeatedWords.Hash(candidate, 0, candidate.Length), out rivalSlot);
        }
        while (rivalSlot != slot);

        Assert.False(table.TryGetNote(slot, word, owner, out _, out _));
        Assert.False(table.TryGetNote(slot, rival, owner, out _, out _));
    }

    [Theory]
    [InlineData("O'Brien met Zürich's mayor in the U.S. as NAT0 and naïve café owners said; 1,000 people, the 75th year.")]
    [InlineData("Ms D'Alema, Ségolène and the E.U. delegates (G7, MH17) left at 5 p.m.")]
    public void A_words_string_is_the_tables_for_its_characters_however_the_tokenizer_scanned_it(string text)
    {
        // The tokenizer hashes a word while it scans it; the table's own hash of the same characters must agree, or the
        // word would take another slot (a second string, and no note read back).
        var tokens = Tokenizer.Tokenize(text, 0, text.Length);
        foreach (var token in tokens.Where(t => t.Kind != TokenKind.Punctuation && t.Text.Length <= 20))
        {
            Assert.Same(RepeatedWords.OfThread.Of(text, token.Span.Start, token.Text.Length), token.Text);
        }
    }
}
