using FactBase.Checking;
using FactBase.Checking.Findings;
using FactBase.Checking.Rules;
using FactBase.Documents;
using FactBase.Model;

namespace FactBase.Tests.Checking;

/// <summary>
/// A user's own entities and vocabulary (Fixtures/facts: the made-up Zephyr League, its realms and grand marshals,
/// with the properties <c>chartered</c>, <c>grand_marshal</c>, <c>high_steward</c> and <c>guilds</c>) must work
/// exactly like the starter knowledge base: same claim families, same verdicts, nothing hard-coded.
/// </summary>
/// <remarks>
/// Facts used (as of 2025-03-07): Zephyr League chartered 1872-05-14 (152 years old); grand marshals Bexley Quorn
/// (2003-01-15 to 2012-03-01), Oren Tallow (to 2021-06-01), Ilsa Marwick (since); member guilds Vandoria and
/// Kestrelmark (1872), Ostwyn (1901), Tarnholt (1950 to 2019-07-01), Brisca (1988), Pellucia (2023-02-10): 5 now,
/// 4 between 2019-07-01 and 2023-02-10. Vandoria's high steward: Thessaly Vore to 2020-09-01, then Kaleb Dunmore.
/// </remarks>
public sealed class FixtureArticleTests
{
    private const string AsOf = "2025-03-07";

    private static FactChecker Checker => TestKnowledgeBases.FixtureChecker;

    [Fact]
    public void Fixture_knowledge_base_has_only_its_own_vocabulary()
    {
        var names = TestKnowledgeBases.Fixture.Properties.Select(p => p.Name).Order().ToArray();
        Assert.Equal(new[] { "born", "chartered", "grand_marshal", "guilds", "high_steward" }, names);
        Assert.Null(TestKnowledgeBases.Fixture.FindProperty("founded"));
        Assert.Null(TestKnowledgeBases.Fixture.FindProperty("members"));
    }

    // role: a user's own office, with current, outdated, former, ex-, then- and "In YEAR," readings.
    [Theory]
    [InlineData("Zephyr League Grand Marshal Ilsa Marwick opened the assembly.", "Ilsa Marwick", "supported", null, null)]
    [InlineData("Grand Marshal Oren Tallow opened the assembly.", "Oren Tallow", "outdated", "Ilsa Marwick", "Ilsa Marwick")]
    [InlineData("Zephyr League marshal Oren Tallow opened the assembly.", "Oren Tallow", "outdated", "Ilsa Marwick", "Ilsa Marwick")]
    [InlineData("Oren Tallow, the Zephyr League's grand marshal, opened the assembly.", "Oren Tallow", "outdated", "Ilsa Marwick", "Ilsa Marwick")]
    [InlineData("Ilsa Marwick, the Zephyr League's grand marshal, opened the assembly.", "Ilsa Marwick", "supported", null, null)]
    [InlineData("Former Grand Marshal Oren Tallow sent a letter.", "Oren Tallow", "supported", null, null)]
    [InlineData("Ex-Grand Marshal Bexley Quorn sent a letter.", "Bexley Quorn", "supported", null, null)]
    [InlineData("Former Grand Marshal Ilsa Marwick sent a letter.", "Ilsa Marwick", "contradicted", "Zephyr League Grand Marshal since 2021-06-01", null)]
    [InlineData("In 2015, Grand Marshal Oren Tallow promised a new charter.", "Oren Tallow", "supported", null, null)]
    [InlineData("In 2015, Grand Marshal Ilsa Marwick promised a new charter.", "Ilsa Marwick", "contradicted", "Oren Tallow", "Oren Tallow")]
    [InlineData("In 2005, then-Grand Marshal Oren Tallow promised a new charter.", "Oren Tallow", "contradicted", "Bexley Quorn", "Bexley Quorn")]
    [InlineData("In 2005, then-marshal Bexley Quorn promised a new charter.", "Bexley Quorn", "supported", null, null)]
    [InlineData("In 2005, then-marshal Oren Tallow promised a new charter.", "Oren Tallow", "contradicted", "Bexley Quorn", "Bexley Quorn")]
    [InlineData("Vandorian High Steward Kaleb Dunmore welcomed them.", "Kaleb Dunmore", "supported", null, null)]
    [InlineData("Vandorian High Steward Thessaly Vore welcomed them.", "Thessaly Vore", "outdated", "Kaleb Dunmore", "Kaleb Dunmore")]
    [InlineData("High Steward of Vandoria Thessaly Vore welcomed them.", "Thessaly Vore", "outdated", "Kaleb Dunmore", "Kaleb Dunmore")]
    [InlineData("Kaleb Dunmore, Vandoria's high steward, welcomed them.", "Kaleb Dunmore", "supported", null, null)]
    public void Own_office_property_is_checked_like_a_starter_office(string sentence, string span, string verdict, string? expected, string? suggestion)
        => CheckAssert.Single(Checker, sentence, AsOf, RuleCatalog.Role.Name, span, verdict, expected, suggestion);

