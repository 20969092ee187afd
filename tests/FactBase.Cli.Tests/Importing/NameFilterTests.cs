using FactBase.Cli.Importing;
using FactBase.Model;

namespace FactBase.Cli.Tests.Importing;

/// <summary>Imported names and aliases the checker can look for in prose without false alarms.</summary>
public sealed class NameFilterTests
{
    private static readonly HashSet<string> NoOtherNames = new(StringComparer.OrdinalIgnoreCase);

    [Theory]
    [InlineData("Belgium", true)]
    [InlineData("NATO", true)]
    [InlineData("eBay", true)]
    [InlineData("universe", false)]
    [InlineData("be", false)]
    [InlineData("🇧🇪", false)]
    [InlineData(" Padded", false)]
    [InlineData("Two\nLines", false)]
    [InlineData("", false)]
    public void A_name_needs_a_capital_letter_and_one_line(string name, bool usable)
        => Assert.Equal(usable, NameFilter.IsUsableName(name));

    [Fact]
    public void Aliases_that_are_ordinary_words_repeats_or_the_name_itself_are_left_out()
        => Assert.Equal(
            new[] { "Kingdom of Belgium", "BE" },
            NameFilter.Aliases(EntityType.Country, "Belgium", new[] { "Kingdom of Belgium", "be", "🇧🇪", "belgium", "kingdom of belgium", "BE" }, NoOtherNames));

    [Fact]
    public void A_persons_surname_alone_is_left_out_but_not_a_short_name_of_a_country()
    {
        Assert.Equal(new[] { "President Washington" }, NameFilter.Aliases(EntityType.Person, "George Washington", new[] { "Washington", "President Washington" }, NoOtherNames));
        Assert.Equal(new[] { "Britain" }, NameFilter.Aliases(EntityType.Country, "Great Britain", new[] { "Britain" }, NoOtherNames));
    }

    [Fact]
    public void An_alias_that_is_another_entitys_name_is_left_out()
    {
        var others = new HashSet<string>(new[] { "Vladimir Putin" }, StringComparer.OrdinalIgnoreCase);
        Assert.Empty(NameFilter.Aliases(EntityType.Person, "Vladimir Putin Jr.", new[] { "Vladimir Putin" }, others));
    }

    [Fact]
    public void Adjectives_are_capitalised_words()
        => Assert.Equal(new[] { "British" }, NameFilter.Adjectives(new[] { "British", "british", "British", "" }));
}
