using FactBase.Loading;

namespace FactBase.Tests.Knowledge;

/// <summary>Lint names an impossible date as such, and a list given for a date says so once.</summary>
public sealed class ImpossibleDateTests
{
    private static readonly (string, string) Vocabulary = ("v.yaml", "properties:\n  died: { kind: date, verbs: [died] }\n  founded: { kind: date, verbs: [founded] }\n");

    [Theory]
    [InlineData("1852-11-31", "1852-11-31 does not exist: November has 30 days")]
    [InlineData("1900-02-29", "1900-02-29 does not exist: February 1900 has 28 days")]
    [InlineData("1990-13-01", "1990-13-01 does not exist: there are 12 months")]
    public void An_impossible_day_is_named_as_such(string date, string message)
    {
        var result = FactLoader.LoadText(new[] { Vocabulary, ("p.yaml", $"id: someone\ntype: person\nname: Some One\nfacts:\n  died: {date}\n") });
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal($"'died' of 'someone': {message}", diagnostic.Message);
    }

    [Fact]
    public void A_list_for_a_date_is_one_error_that_says_what_to_write()
    {
        var bare = FactLoader.LoadText(new[] { Vocabulary, ("o.yaml", "id: acme\ntype: organization\nname: Acme\nfacts:\n  founded: [1990]\n") });
        Assert.Single(bare.Diagnostics);

        var periods = FactLoader.LoadText(new[] { Vocabulary, ("o.yaml", "id: acme\ntype: organization\nname: Acme\nfacts:\n  founded: [{ value: x, from: 1990 }]\n") });
        var diagnostic = Assert.Single(periods.Diagnostics);
        Assert.Equal("'founded' of 'acme' is a date (kind: date): write one date, such as 'founded: 1990-05-14', not a list", diagnostic.Message);
    }
}
