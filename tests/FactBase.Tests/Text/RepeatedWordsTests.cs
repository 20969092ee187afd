using FactBase.Text;

namespace FactBase.Tests.Text;

/// <summary>The tokenizer takes a word's string from the thread's table of recent words: it must always be the word's
/// own characters, whatever else shares its slot, and a repeated word must come back as the same string.</summary>
public sealed class RepeatedWordsTests
{
    [Fact]
    public void Every_word_comes_back_as_its_own_characters_when_many_share_the_slots()
    {
        // 20,000 different words (more than the 4,096 slots, so many meet another in their slot), each asked for twice
        // at different places of the text, and words of every length up to past the longest one kept.
        var random = new Random(8);
        var words = new List<string>();
        for (var i = 0; i < 20_000; i++)
        {
            var length = 1 + random.Next(24);
            words.Add(new string(Enumerable.Range(0, length).Select(_ => (char)('a' + random.Next(26))).ToArray()));
        }

        var text = string.Join(" ", words) + " " + string.Join(" ", words);
        var table = RepeatedWords.OfThread;
        var at = 0;
        foreach (var word in words.Concat(words))
        {
            Assert.Equal(word, table.Of(text, at, word.Length));
            at += word.Length + 1;
        }
    }

    [Fact]
    public void A_word_repeated_in_a_document_is_one_string_and_reads_as_written()
    {
        const string text = "The alliance met in Brussels. The alliance's members, the Alliance said, agreed.";
        var tokens = Tokenizer.Tokenize(text, 0, text.Length);
        var alliance = tokens.Where(t => t.Text == "alliance").ToList();

        Assert.Equal(2, alliance.Count);
        Assert.Same(alliance[0].Text, alliance[1].Text);
        Assert.True(alliance[1].IsPossessive);
        Assert.Contains(tokens, t => t.Text == "Alliance"); // case is kept: another string
        Assert.Equal(text.Split(' ', '.', ',').Count(w => w.Length > 0), tokens.Count(t => t.Kind == TokenKind.Word));
    }
}
