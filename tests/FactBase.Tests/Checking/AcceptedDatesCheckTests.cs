using FactBase.Checking;
using FactBase.Checking.Findings;
using FactBase.Loading;

namespace FactBase.Tests.Checking;

/// <summary>
/// A fact with more than one accepted date (signature and entry into force, appointment and taking office): a claim
/// matching any of them is supported, a contradiction names them all, and the days between them are right for both
/// readings.
/// </summary>
public sealed class AcceptedDatesCheckTests
{
    private static readonly Lazy<FactChecker> Checker = new(() =>
    {
        var result = FactLoader.LoadText(new[]
        {
            ("mine/vocabulary.yaml", """
                properties:
                  chartered: { kind: date, verbs: [chartered], age: true }
                  members: { kind: members, nouns: [member], verbs: [joined] }
                  ceo: { kind: office, titles: [CEO, chief executive] }
                """),
            ("mine/league.yaml", """
                id: tern-league
                type: organization
                name: Tern League
                sources: [https://example.org/tern]
                facts:
                  chartered: { value: 1990-09-01, also: [1990-03-01], note: "the charter's signature" }
                  members:
                    - { value: avalon, from: 1990-09-01, also_from: [1990-03-01], note: "the charter's signature" }
                    - { value: borland, from: 1990-09-01, also_from: [1990-03-01], note: "the charter's signature" }
                    - { value: corvia, from: 2001-05-01 }
                  ceo:
                    - { value: jane-doe, from: 2010-04-10, also_from: [2010-03-01], note: "her appointment" }
                    - { value: john-roe, from: 2001-01-01, to: 2010-04-10, also_to: [2010-03-01] }
                ---
                id: avalon
                type: country
                name: Avalon
                ---
                id: borland
                type: country
                name: Borland
                ---
                id: corvia
                type: country
                name: Corvia
                ---
                id: jane-doe
                type: person
                name: Jane Doe
                ---
                id: john-roe
                type: person
                name: John Roe
                """),
        });
        Assert.Empty(result.Diagnostics);
        return new FactChecker(result.KnowledgeBase);
    });

    [Theory]
    [InlineData("Avalon joined the Tern League on 1 March 1990.")]
    [InlineData("Avalon joined the Tern League on 1 September 1990.")]
    [InlineData("Avalon joined the Tern League in 1990.")]
    [InlineData("The Tern League was chartered in March 1990.")]
    [InlineData("The Tern League was chartered on 1 September 1990.")]
    public void A_claim_matching_any_accepted_date_is_supported(string sentence)
        => Assert.All(Check(sentence, "2025-01-01"), f => Assert.Equal(Verdict.Supported, f.Verdict));

    [Fact]
    public void A_wrong_joining_date_is_contradicted_naming_the_date_and_its_alternatives()
    {
        var finding = Assert.Single(Check("Avalon joined the Tern League in 1991.", "2025-01-01"));

        Assert.Equal(Verdict.Contradicted, finding.Verdict);
        Assert.Equal("1990", finding.Expected);
        Assert.Contains("1 September 1990 (also dated 1 March 1990: the charter's signature)", finding.Message);
        Assert.Contains("not in 1991", finding.Message);
    }

    [Fact]
    public void A_wrong_single_date_is_contradicted_naming_the_date_and_its_alternatives()
    {
        var finding = Assert.Single(Check("The Tern League was chartered in 1992.", "2025-01-01"));

        Assert.Equal(Verdict.Contradicted, finding.Verdict);
        Assert.Contains("1 September 1990 (also dated 1 March 1990: the charter's signature), not in 1992", finding.Message);
    }

    [Theory]
    // 2025-06-01: 35 years from the signature, 34 from the entry into force; both are right, 33 and 36 are not.
    [InlineData("The 34-year-old Tern League met in June.", Verdict.Supported)]
    [InlineData("The 35-year-old Tern League met in June.", Verdict.Supported)]
    [InlineData("The 36-year-old Tern League met in June.", Verdict.Contradicted)]
    public void Ages_between_two_accepted_dates_are_right_for_both_readings(string sentence, Verdict verdict)
        => Assert.Equal(verdict, Assert.Single(Check(sentence, "2025-06-01"), f => f.Rule == "age").Verdict);

