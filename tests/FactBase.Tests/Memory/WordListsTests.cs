using FactBase.Memory;

namespace FactBase.Tests.Memory;

/// <summary>A table of words answers as a set with <see cref="StringComparer.OrdinalIgnoreCase"/> does, for any letters:
/// the name words of a compiled snapshot are looked up in it instead of a set made at every start.</summary>
public sealed class WordListsTests
{
    private static readonly string[] Words =
    {
        "Scholz", "Müller", "Şahin", "İnönü", "Istanbul", "Sánchez", "Strauß", "Ødegaard", "Kim", "Łukasz", "Δημήτρης", "Ivan", "Sisi", "McDonald",
    };

    private static readonly string[] Asked =
    {
        "scholz", "SCHOLZ", "müller", "MÜLLER", "şahin", "ŞAHIN", "sahin", "inönü", "istanbul", "ıstanbul", "İstanbul", "sánchez", "SÁNCHEZ",
        "strauss", "STRAUß", "ødegaard", "ØDEGAARD", "kim", "KIM", "łukasz", "ŁUKASZ", "δημήτρης", "ΔΗΜΉΤΡΗΣ", "ivan", "ſisi", "mcdonald", "Macdonald", "Schol", "x", "",
    };

    [Fact]
    public void It_finds_a_word_whatever_its_case_exactly_when_a_set_ignoring_case_does()
    {
        var set = new HashSet<string>(Words, StringComparer.OrdinalIgnoreCase);
        var table = WordLists.Of(Words);
        foreach (var word in Words.Concat(Asked))
        {
            Assert.True(set.Contains(word) == table.Contains(word), word);
        }

        Assert.Equal(Words.Length, table.Count);
    }

    [Fact]
    public void Each_word_keeps_its_own_list()
    {
        var table = WordLists.Build(new[] { ("Scholz", new[] { 3, 1 }), ("Merkel", Array.Empty<int>()), ("Rutte", new[] { 7 }) });
        Assert.Equal(new[] { 3, 1 }, Values(table, "SCHOLZ"));
        Assert.Empty(Values(table, "merkel"));
        Assert.Equal(new[] { 7 }, Values(table, "rutte"));
        Assert.Equal(-1, table.Find("Macron"));

        static int[] Values(WordLists table, string word)
        {
            var (start, count) = table.ListOf(table.Find(word));
            return Enumerable.Range(start, count).Select(i => table.Values[i]).ToArray();
        }
    }

    [Fact]
    public void A_table_whose_blocks_do_not_fit_together_is_refused_and_a_key_that_names_no_word_is_an_error()
    {
        var table = WordLists.Of(new[] { "Scholz", "Merkel" });
        Assert.Null(WordLists.FromBlocks(table.Slots, table.Keys, table.Keys, table.Values, table.WordOf));
        var noWords = WordLists.FromBlocks(table.Slots, table.Keys, table.Starts, table.Values, _ => null);
        Assert.NotNull(noWords);
        Assert.Throws<InvalidDataException>(() => noWords!.Contains("Scholz"));
    }
}
