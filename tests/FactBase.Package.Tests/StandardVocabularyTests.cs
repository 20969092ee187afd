using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace FactBase.Package.Tests;

/// <summary>
/// The package brings the standard vocabulary (founded, born, members, offices...) to every consumer, and the starter
/// knowledge base on request: a consumer that declares no vocabulary still gets its claims checked.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed partial class StandardVocabularyTests
{
    private const string DatesOnlyProgram = """
        using Acme.Knowledge;

        Console.WriteLine($"founded={Facts.Acme.Founded.Year}");
        Console.WriteLine($"coyote-born={Facts.WileCoyote.Born}");
        """;

    private readonly PackageFixture _package;
    private readonly ITestOutputHelper _output;

    public StandardVocabularyTests(PackageFixture package, ITestOutputHelper output)
    {
        _package = package;
        _output = output;
    }

    [Fact]
    public void The_package_carries_the_standard_vocabulary_the_starter_facts_and_the_schema()
    {
        var entries = _package.Entries();

        Assert.Contains("facts/vocabulary.yaml", entries);
        Assert.Contains("facts/factbase.schema.json", entries);
        Assert.Contains("facts/organizations/nato.yaml", entries);
        Assert.Contains("facts/people/united-states.yaml", entries);
    }

    [Fact]
    public void A_consumer_without_vocabulary_gets_founded_checked_unless_it_turns_the_standard_vocabulary_off_and_its_own_definition_replaces_one()
    {
        var consumer = _package.NewConsumer("standard-vocabulary");
        File.Delete(Path.Combine(consumer, "facts", "vocabulary.yaml"));
        // Without a vocabulary of its own, ceo is undeclared: the consumer keeps to standard properties.
        var companies = Path.Combine(consumer, "facts", "companies.yaml");
        File.WriteAllText(companies, CeoTimeline().Replace(File.ReadAllText(companies), string.Empty));
        File.WriteAllText(Path.Combine(consumer, "Program.cs"), DatesOnlyProgram);
        File.Delete(Path.Combine(consumer, "content", "undated.md"));
        var article = Path.Combine(consumer, "content", "news.md");
        File.WriteAllText(article, "---\ndate: 2024-06-01\n---\nAcme, founded in 1991, makes anvils. It joined the Anvil Guild in 1992.\n");

        var standard = _package.Build(consumer);
        _output.WriteLine(standard.ToString());

        Assert.True(standard.ExitCode != 0, standard.ToString());
        Assert.Contains($"{article}(4,18): error FB1002: Acme Rocket Works was founded on 14 May 1990, not in 1991", standard.Output, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"news\.md\(4,(?!18\))[0-9]+\): error FB1002", standard.Output); // the joining date (members) is right
        Assert.DoesNotContain("FB0011", standard.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("FB0006", standard.Output, StringComparison.Ordinal);

        var off = _package.Build(consumer, "--no-incremental", "-p:FactBaseStandardVocabulary=false");
        Assert.True(off.ExitCode == 0, off.ToString());
        Assert.Contains("warning FB0011: property 'founded' of 'acme' is not declared", off.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("FB1002", off.Output, StringComparison.Ordinal);

        // The consumer's own 'founded' replaces the standard one (no FB0006): its verbs are the ones checked now.
        File.WriteAllText(Path.Combine(consumer, "facts", "vocabulary.yaml"), "properties:\n  founded: { kind: date, verbs: [incorporated], age: true }\n");
        File.WriteAllText(article, "---\ndate: 2024-06-01\n---\nAcme, founded in 1991, makes anvils. Acme was incorporated in 1991.\n");
        var overridden = _package.Build(consumer, "--no-incremental");
        Assert.True(overridden.ExitCode != 0, overridden.ToString());
        Assert.Contains($"{article}(4,63): error FB1002:", overridden.Output, StringComparison.Ordinal);
        Assert.DoesNotContain($"{article}(4,18)", overridden.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("FB0006", overridden.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void FactBaseStarterFacts_compiles_in_the_starter_knowledge_base_and_articles_are_checked_against_it()
    {
        var consumer = _package.NewConsumer("starter-facts");
        File.WriteAllText(Path.Combine(consumer, "Program.cs"), """
            using Acme.Knowledge;

            Console.WriteLine($"nato-founded={Facts.Nato.Founded.Year}");
            Console.WriteLine($"nato-sg-2025={Facts.Nato.SecretaryGeneral.At(new DateOnly(2025, 3, 7)).Name}");
            Console.WriteLine($"acme={Facts.Acme.Name}");
            Console.WriteLine($"nato-file={Facts.KnowledgeBase["nato"].Location.Path}");
            """);
        var article = Path.Combine(consumer, "content", "news.md");
        File.AppendAllText(article, "\nThe 75-year-old NATA met, and NATO, founded in 1948, said so.\n");

        var failed = _package.Build(consumer, "-p:FactBaseStarterFacts=true");
        _output.WriteLine(failed.ToString());

        Assert.True(failed.ExitCode != 0, failed.ToString());
        Assert.Contains($"{article}(9,17): error FB1006: 'NATA' looks like a misspelling of 'NATO'", failed.Output, StringComparison.Ordinal);
        Assert.Contains($"{article}(9,48): error FB1002: NATO was founded on 4 April 1949, not in 1948", failed.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("FB0006", failed.Output, StringComparison.Ordinal);

        File.WriteAllText(article, File.ReadAllText(article).Replace("NATA", "NATO", StringComparison.Ordinal).Replace("1948", "1949", StringComparison.Ordinal));
        var built = _package.Build(consumer, "-p:FactBaseStarterFacts=true");
        Assert.True(built.ExitCode == 0, built.ToString());
        var run = Dotnet.Run(consumer, _package.Environment, TimeSpan.FromMinutes(2), "run", "--no-build", "-p:FactBaseStarterFacts=true");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
            // The starter files are named by their place in the package, not by the machine's NuGet folder.
            new[] { "nato-founded=1949", "nato-sg-2025=Mark Rutte", "acme=Acme Rocket Works", "nato-file=FactBase/facts/organizations/nato.yaml" },
            run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [GeneratedRegex(@"  ceo:\n(    - .*\n)+")]
    private static partial Regex CeoTimeline();
}
