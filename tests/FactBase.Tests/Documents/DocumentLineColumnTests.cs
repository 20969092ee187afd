using FactBase.Documents;

namespace FactBase.Tests.Documents;

/// <summary>Line and column of an offset: \n, \r\n and a lone \r each end a line, as the straightforward reading says.</summary>
public sealed class DocumentLineColumnTests
{
    [Theory]
    [InlineData("", 0, 1, 1)]
    [InlineData("abc", 2, 1, 3)]
    [InlineData("a\nb", 2, 2, 1)]
    [InlineData("a\r\nb", 3, 2, 1)]
    [InlineData("a\r\nb", 2, 1, 3)] // the \n of a \r\n is still on the first line
    [InlineData("a\rb", 2, 2, 1)]
    [InlineData("a\n\nb", 3, 3, 1)]
    [InlineData("a\r\r\nb", 4, 3, 1)]
    [InlineData("a\n", 2, 2, 1)] // just past a final line break
    [InlineData("a\r", 2, 2, 1)]
    public void Known_texts(string text, int offset, int line, int column)
        => Assert.Equal((line, column), Of(text).GetLineColumn(offset));

    [Fact]
    public void Every_offset_of_random_texts_agrees_with_a_character_by_character_count()
    {
        var random = new Random(6);
        var alphabet = new[] { 'a', 'b', ' ', '\n', '\r' };
        for (var round = 0; round < 300; round++)
        {
            // Long enough for the vectorised search to run over whole vectors, short enough to test every offset.
            var text = new string(Enumerable.Range(0, random.Next(0, 200)).Select(_ => alphabet[random.Next(random.Next(2) == 0 ? 3 : alphabet.Length)]).ToArray());
            var document = Of(text);
            for (var offset = 0; offset <= text.Length; offset++)
            {
                Assert.Equal(Reference(text, offset), document.GetLineColumn(offset));
            }
        }
    }

    private static Document Of(string text) => new(text, text, Array.Empty<FactBase.Text.TextSpan>(), null, Array.Empty<Suppression>());

    private static (int Line, int Column) Reference(string text, int offset)
    {
        var (line, start) = (1, 0);
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                start = i + 1;
            }
        }

        return (line, offset - start + 1);
    }
}
