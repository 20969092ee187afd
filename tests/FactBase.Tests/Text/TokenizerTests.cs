using FactBase.Text;

namespace FactBase.Tests.Text;

public sealed class TokenizerTests
{
    private static List<Token> Tokenize(string text) => Tokenizer.Tokenize(text, 0, text.Length);

    private static string[] Texts(string text) => Tokenize(text).Select(t => t.Text).ToArray();

    [Fact]
    public void Words_numbers_and_punctuation_are_separate_tokens()
    {
        var tokens = Tokenize("NATO, founded in 1949.");
        Assert.Equal(new[] { "NATO", ",", "founded", "in", "1949", "." }, tokens.Select(t => t.Text));
        Assert.Equal(
            new[] { TokenKind.Word, TokenKind.Punctuation, TokenKind.Word, TokenKind.Word, TokenKind.Number, TokenKind.Punctuation },
            tokens.Select(t => t.Kind));
    }

    [Fact]
    public void Spans_are_offsets_into_the_text()
    {
        const string text = "  Mark Rutte spoke";
        foreach (var token in Tokenize(text))
        {
            Assert.Equal(token.Text, text.Substring(token.Span.Start, token.Span.Length));
        }

        Assert.Equal(2, Tokenize(text)[0].Span.Start);
    }

    [Theory]
    [InlineData("NATO's members", "NATO")]
    [InlineData("NATO\u2019s members", "NATO")]
    [InlineData("the allies' members", "allies")]
    public void Possessives_are_folded_into_a_flag(string text, string word)
    {
        var token = Tokenize(text).First(t => t.Text == word);
        Assert.True(token.IsPossessive);
        Assert.True(token.Span.Length > token.Text.Length);
    }

    [Theory]
    [InlineData("U.S. President", "U.S.")]
    [InlineData("the U.K. government", "U.K.")]
    [InlineData("Sean O'Brien said", "O'Brien")]
    [InlineData("Massimo D\u2019Alema said", "D\u2019Alema")]
    [InlineData("Jean Chrétien said", "Chrétien")]
    public void Abbreviations_apostrophes_and_accents_stay_inside_a_word(string text, string word)
        => Assert.Contains(word, Texts(text));

    [Theory]
    [InlineData("NATO's 75th anniversary", "75th")]
    [InlineData("the 1st member", "1st")]
    [InlineData("the 22nd and 23rd", "23rd")]
    public void Ordinal_suffixes_stay_with_the_number(string text, string ordinal)
    {
        var token = Tokenize(text).Single(t => t.Text == ordinal);
        Assert.Equal(TokenKind.Number, token.Kind);
    }

    [Fact]
    public void Thousands_separators_stay_inside_a_number()
        => Assert.Contains("10,000", Texts("some 10,000 troops"));

    [Fact]
    public void A_comma_between_numbers_of_a_date_is_punctuation()
        => Assert.Equal(new[] { "April", "4", ",", "1949" }, Texts("April 4, 1949"));

    [Fact]
    public void Hyphenated_compounds_are_split_at_the_hyphen()
    {
        Assert.Equal(new[] { "75", "-", "year", "-", "old" }, Texts("75-year-old"));
        Assert.Equal(new[] { "then", "-", "President" }, Texts("then-President"));
    }

    [Theory]
    [InlineData("NATO \u2013 the alliance")]
    [InlineData("NATO \u2014 the alliance")]
    public void Dashes_are_normalized_to_a_hyphen(string text)
        => Assert.Equal("-", Tokenize(text)[1].Text);

    [Fact]
    public void Typographic_quotes_are_normalized()
        => Assert.Equal(new[] { "\"", "ironclad", "\"" }, Texts("\u201Cironclad\u201D"));

    [Fact]
    public void Space_before_is_recorded()
    {
        var tokens = Tokenize("NATO-led mission");
        Assert.False(tokens[1].SpaceBefore);
        Assert.True(tokens[3].SpaceBefore);
    }

    [Fact]
    public void Capitalization_and_word_tests_ignore_case()
    {
        var token = Tokenize("Former")[0];
        Assert.True(token.IsCapitalized);
        Assert.True(token.IsWord("former"));
        Assert.False(Tokenize(",")[0].IsWord(","));
    }

    [Fact]
    public void A_range_of_the_text_is_tokenized_alone()
    {
        const string text = "skip NATO skip";
        var tokens = Tokenizer.Tokenize(text, 5, 9);
        Assert.Equal(new[] { "NATO" }, tokens.Select(t => t.Text));
        Assert.Equal(5, tokens[0].Span.Start);
    }

    [Fact]
    public void Empty_text_has_no_tokens() => Assert.Empty(Tokenize(string.Empty));
}
