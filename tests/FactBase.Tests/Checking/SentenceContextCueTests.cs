using FactBase.Checking.Numbers;
using FactBase.Checking;
using FactBase.Checking.Mentions;
using FactBase.Checking.Sentences;
using FactBase.Checking.Time;
using FactBase.Checking.Vocabulary;
using FactBase.Knowledge;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Tests.Checking;

/// <summary>
/// SentenceContext reads its tokens into an array and computes cues for all extractors once (issue 6). A cue left out
/// must be certain: no vocabulary phrase of that sort starts there; the number cue is exactly the token's kind; and the
/// token array answers as the token list does.
/// </summary>
public sealed class SentenceContextCueTests
{
    private static readonly FactDate AsOf = new(2024, 6, 1);

    private static SentenceContext Context(Sentence sentence, KnowledgeBase kb, VocabularyIndex vocabulary)
        => new(sentence, Array.Empty<Mention>(), new TimeContext(AsOf, Array.Empty<FactDate>(), AsOf), kb, vocabulary);

    private static IEnumerable<Sentence> PhraseSentences(KnowledgeBase kb)
    {
        foreach (var phrase in kb.Properties.SelectMany(p => p.Titles.Concat(p.Verbs).Concat(p.Nouns)))
        {
            foreach (var text in new[] { phrase, phrase.ToUpperInvariant(), "The " + phrase + "s in 2024.", phrase.EndsWith('y') ? phrase[..^1] + "ies" : phrase + "S" })
            {
                yield return new Sentence(new TextSpan(0, text.Length), Tokenizer.Tokenize(text, 0, text.Length));
            }
        }
    }

    public static TheoryData<string> KnowledgeBases() => new() { "starter", "fixture" };

    [Theory]
    [MemberData(nameof(KnowledgeBases))]
    public void A_missing_cue_means_no_phrase_starts_there_and_the_number_cue_is_the_token_kind(string name)
    {
        var kb = name == "starter" ? TestKnowledgeBases.Starter : TestKnowledgeBases.Fixture;
        var vocabulary = new VocabularyIndex(kb);
        var none = 0;
        var matches = 0;
        var total = 0;
        foreach (var sentence in EvalSentences.All.Concat(PhraseSentences(kb)))
        {
            var context = Context(sentence, kb, vocabulary);
            var tokens = sentence.Tokens;
            for (var i = 0; i < tokens.Count; i++)
            {
                var cues = context.CuesAt(i);
                var where = $"'{tokens[i].Text}' ({i}) in '{string.Join(" ", tokens.Select(t => t.Text))}': {cues}";
                Assert.True(cues.HasFlag(TokenCues.Number) == IsNumber(tokens[i]), where);

                var title = vocabulary.MatchTitle(tokens, i).Length > 0;
                var verb = vocabulary.MatchVerb(tokens, i).Length > 0;
                var noun = vocabulary.MatchNoun(tokens, i).Length > 0;
                Assert.True(!title || cues.HasFlag(TokenCues.Title), where + " but a title starts there");
                Assert.True(!verb || cues.HasFlag(TokenCues.Verb), where + " but a verb starts there");
                Assert.True(!noun || cues.HasFlag(TokenCues.Noun), where + " but a noun starts there");

                // The cues are the vocabulary's answer for the token's text: the same whichever sentence it is in.
                Assert.Equal(vocabulary.MayStart(tokens[i].Text) | (IsNumber(tokens[i]) ? TokenCues.Number : TokenCues.None), cues);

                total++;
                matches += title || verb || noun ? 1 : 0;
                none += (cues & (TokenCues.Title | TokenCues.Verb | TokenCues.Noun)) == TokenCues.None ? 1 : 0;
            }
        }

        Assert.True(matches > 20, $"only {matches} phrase starts");
        Assert.True(none > total / 2, $"only {none} of {total} tokens ruled out: the cues would save nothing");
    }

    [Fact]
    public void The_token_array_answers_as_the_token_list()
    {
        var kb = TestKnowledgeBases.Starter;
        var vocabulary = new VocabularyIndex(kb);
        foreach (var sentence in EvalSentences.All)
        {
            var context = Context(sentence, kb, vocabulary);
            var tokens = sentence.Tokens;
            Assert.Equal(tokens, context.TokenSpan.ToArray());
            Assert.Null(context.TokenAt(-1));
            Assert.Null(context.TokenAt(tokens.Count));
            Assert.Null(context.TokenAt(int.MinValue));
            for (var i = 0; i < tokens.Count; i++)
            {
                Assert.Equal(tokens[i], context.TokenAt(i));
                Assert.True(context.IsWordAt(i, tokens[i].Text.ToUpperInvariant()) == (tokens[i].Kind != TokenKind.Punctuation));
                Assert.True(context.IsWordAt(i, "zzz", tokens[i].Text) == (tokens[i].Kind != TokenKind.Punctuation));
            }
        }
    }

    // A number in digits, or a number word ("seventy", "second"), which the number reader reads.
    private static bool IsNumber(Token token)
        => token.Kind == TokenKind.Number || (token.Kind == TokenKind.Word && NumberWords.IsNumberWord(token.Text));
}