    [Theory]
    [InlineData("Vice Grand Marshal Oren Tallow spoke.")]
    [InlineData("Grand Marshal-elect Oren Tallow spoke.")]
    [InlineData("Grand Marshal Hollis Brant spoke.")]
    [InlineData("the marshal Oren Tallow said nothing.")]
    public void Own_office_stays_silent_on_other_offices_and_unknown_people(string sentence)
        => CheckAssert.None(Checker, sentence, AsOf, RuleCatalog.Role.Name);

    // age: counted from the user's own `chartered` (age: true) and from `born`.
    [Theory]
    [InlineData("The 152-year-old Zephyr League met in Ostwyn.", "152", "supported", null, null)]
    [InlineData("The 150-year-old Zephyr League met in Ostwyn.", "150", "contradicted", "152", "152")]
    [InlineData("The Zephyr League's 153rd anniversary falls in May.", "153rd", "supported", null, null)]
    [InlineData("The Zephyr League's 150th anniversary falls in May.", "150th", "contradicted", "153rd", "153rd")]
    [InlineData("the 150th anniversary of the Zephyr League was in 2022.", "150th", "supported", null, null)]
    [InlineData("Ilsa Marwick, 63, opened the assembly.", "63", "supported", null, null)]
    [InlineData("Ilsa Marwick, 65, opened the assembly.", "65", "contradicted", "63", "63")]
    [InlineData("Oren Tallow (75) sent a letter.", "75", "supported", null, null)]
    [InlineData("Oren Tallow, aged 76, sent a letter.", "76", "contradicted", "75", "75")]
    [InlineData("Bexley Quorn, 81, sent a letter.", "81", "supported", null, null)]
    [InlineData("Kaleb Dunmore, 54 years old, spoke.", "54", "supported", null, null)]
    public void Age_is_counted_from_own_date_properties(string sentence, string span, string verdict, string? expected, string? suggestion)
        => CheckAssert.Single(Checker, sentence, AsOf, RuleCatalog.Age.Name, span, verdict, expected, suggestion);

    // date: the user's own verb `chartered`, `born`, and joining dates of the `guilds` members property.
    [Theory]
    [InlineData("The Zephyr League, chartered in 1872, met again.", "1872", "supported", null, null)]
    [InlineData("The Zephyr League, chartered in 1874, met again.", "1874", "contradicted", "1872", "1872")]
    [InlineData("The Zephyr League was chartered on May 14, 1872.", "May 14, 1872", "supported", null, null)]
    [InlineData("The Zephyr League was chartered in June 1872.", "June 1872", "contradicted", "1872-05", null)]
    [InlineData("Chartered in 1874, the Zephyr League met again.", "1874", "contradicted", "1872", "1872")]
    [InlineData("Ilsa Marwick was born in 1961.", "1961", "supported", null, null)]
    [InlineData("Kaleb Dunmore, born on 30 November 1971, spoke.", "30 November 1971", "contradicted", "1970-11-30", null)]
    [InlineData("Pellucia joined the Zephyr League in 2023.", "2023", "supported", null, null)]
    [InlineData("Pellucia joined the Zephyr League in 2021.", "2021", "contradicted", "2023", "2023")]
    public void Dates_are_read_by_own_verbs(string sentence, string span, string verdict, string? expected, string? suggestion)
        => CheckAssert.Single(Checker, sentence, AsOf, RuleCatalog.Date.Name, span, verdict, expected, suggestion);

