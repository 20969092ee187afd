using FactBase.Checking.Mentions;
using FactBase.Checking.Sentences;
using FactBase.Checking.Time;
using FactBase.Checking.Vocabulary;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Tests.Checking;

/// <summary>
/// The summary of a sentence that the readers' gates read (<c>SentenceContext.HasWordOf</c>, <c>HasCue</c>,
/// <c>HasClass</c>; docs/performance.md, "Session 8: reader gates") says of the whole sentence exactly what a scan of
/// its tokens says: a gate that returns on it never skips a sentence the reader would read something in. Checked on every
/// sentence of the evaluation sets and on sentences made to hold each trigger word, in several cases and spellings.
/// </summary>
public sealed class SentenceSummaryTests
{
    private static readonly VocabularyIndex Vocabulary = new(TestKnowledgeBases.Starter);

    // Words ordinal-ignore-case may equate with ASCII words of other shapes, and texts of a trigger word's shape.
    private static readonly string[] OddTexts = { "\u017Fucceeded", "year\u017F", "\u0130", "Ne\u0131ther", "FOUNDING", "Founders'", "over-", "belongs" };

    [Fact]
    public void Every_trigger_list_is_answered_as_a_scan_of_the_tokens_answers_it()
    {
        var checkedLists = 0;
        var present = 0;
        foreach (var sentence in Sentences())
        {
            var context = Context(sentence);
            foreach (var list in TriggerWords.All)
            {
                var scan = sentence.Tokens.Any(t => list.Contains(t.Text));
                Assert.True(scan == context.HasWordOf(list), $"{Words(list)} in '{Text(sentence)}': the scan says {scan}");
                present += scan ? 1 : 0;
                checkedLists++;
            }
        }

        // Not vacuous: each list's words appear in the made-up sentences, and most sentences have none of most lists.
        Assert.True(present >= TriggerWords.All.Sum(l => l.Words.Count()), $"{present} lists present");
        Assert.True(present < checkedLists / 4, $"{present} of {checkedLists}");
    }

    [Fact]
    public void A_list_with_no_bit_is_answered_by_a_scan()
    {
        var unlisted = new WordSet(new[] { "neither", "talks", "\u00E9lys\u00E9e" });
        Assert.Equal(-1, unlisted.SummaryBit);
        foreach (var sentence in Sentences())
        {
            Assert.Equal(sentence.Tokens.Any(t => unlisted.Contains(t.Text)), Context(sentence).HasWordOf(unlisted));
        }

        Assert.True(Context(Split("Neither side wanted more talks.")).HasWordOf(unlisted));
        Assert.False(Context(Split("The alliance met in Brussels.")).HasWordOf(unlisted));
    }

    [Fact]
    public void Every_trigger_list_has_a_bit_of_its_own()
    {
        _ = Context(Split("The alliance met.")).HasWordOf(TriggerWords.All[0]);
        var bits = TriggerWords.All.Select(l => l.SummaryBit).ToList();
        Assert.All(bits, b => Assert.InRange(b, 0, 63));
        Assert.Equal(bits.Count, bits.Distinct().Count());
    }

    [Fact]
    public void The_cues_and_classes_of_the_sentence_are_those_of_some_token()
    {
        foreach (var sentence in Sentences())
        {
            var context = Context(sentence);
            var cues = TokenCues.None;
            for (var i = 0; i < sentence.Tokens.Count; i++)
            {
                cues |= context.CuesAt(i);
            }

            foreach (var cue in new[] { TokenCues.Title, TokenCues.Verb, TokenCues.Noun, TokenCues.Number })
            {
                Assert.Equal((cues & cue) != 0, context.HasCue(cue));
            }

            var classes = TokenClasses.InSentence(sentence.Tokens);
            foreach (var tokenClass in new[] { TokenClass.Digits, TokenClass.NumberWord, TokenClass.TimeAnchor, TokenClass.CountAnchor, TokenClass.PresentVerb })
            {
                Assert.Equal((classes & tokenClass) != 0, context.HasClass(tokenClass));
            }
        }
    }

    private static IEnumerable<Sentence> Sentences()
    {
        foreach (var sentence in EvalSentences.All)
        {
            yield return sentence;
        }

        // Each trigger word as written, capitalized, in capitals and at a sentence's start; and the odd texts.
        foreach (var word in TriggerWords.All.SelectMany(l => l.Words).Concat(OddTexts))
        {
            var capitalized = char.ToUpperInvariant(word[0]) + word.Substring(1);
            yield return Split($"The minister said {word} twice.");
            yield return Split($"{capitalized} was the word of the day.");
            yield return Split($"Nobody wrote {word.ToUpperInvariant()} in 2019.");
        }
    }

    private static SentenceContext Context(Sentence sentence)
        => new(sentence, Array.Empty<Mention>(), TimeContextReader.Undated(new FactDate(2025, 3, 6)), TestKnowledgeBases.Starter, Vocabulary);

    private static Sentence Split(string text) => SentenceSplitter.Split(text, new TextSpan(0, text.Length))[0];

    private static string Text(Sentence sentence) => string.Join(" ", sentence.Tokens.Select(t => t.Text));

    private static string Words(WordSet list) => string.Join("/", list.Words);
}
