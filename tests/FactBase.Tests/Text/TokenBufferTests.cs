using FactBase.Text;

namespace FactBase.Tests.Text;

/// <summary>Sentences view one buffer of a document's tokens (issue 6): the views must read exactly the tokens a
/// sentence had when it copied them, across blocks and across the buffer's growth and return to the pool.</summary>
public sealed class TokenBufferTests
{
    [Fact]
    public void Sentences_of_several_blocks_in_one_buffer_read_the_tokens_of_their_own_text()
    {
        const string text = "NATO met. Who came?\n\nThe U.S. did. Then 32 members signed!\n\nA last, short one";
        var starts = new[] { 0, text.IndexOf("The", StringComparison.Ordinal), text.IndexOf("A last", StringComparison.Ordinal) };
        var blocks = starts.Select((start, b) => new TextSpan(start, (b + 1 < starts.Length ? starts[b + 1] - 2 : text.Length) - start)).ToArray();

        // A buffer of four tokens grows several times while the later blocks are tokenized.
        using var buffer = TokenBuffer.Rent(4);
        var sentences = new List<Sentence>();
        foreach (var block in blocks)
        {
            SentenceSplitter.Split(text, block, sentences, buffer);
        }

        Assert.Equal(
            new[] { "NATO met.", "Who came?", "The U.S. did.", "Then 32 members signed!", "A last, short one" },
            sentences.Select(s => text.Substring(s.Span.Start, s.Span.Length)));
        foreach (var sentence in sentences)
        {
            var expected = Tokenizer.Tokenize(text, sentence.Span.Start, sentence.Span.End);
            Assert.Equal(expected, sentence.Tokens);
            Assert.Equal(expected, sentence.Tokens.ToList()); // the enumerator
            Assert.Equal(expected.Count, sentence.Tokens.Count);
        }

        Assert.Equal(sentences.Sum(s => s.Tokens.Count), buffer.Count);
    }

    [Fact]
    public void A_slice_reads_only_its_own_range()
    {
        var buffer = new TokenBuffer(2);
        foreach (var token in Tokenizer.Tokenize("one two three four", 0, 18))
        {
            buffer.Add(token);
        }

        var slice = new TokenSlice(buffer, 1, 2);
        Assert.Equal(new[] { "two", "three" }, slice.Select(t => t.Text));
        Assert.Throws<ArgumentOutOfRangeException>(() => slice[2]);
        Assert.Throws<ArgumentOutOfRangeException>(() => slice[-1]);
    }

    [Fact]
    public void A_returned_buffer_is_empty_and_its_slices_read_nothing()
    {
        var buffer = TokenBuffer.Rent(8);
        foreach (var token in Tokenizer.Tokenize("NATO met.", 0, 9))
        {
            buffer.Add(token);
        }

        var slice = new TokenSlice(buffer, 0, 3);
        Assert.Equal("NATO", slice[0].Text);
        buffer.Dispose();
        buffer.Dispose(); // twice is harmless

        Assert.Equal(0, buffer.Count);
        Assert.Empty(buffer.Items);
        Assert.ThrowsAny<ArgumentException>(() => slice.Span.Length);
    }
}
