using FactBase.Checking;
using FactBase.Checking.Findings;
using FactBase.Documents;
using FactBase.Loading;
using FactBase.Model;

namespace FactBase.Tests.Checking;

/// <summary>
/// A user's own vocabulary and facts are checked exactly like the starter ones (docs/fact-format.md
/// promises it): nothing about an entity or a property is hard-coded.
/// </summary>
public sealed class UserVocabularyCheckTests
{
    private static readonly Lazy<FactChecker> Checker = new(() =>
    {
        var result = FactLoader.LoadText(new[]
        {
            ("mine/vocabulary.yaml", """
                properties:
                  incorporated: { kind: date, verbs: [incorporated], age: true }
                  born: { kind: date, verbs: [born], age: true }
                  ceo: { kind: office, titles: [CEO, chief executive] }
                """),
            ("mine/acme.yaml", """
                id: acme
                type: organization
                name: Acme Corporation
                aliases: [Acme]
                sources:
                  - url: https://example.org/acme
                facts:
                  incorporated: 1990-05-01
                  ceo:
                    - { value: jane-doe, from: 2021-01-01 }
                    - { value: john-roe, from: 2010-01-01, to: 2021-01-01 }
                ---
                id: jane-doe
                type: person
                name: Jane Doe
                facts:
                  born: 1970-02-03
                ---
                id: john-roe
                type: person
                name: John Roe
                facts:
                  born: 1950-07-08
                """),
        });
        Assert.Empty(result.Diagnostics);
        return new FactChecker(result.KnowledgeBase);
    });

    [Theory]
    [InlineData("Acme CEO John Roe announced a new product.", "role")]
    [InlineData("Acme was incorporated in 1991.", "date")]
    public void A_wrong_claim_about_a_users_own_property_is_found(string sentence, string rule)
    {
        var findings = Check(sentence);
        Assert.Contains(findings, f => f.Rule == rule && f.Verdict != Verdict.Supported);
    }

    [Theory]
    [InlineData("Acme CEO Jane Doe announced a new product.", "role")]
    [InlineData("Acme was incorporated in 1990.", "date")]
    [InlineData("In 2019, Acme chief executive John Roe opened a new plant.", "role")]
    public void A_right_claim_about_a_users_own_property_is_supported(string sentence, string rule)
    {
        var findings = Check(sentence);
        Assert.Contains(findings, f => f.Rule == rule && f.Verdict == Verdict.Supported);
        Assert.DoesNotContain(findings, f => f.Verdict != Verdict.Supported);
    }

    private static IReadOnlyList<Finding> Check(string sentence)
    {
        var document = DocumentReader.Read(sentence, DocumentFormat.PlainText);
        return Checker.Value.Check(document, FactDate.Parse("2025-03-07"), new CheckOptions { IncludeSupported = true }).Findings;
    }
}
