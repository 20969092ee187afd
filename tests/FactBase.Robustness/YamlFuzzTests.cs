using FactBase.Checking;
using FactBase.Documents;
using FactBase.Loading;
using FactBase.Parsing;
using FactBase.Robustness.Support;
using FsCheck.Xunit;

namespace FactBase.Robustness;

/// <summary>
/// The YAML fact-file parser on random and damaged input: it never throws, every diagnostic is
/// located inside the file, and whatever it accepts builds a knowledge base the checker can use.
/// </summary>
public sealed class YamlFuzzTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Property(MaxTest = 1500, Replay = "(20250307,1949)", Arbitrary = new[] { typeof(Arbitraries) })]
    public void Parser_never_throws_on_yaml_like_text(YamlishText text)
        => ParseAndBuild("fuzz.yaml", text.Value);

    [Property(MaxTest = 1000, Replay = "(4041949,75)")]
    public void Parser_never_throws_on_any_string(string? text)
        => ParseAndBuild("any.yaml", text ?? string.Empty);

    [Fact]
    public void The_real_fact_files_parse_cleanly()
    {
        foreach (var (path, text) in Corpus.FactFiles)
        {
            var file = FactFileParser.Parse(path, text);
            Assert.True(file.Diagnostics.Count == 0, string.Join(Environment.NewLine, file.Diagnostics));
        }
    }

    /// <summary>3,000 damaged copies of the real fact files: bytes flipped, cut, parts repeated, YAML syntax inserted.</summary>
    [Fact]
    public void Damaged_real_fact_files_give_diagnostics_not_exceptions()
    {
        var files = Corpus.FactFiles;
        Bounded.Run(Deadline, () => Fuzz.Run(7001, 3000, (random, _) =>
        {
            var (path, original) = files[random.Next(files.Count)];
            ParseAndBuild(path, Fuzz.Mutate(random, original, Fuzz.YamlFragments, maxMutations: 6));
        }), "3,000 damaged fact files");
    }

    /// <summary>
    /// A damaged file among the real ones still gives a knowledge base: the checker is built from it
    /// and checks a real article without throwing.
    /// </summary>
    [Fact]
    public void A_damaged_file_among_the_real_ones_still_gives_a_working_checker()
    {
        var files = Corpus.FactFiles;
        var articles = Corpus.Articles;
        Bounded.Run(Deadline, () => Fuzz.Run(7002, 60, (random, _) =>
        {
            var victim = random.Next(files.Count);
            var damaged = files.Select((f, i) => i == victim ? (f.Path, Fuzz.Mutate(random, f.Text, Fuzz.YamlFragments, maxMutations: 6)) : f).ToList();
            var result = FactLoader.LoadText(damaged);
            var checker = new FactChecker(result.KnowledgeBase);
            var (articlePath, article) = articles[random.Next(articles.Count)];
            var document = DocumentReader.Read(article, DocumentReader.FormatOf(articlePath));
            var check = checker.Check(document, new Model.FactDate(2025, 3, 7), new CheckOptions { IncludeSupported = true });
            Invariants.FindingsAreSound(article, check);
        }), "60 knowledge bases with one damaged file");
    }

    private static void ParseAndBuild(string path, string text)
    {
        var file = FactFileParser.Parse(path, text);
        Invariants.FileIsSound(path, text, file);
        var built = Knowledge.KnowledgeBaseBuilder.Build(new[] { file });
        Invariants.DiagnosticsAreSound(path, text, built.Diagnostics);
        Assert.True(built.Entities.Count <= file.Entities.Count);
    }
}