    [Theory]
    // 1990-06-01 lies between the signature and the entry into force: a member by one reading, not yet by the other.
    [InlineData("Avalon, a member of the Tern League, voted.")]
    [InlineData("Avalon, which is not a member of the Tern League, voted.")]
    public void Membership_between_two_accepted_dates_is_neither_contradicted_nor_outdated(string sentence)
        => Assert.All(Check(sentence, "1990-06-01"), f => Assert.Equal(Verdict.Supported, f.Verdict));

    [Fact]
    public void Membership_after_every_accepted_date_is_still_denied_when_wrong()
    {
        var finding = Assert.Single(Check("Avalon, which is not a member of the Tern League, voted.", "1995-06-01"), f => f.Rule == "membership");
        Assert.Equal(Verdict.Contradicted, finding.Verdict);
    }

    [Theory]
    // 2010-03-20: Jane Doe was appointed (2010-03-01) but took office on 2010-04-10; John Roe left on either day.
    [InlineData("Tern League CEO Jane Doe spoke.")]
    [InlineData("Tern League CEO John Roe spoke.")]
    public void Office_holders_between_two_accepted_dates_are_right_for_both_readings(string sentence)
        => Assert.All(Check(sentence, "2010-03-20"), f => Assert.Equal(Verdict.Supported, f.Verdict));

    [Fact]
    public void An_office_holder_after_every_accepted_end_is_outdated()
    {
        var finding = Assert.Single(Check("Tern League CEO John Roe spoke.", "2010-05-01"), f => f.Rule == "role");
        Assert.Equal(Verdict.Outdated, finding.Verdict);
    }

    [Theory]
    // In June 1990 the two founders are members by one reading and not by the other: 2 is right then; in 2002 it is 3.
    [InlineData("the Tern League's 2 members", "1990-06-01", Verdict.Supported)]
    [InlineData("the Tern League's 2 members", "1995-06-01", Verdict.Supported)]
    [InlineData("the Tern League's 2 members", "2002-06-01", Verdict.Outdated)]
    public void Member_counts_between_two_accepted_dates_accept_every_reading(string phrase, string asOf, Verdict verdict)
        => Assert.Equal(verdict, Assert.Single(Check($"Delegates of {phrase} met.", asOf), f => f.Rule == "count").Verdict);

    [Theory]
    // NATO counts its founders from the signature, the treaty from its entry into force: both dates are right.
    [InlineData("Canada joined NATO on 4 April 1949.")]
    [InlineData("Canada joined NATO on 24 August 1949.")]
    [InlineData("Norway became a member of NATO in 1949.")]
    public void The_NATO_founders_joined_on_either_accepted_date(string sentence)
    {
        var finding = Assert.Single(CheckAssert.Findings(TestKnowledgeBases.StarterChecker, sentence, "2025-03-07"));
        Assert.Equal(Verdict.Supported, finding.Verdict);
    }

    [Fact]
    public void Canada_joining_NATO_in_1950_is_contradicted_naming_both_accepted_dates()
    {
        var finding = CheckAssert.Single(TestKnowledgeBases.StarterChecker, "Canada joined NATO in 1950.", "2025-03-07", "date", "1950", "contradicted", "1949", "1949");

        Assert.Contains("24 August 1949", finding.Message);
        Assert.Contains("also dated 4 April 1949", finding.Message);
        Assert.Contains("https://www.nato.int/cps/en/natohq/topics_52044.htm", finding.Sources);
    }

    private static IReadOnlyList<Finding> Check(string text, string asOf)
    {
        var findings = CheckAssert.Findings(Checker.Value, text, asOf);
        Assert.NotEmpty(findings);
        return findings;
    }
}
