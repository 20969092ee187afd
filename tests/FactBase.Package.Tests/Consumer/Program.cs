using Acme.Knowledge;
using FactBase.Checking;
using FactBase.Documents;
using FactBase.Model;

// Typed constants generated from facts/*.yaml by the package's generator.
Console.WriteLine($"name={Facts.Acme.Name}");
Console.WriteLine($"founded={Facts.Acme.Founded.Year}");
Console.WriteLine($"ceo-2025={Facts.Acme.Ceo.At(new DateOnly(2025, 3, 7)).Name}");
Console.WriteLine($"ceo-2000={Facts.Acme.Ceo.At(new DateOnly(2000, 1, 1)).Name}");
Console.WriteLine($"guild-members-2025={Facts.AnvilGuild.Members.AllAt(new DateOnly(2025, 1, 1)).Count}");
Console.WriteLine($"guild-members-1985={Facts.AnvilGuild.Members.AllAt(new DateOnly(1985, 1, 1)).Count}");
Console.WriteLine($"coyote-born={Facts.WileCoyote.Born}");

// The compiled knowledge base and the runtime checker (Markdig and YamlDotNet come as package dependencies).
const string Text = "The Anvil Guild, founded in 1976, met Acme chief executive Wile Coyote.";
var result = new FactChecker(Facts.KnowledgeBase).Check(DocumentReader.Read(Text, DocumentFormat.Markdown), new FactDate(2024, 6, 1));
Console.WriteLine($"entities={Facts.KnowledgeBase.Entities.Count}");
foreach (var finding in result.Findings)
{
    Console.WriteLine($"finding={finding.Rule}:{finding.Text}->{finding.Expected}");
}
