using FactBase.Cli.Importing;

namespace FactBase.Cli.Tests.Importing;

/// <summary>Ids from names: stable, unique, and unique as C# names too (FB0010).</summary>
public sealed class EntityIdsTests
{
    [Theory]
    [InlineData("Sebastián Piñera", "sebastian-pinera")]
    [InlineData("Ludwig van Beethoven", "ludwig-van-beethoven")]
    [InlineData("Conan O'Brien", "conan-obrien")]
    [InlineData("Łódź", "lodz")]
    [InlineData("Straße des 17. Juni", "strasse-des-17-juni")]
    [InlineData("Владимир Путин", "")]
    [InlineData("  NATO  ", "nato")]
    public void A_name_becomes_lowercase_ascii_words_joined_by_hyphens(string name, string slug)
        => Assert.Equal(slug, Slug.From(name));

    [Fact]
    public void A_long_name_is_cut_at_a_word()
    {
        var slug = Slug.From(string.Join(' ', Enumerable.Repeat("Organisation", 12)));
        Assert.True(slug.Length <= 80);
        Assert.EndsWith("organisation", slug);
    }

    [Fact]
    public void The_oldest_item_keeps_the_plain_id_whatever_the_order_and_fixed_ids_come_first()
    {
        var entities = new (string, string, string?)[]
        {
            ("Q19300851", "Vladimir Putin", null),
            ("Q7747", "Vladimir Putin", null),
            ("Q159", "Russia", "russia"),
            ("Q999", "Russia", null),
            ("Q555", "Владимир", null),
            ("Q8", "G-7", null),
            ("Q9", "G7", null),
        };
        foreach (var order in new[] { entities, entities.Reverse().ToArray() })
        {
            var ids = EntityIds.Assign(order);
            Assert.Equal("vladimir-putin", ids["Q7747"]);
            Assert.Equal("vladimir-putin-q19300851", ids["Q19300851"]);
            Assert.Equal("russia", ids["Q159"]);
            Assert.Equal("russia-q999", ids["Q999"]);
            Assert.Equal("q555", ids["Q555"]);
            Assert.Equal("g-7", ids["Q8"]);
            Assert.Equal("g7-q9", ids["Q9"]); // g-7 and g7 are both the C# name G7
        }
    }
}
