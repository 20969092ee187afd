using FactBase.Cli.Inputs;

namespace FactBase.Cli.Tests;

/// <summary>The bounded read of an article: exact when the length is known, chunked otherwise, never past the limit.</summary>
public sealed class ArticleReaderTests
{
    private static byte[] Bytes(int n) => Enumerable.Range(0, n).Select(i => (byte)('a' + (i % 26))).ToArray();

    [Theory]
    [InlineData(1)]
    [InlineData(5000)]
    [InlineData(100_000)]
    public void A_file_of_known_length_is_read_whole(int n)
    {
        var bytes = Bytes(n);
        Assert.Equal(bytes, ArticleReader.ReadBounded(new MemoryStream(bytes), 1 << 20, n));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(40_000)]
    public void A_stream_of_unknown_length_is_read_in_chunks(int n)
    {
        var bytes = Bytes(n);
        Assert.Equal(bytes, ArticleReader.ReadBounded(new MemoryStream(bytes), 1 << 20, 0));
    }

    [Fact]
    public void A_file_that_shrank_or_grew_since_its_length_was_read_is_read_as_it_is()
    {
        var bytes = Bytes(30_000);
        Assert.Equal(bytes, ArticleReader.ReadBounded(new MemoryStream(bytes), 1 << 20, 40_000)); // shrank
        Assert.Equal(bytes, ArticleReader.ReadBounded(new MemoryStream(bytes), 1 << 20, 10_000)); // grew
        Assert.Equal(bytes, ArticleReader.ReadBounded(new MemoryStream(bytes), 1 << 20, 29_999)); // grew by one byte
    }

    [Fact]
    public void Reading_stops_past_the_limit_whatever_the_length_said()
    {
        var bytes = Bytes(50_000);
        Assert.Null(ArticleReader.ReadBounded(new MemoryStream(bytes), 49_999, 0));
        Assert.Null(ArticleReader.ReadBounded(new MemoryStream(bytes), 49_999, 1000)); // grew past the limit
        Assert.Null(ArticleReader.ReadBounded(new MemoryStream(bytes), 49_999, 49_999)); // grew by one byte past it
        Assert.Equal(bytes, ArticleReader.ReadBounded(new MemoryStream(bytes), 50_000, 50_000));
        Assert.Equal(bytes, ArticleReader.ReadBounded(new MemoryStream(bytes), 50_000, 0));
    }
}
