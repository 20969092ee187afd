using FactBase.Text;

namespace FactBase.Tests.Text;

public sealed class TokenTests
{
    // Token.IsWord compares lengths before it calls the case-insensitive comparison: its answers must stay those of the
    // comparison itself, for every word a reader may pass and every text a token may have.
    [Theory]
    [InlineData("former", "former")]
    [InlineData("Former", "former")]
    [InlineData("FORMER", "former")]
    [InlineData("formers", "former")]
    [InlineData("forme", "former")]
    [InlineData("the", "two")]
    [InlineData("Ärzte", "ärzte")]
    [InlineData("straße", "STRASSE")]
    [InlineData("", "")]
    [InlineData("a", "")]
    public void IsWord_answers_as_the_case_insensitive_comparison(string text, string word)
    {
        var token = new Token(TokenKind.Word, text, new TextSpan(0, text.Length), false, false);
        Assert.Equal(string.Equals(text, word, StringComparison.OrdinalIgnoreCase), token.IsWord(word));
    }

    [Fact]
    public void IsWord_is_false_for_punctuation_and_for_a_token_that_is_none()
    {
        Assert.False(new Token(TokenKind.Punctuation, ",", new TextSpan(0, 1), false, false).IsWord(","));
        Assert.False(default(Token).IsWord("the"));
    }
}