    // membership: the user's own member nouns (guild, member guild, guild member).
    [Theory]
    [InlineData("Zephyr League member guild Ostwyn hosted the talks.", "Zephyr League member guild Ostwyn", "supported", null)]
    [InlineData("Zephyr League guild Pellucia hosted the talks.", "Zephyr League guild Pellucia", "supported", null)]
    [InlineData("Zephyr League guild Tarnholt hosted the talks.", "Zephyr League guild Tarnholt", "outdated", "not a member since 2019-07-01")]
    [InlineData("Vandoria, which is not a Zephyr League guild, abstained.", "Vandoria, which is not a Zephyr League guild", "contradicted", "member since 1872-05-14")]
    [InlineData("Tarnholt, which is not a Zephyr League guild, abstained.", "Tarnholt, which is not a Zephyr League guild", "supported", null)]
    [InlineData("Tarnholt, a Zephyr League guild, abstained.", "Tarnholt, a Zephyr League guild", "outdated", "not a member since 2019-07-01")]
    [InlineData("Tarnholt is a guild of the Zephyr League.", "Tarnholt is a guild of the Zephyr League", "outdated", "not a member since 2019-07-01")]
    [InlineData("Ostwyn, a member guild of the Zephyr League since 1901, abstained.", "1901", "supported", null)]
    [InlineData("Ostwyn, a member guild of the Zephyr League since 1905, abstained.", "1905", "contradicted", "1901")]
    [InlineData("In 2020, Tarnholt was not a Zephyr League guild.", "Tarnholt was not a Zephyr League guild", "supported", null)]
    public void Membership_uses_own_member_nouns(string sentence, string span, string verdict, string? expected)
    {
        var suggestion = expected is not null && char.IsDigit(expected[0]) ? expected : null;
        CheckAssert.Single(Checker, sentence, AsOf, RuleCatalog.Membership.Name, span, verdict, expected, suggestion);
    }

    // count: the number of entries in the user's own members timeline, at the time spoken of.
    [Theory]
    [InlineData("The Zephyr League's 5 member guilds met.", "5", "supported", null, null)]
    [InlineData("The Zephyr League's 4 member guilds met.", "4", "outdated", "5", "5")]
    [InlineData("The Zephyr League's 7 member guilds met.", "7", "contradicted", "5", "5")]
    [InlineData("All 5 Zephyr League guilds signed.", "5", "supported", null, null)]
    [InlineData("The Zephyr League, with its 6 guilds, met.", "6", "contradicted", "5", "5")]
    [InlineData("The Zephyr League has 5 guilds.", "5", "supported", null, null)]
    [InlineData("In 2020, the Zephyr League's 4 member guilds met.", "4", "supported", null, null)]
    [InlineData("The 4-guild league met in the Zephyr League hall.", "4", "outdated", "5", "5")]
    [InlineData("Ostwyn became the Zephyr League's 3rd guild.", "3rd", "supported", null, null)]
    [InlineData("Pellucia became the 5th member guild of the Zephyr League in 2023.", "5th", "supported", null, null)]
    [InlineData("Pellucia became the 6th member guild of the Zephyr League in 2023.", "6th", "supported", null, null)]
    [InlineData("Pellucia became the 3rd member guild of the Zephyr League in 2023.", "3rd", "contradicted", "5th", "5th")]
    public void Count_uses_own_members_property(string sentence, string span, string verdict, string? expected, string? suggestion)
        => CheckAssert.Single(Checker, sentence, AsOf, RuleCatalog.Count.Name, span, verdict, expected, suggestion);

    [Fact]
    public void Count_bounds_of_user_vocabulary_are_ranges()
        => CheckAssert.Single(Checker, "The Zephyr League has more than 3 guilds.", AsOf, RuleCatalog.Count.Name, "3", "supported");

    [Theory]
    [InlineData("The Zephyr League has up to 3 guilds.")]
    [InlineData("The Zephyr League's 12 founding delegates met.")]
    [InlineData("Some 40 guild members from Ostwyn came.")]
    public void Count_stays_silent_on_bounds_and_other_nouns(string sentence)
        => CheckAssert.None(Checker, sentence, AsOf, RuleCatalog.Count.Name);

    // entity-name: misspellings of invented names, and their correct variants.
    [Theory]
    [InlineData("Ilsa Marwik opened the assembly.", "Marwik", "Marwick")]
    [InlineData("The Zephir League met.", "Zephir", "Zephyr")]
    [InlineData("The ZLAR met in spring. The 152-year-old ZLAP met again.", "ZLAP", "ZLAR")]
    public void Misspelled_invented_names_are_flagged(string text, string span, string suggestion)
        => CheckAssert.Single(Checker, text, AsOf, RuleCatalog.EntityName.Name, span, "misspelled", suggestion, suggestion);

