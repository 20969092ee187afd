using FactBase.Checking;
using FactBase.Checking.Findings;
using FactBase.Documents;
using FactBase.Loading;
using FactBase.Model;

namespace FactBase.Tests.Checking;

/// <summary>A title listed twice in different case is one title, never two offices that make every claim ambiguous.</summary>
public sealed class DuplicateTitleTests
{
    [Theory]
    [InlineData("[Director]")]
    [InlineData("[Director, director]")]
    [InlineData("[Director, DIRECTOR, director]")]
    public void A_wrong_holder_is_flagged_however_often_the_title_is_listed(string titles)
    {
        var result = FactLoader.LoadText(new[]
        {
            ("mine/vocabulary.yaml", $"properties:\n  director: {{ kind: office, titles: {titles} }}\n"),
            ("mine/museum.yaml", """
                id: museum
                type: organization
                name: Orrin Museum
                aliases: [Orrin]
                sources:
                  - url: https://example.org/orrin
                facts:
                  director:
                    - { value: ada-quill, from: 2020-01-01 }
                    - { value: bram-toller, from: 2010-01-01, to: 2020-01-01 }
                ---
                id: ada-quill
                type: person
                name: Ada Quill
                ---
                id: bram-toller
                type: person
                name: Bram Toller
                """),
        });
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var checker = new FactChecker(result.KnowledgeBase);
        var document = DocumentReader.Read("Orrin Museum Director Bram Toller opened the show.\n", DocumentFormat.PlainText);
        var finding = Assert.Single(checker.Check(document, FactDate.Parse("2025-03-07")).Findings);
        Assert.Equal(("role", Verdict.Outdated, "Bram Toller"), (finding.Rule, finding.Verdict, finding.Text));
    }
}
