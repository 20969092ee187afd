using FactBase.Text;

namespace FactBase.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static string[] Split(string text)
        => SentenceSplitter.Split(text, new TextSpan(0, text.Length)).Select(s => text.Substring(s.Span.Start, s.Span.Length)).ToArray();

    [Fact]
    public void Sentences_end_at_full_stops_question_and_exclamation_marks()
        => Assert.Equal(
            new[] { "NATO met.", "Who came?", "Everyone!", "The end." },
            Split("NATO met. Who came? Everyone! The end."));

    [Theory]
    [InlineData("U.S. President Donald Trump spoke. He left.", "U.S. President Donald Trump spoke.")]
    [InlineData("Mr. Putin spoke. He left.", "Mr. Putin spoke.")]
    [InlineData("Dr. Smith and Gen. Jones spoke. He left.", "Dr. Smith and Gen. Jones spoke.")]
    [InlineData("Donald J. Trump spoke. He left.", "Donald J. Trump spoke.")]
    [InlineData("NATO was founded on Apr. 4, 1949 in Washington. He left.", "NATO was founded on Apr. 4, 1949 in Washington.")]
    [InlineData("Talks with the U.K. resumed. He left.", "Talks with the U.K. resumed.")]
    public void Abbreviations_and_initials_do_not_end_a_sentence(string text, string first)
        => Assert.Equal(first, Split(text)[0]);

    [Fact]
    public void A_full_stop_before_a_lower_case_word_does_not_end_a_sentence()
        => Assert.Single(Split("The figure was 2.5 pct. of output and rising."));

    [Fact]
    public void A_closing_quote_or_bracket_stays_with_its_sentence()
    {
        var sentences = Split("He said \"we will stay.\" Then he left (for good.) Done.");
        Assert.Equal(new[] { "He said \"we will stay.\"", "Then he left (for good.)", "Done." }, sentences);
    }

    [Fact]
    public void A_sentence_may_start_with_a_number_or_a_quote()
    {
        Assert.Equal(2, Split("NATO met. 32 allies came.").Length);
        Assert.Equal(2, Split("NATO met. \"We came,\" he said.").Length);
    }

    [Fact]
    public void Text_without_a_final_stop_is_one_sentence()
        => Assert.Equal(new[] { "NATO Secretary General Mark Rutte" }, Split("NATO Secretary General Mark Rutte"));

    [Fact]
    public void Sentences_carry_their_tokens_and_spans()
    {
        const string text = "xx NATO met. Rutte spoke.";
        var sentences = SentenceSplitter.Split(text, new TextSpan(3, text.Length - 3));
        Assert.Equal(2, sentences.Count);
        Assert.Equal(3, sentences[0].Span.Start);
        Assert.Equal(new[] { "Rutte", "spoke", "." }, sentences[1].Tokens.Select(t => t.Text));
    }

    [Fact]
    public void Empty_block_has_no_sentences() => Assert.Empty(Split("   "));
}