    [Theory]
    [InlineData("Ilsa K. Marwick and the Zephyr League of Allied Realms met the ZLAR.")]
    [InlineData("Marwick met Ilsa Marwick's aides and the Vandorian delegation.")]
    [InlineData("The ZLAR met. Zebra, Ostrich and Vandal are ordinary words; ZLMA and ZEAL are other acronyms.")]
    public void Correct_and_unrelated_names_are_not_misspellings(string text)
        => CheckAssert.None(Checker, text, AsOf, RuleCatalog.EntityName.Name);

    [Fact]
    public void A_whole_article_is_checked_with_the_fixture_facts()
    {
        const string article = """
            ---
            title: The league at 152
            date: 2025-03-07
            ---
            # The league at 152

            The 152-year-old Zephyr League opened its spring assembly in Vandoria on Friday.
            Grand Marshal Oren Tallow welcomed the delegates of the Zephyr League's 4 member guilds.

            Former Grand Marshal Bexley Quorn, 81, sent a letter. In 2015, Grand Marshal Oren Tallow had promised a new charter.

            The Zephyr League, chartered in 1874, admitted Pellucia in 2023. Tarnholt, a Zephyr League guild, sent no one.

            `Grand Marshal Thessaly Vore` is how the old programme put it, see [the archive](https://example.org/zlap).

            Ilsa Marwik closed the session.
            """;
        var document = DocumentReader.Read(article, DocumentFormat.Markdown);
        Assert.Equal(new FactDate(2025, 3, 7), document.Date);
        var findings = Checker.Check(document, document.Date!.Value, new CheckOptions { IncludeSupported = true }).Findings;
        var wrong = findings.Where(f => f.Verdict != Verdict.Supported).Select(f => (f.Rule, f.Text, f.Verdict, f.Suggestion)).ToList();
        Assert.Equal(
            new (string, string, Verdict, string?)[]
            {
                (RuleCatalog.Role.Name, "Oren Tallow", Verdict.Outdated, "Ilsa Marwick"),
                (RuleCatalog.Count.Name, "4", Verdict.Outdated, "5"),
                (RuleCatalog.Date.Name, "1874", Verdict.Contradicted, "1872"),
                (RuleCatalog.Membership.Name, "Tarnholt, a Zephyr League guild", Verdict.Outdated, null),
                (RuleCatalog.EntityName.Name, "Marwik", Verdict.Misspelled, "Marwick"),
            },
            wrong);
        Assert.Contains(findings, f => f.Rule == RuleCatalog.Age.Name && f.Text == "152" && f.Verdict == Verdict.Supported);
        Assert.Contains(findings, f => f.Rule == RuleCatalog.Age.Name && f.Text == "81" && f.Verdict == Verdict.Supported);
        Assert.Contains(findings, f => f.Rule == RuleCatalog.Role.Name && f.Text == "Bexley Quorn" && f.Verdict == Verdict.Supported);
        Assert.Single(findings, f => f.Rule == RuleCatalog.Role.Name && f.Text == "Oren Tallow" && f.Verdict == Verdict.Supported);
        Assert.All(findings.Where(f => f.Verdict != Verdict.Supported), f => Assert.StartsWith("https://example.org/", f.Sources[0]));
    }

    [Fact]
    public void Starter_knowledge_base_knows_nothing_of_the_fixture()
    {
        var findings = CheckAssert.Findings(TestKnowledgeBases.StarterChecker, "Grand Marshal Oren Tallow of the 150-year-old Zephyr League, chartered in 1874, met Zephyr League guild Tarnholt.", AsOf);
        Assert.Empty(findings);
    }

    [Fact]
    public void Nothing_about_fixture_entities_or_words_is_in_the_library_source()
    {
        var root = AppContext.BaseDirectory;
        while (root is not null && !File.Exists(Path.Combine(root, "FactBase.sln")))
        {
            root = Path.GetDirectoryName(root);
        }

        Assert.NotNull(root);
        var words = new[] { "Zephyr", "Vandori", "Marwick", "Tallow", "Pellucia", "Tarnholt", "guild", "chartered", "marshal", "steward" };
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root!, "src"), "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")))
        {
            var text = File.ReadAllText(file);
            foreach (var word in words)
            {
                Assert.False(text.Contains(word, StringComparison.OrdinalIgnoreCase), $"{file} mentions '{word}'");
            }
        }
    }
}
