using FactBase.Checking.Numbers;
using FactBase.Checking.Sentences;
using FactBase.Checking.Time;
using FactBase.Text;

namespace FactBase.Tests.Checking;

/// <summary>
/// One classification per token (TokenClasses) replaces the readers' own word tests on the hot path: each class must be
/// exactly the answer of the test it stands for, for every token, whether the classes come from the one-lookup table,
/// from a document's buffer or from a list classified afresh.
/// </summary>
public sealed class TokenClassesTests
{
    internal static TokenClass Expected(Token token)
    {
        var classes = TokenClass.Classified;
        classes |= token.Kind == TokenKind.Number ? TokenClass.Digits : TokenClass.None;
        classes |= token.Kind == TokenKind.Word && NumberWords.IsNumberWord(token.Text) ? TokenClass.NumberWord : TokenClass.None;
        classes |= RelativeTime.IsAnchor(token) ? TokenClass.TimeAnchor : TokenClass.None;
        classes |= RelativeTime.IsCountAnchor(token) ? TokenClass.CountAnchor : TokenClass.None;
        classes |= TimeContextReader.IsPresentVerb(token) ? TokenClass.PresentVerb : TokenClass.None;
        return classes;
    }

    // Words of the lists in several cases and lengths, near misses, and characters that fold onto ASCII letters.
    private static readonly string[] Words =
    {
        "ago", "AGO", "Ago", "agos", "later", "Later", "earlier", "EARLIER", "last", "LAST", "Wednesday", "wednesday", "time",
        "currently", "Currently", "is", "IS", "has", "still", "now", "today", "seventy", "Seventy", "seventy-five", "second",
        "thirty-second", "hundred", "the", "them", "tim", "ıs", "ago\u017F", "\u0130s", "K\u212A", "few", "several", "then",
        "president", "NATO", "a", "I", "x", "zzzzzzzzzzzzzzzzzzzzzzzzz",
    };

    [Fact]
    public void The_table_answers_as_each_test_for_list_words_case_variants_and_near_misses()
    {
        foreach (var word in Words)
        {
            foreach (var kind in new[] { TokenKind.Word, TokenKind.Number, TokenKind.Punctuation })
            {
                var token = new Token(kind, word, new TextSpan(0, word.Length), false, false);
                Assert.True(Expected(token) == TokenClasses.Of(token), $"'{word}' ({kind}): {TokenClasses.Of(token)}, expected {Expected(token)}");
            }
        }
    }

    [Fact]
    public void Classes_read_with_the_trigger_bits_are_each_tokens_own_and_the_bits_those_of_each_text()
    {
        // Every eval sentence, and made-up sentences with each trigger word and each word above in three cases.
        var made = TriggerWords.All.SelectMany(l => l.Words).Concat(Words)
            .SelectMany(w => new[] { w, w.ToUpperInvariant(), char.ToUpperInvariant(w[0]) + w.Substring(1) })
            .Select(w => $"Officials said {w} on Monday, and {w}-era aides agreed.");
        var texts = EvalSentences.All.Select(s => string.Join(" ", s.Tokens.Select(t => t.Text))).Concat(made);
        var withBits = 0;
        foreach (var text in texts)
        {
            using var buffer = TokenBuffer.Rent(4);
            var sentences = new List<Sentence>();
            SentenceSplitter.Split(text, new TextSpan(0, text.Length), sentences, buffer);
            foreach (var tokens in sentences.Select(s => s.Tokens))
            {
                var expectedBits = tokens.Aggregate(0UL, (bits, t) => bits | TriggerWords.Of(t.Text));
                withBits += expectedBits != 0 ? 1 : 0;

                // First read: the classes and the bits from one lookup a word; then read back from the buffer.
                for (var pass = 0; pass < 2; pass++)
                {
                    var classes = TokenClasses.Of(tokens, out var bits).ToArray();
                    Assert.True(expectedBits == bits, $"'{text}' (read {pass + 1}): bits {bits:X}, expected {expectedBits:X}");
                    for (var i = 0; i < tokens.Count; i++)
                    {
                        Assert.True(Expected(tokens[i]) == classes[i], $"'{tokens[i].Text}' in '{text}' (read {pass + 1}): {classes[i]}");
                    }
                }
            }
        }

        Assert.True(withBits > 300, $"{withBits} sentences with a trigger word");
    }

    [Fact]
    public void Classes_of_a_document_buffer_and_of_a_fresh_list_are_each_tokens_own_for_every_eval_sentence()
    {
        var classified = 0;
        var numbers = 0;
        var anchors = 0;
        foreach (var sentence in EvalSentences.All)
        {
            var text = string.Join(" ", sentence.Tokens.Select(t => t.Text));
            using var buffer = TokenBuffer.Rent(4);
            var sentences = new List<Sentence>();
            SentenceSplitter.Split(text, new TextSpan(0, text.Length), sentences, buffer);
            foreach (var tokens in sentences.Select(s => s.Tokens).Append(sentence.Tokens).Append(sentence.Tokens.ToArray()))
            {
                var classes = TokenClasses.Of(tokens).ToArray();
                Assert.Equal(tokens.Count, classes.Length);
                for (var i = 0; i < tokens.Count; i++)
                {
                    Assert.True(Expected(tokens[i]) == classes[i], $"'{tokens[i].Text}' in '{text}': {classes[i]}");
                    classified++;
                    numbers += (classes[i] & TokenClass.Number) != 0 ? 1 : 0;
                    anchors += (classes[i] & TokenClass.TimeAnchor) != 0 ? 1 : 0;
                }

                // Asked again, the buffer's classes are read back, not recomputed, and stay the same.
                Assert.Equal(classes, TokenClasses.Of(tokens).ToArray());
                Assert.Equal(classes.Aggregate(TokenClass.None, (a, c) => a | c), TokenClasses.InSentence(tokens));
            }
        }

        Assert.True(classified > 10_000 && numbers > 100 && anchors > 50, $"{classified} tokens, {numbers} numbers, {anchors} anchors");
    }

    [Fact]
    public void A_pooled_buffer_reused_for_another_document_classifies_its_new_tokens_afresh()
    {
        for (var round = 0; round < 3; round++)
        {
            var text = round % 2 == 0 ? "Five years ago NATO had 30 members and is still growing." : "The alliance met in Brussels on Friday.";
            using var buffer = TokenBuffer.Rent(4);
            var sentences = new List<Sentence>();
            SentenceSplitter.Split(text, new TextSpan(0, text.Length), sentences, buffer);
            var tokens = sentences.Single().Tokens;
            Assert.Equal(tokens.Select(Expected), TokenClasses.Of(tokens).ToArray());
        }
    }
}
