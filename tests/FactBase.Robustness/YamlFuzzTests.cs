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

    /// <summary>
    /// Entities with odd names, aliases and adjectives (punctuation, one letter, surrogates, RTL,
    /// combining marks, numbers, a name that is a common word) still give a checker that checks
    /// articles mentioning them without throwing.
    /// </summary>
    [Fact]
    public void Odd_names_in_the_facts_do_not_break_the_checker()
    {
        var vocabulary = Corpus.FactFiles.Where(f => f.Text.Contains("properties:", StringComparison.Ordinal)).ToList();
        var odd = new[]
        {
            "-", ".", "'s", "s'", "A", "a", "The", "NATO", "Nato NATO", "1949", "75th", "\uD83D\uDE00", "\uD800", "\u202EOTAN", "e\u0301", "\u0130stanbul",
            "\u01C5x", "U.S.", "O'Brien", "  padded  ", "x y z w v u t s r q p o n m l k j i h g f e d c b a", "Mr", "In", "founded", "member", "Secretary General",
            "\u0645\u0631\u062D\u0628\u0627", "NATO's", "\t", "A-B-C", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        };
        Bounded.Run(Deadline, () => Fuzz.Run(7003, 40, (random, _) =>
        {
            string Q(string s) => "\"" + s + "\"";
            var yaml = new System.Text.StringBuilder();
            var names = new List<string>();
            for (var e = 0; e < 12; e++)
            {
                var name = odd[random.Next(odd.Length)];
                names.Add(System.Text.RegularExpressions.Regex.Unescape(name));
                var type = new[] { "person", "organization", "country", "other" }[random.Next(4)];
                yaml.Append($"---\nid: e{e}\ntype: {type}\nname: {Q(name)}\n");
                yaml.Append($"aliases: [{Q(odd[random.Next(odd.Length)])}, {Q(odd[random.Next(odd.Length)])}]\n");
                yaml.Append($"adjectives: [{Q(odd[random.Next(odd.Length)])}]\n");
                yaml.Append($"facts:\n  founded: {1000 + random.Next(1025)}\n  born: {1900 + random.Next(100)}-0{1 + random.Next(9)}-1{random.Next(10)}\n");
                if (e > 0)
                {
                    yaml.Append($"  members:\n    - {{ value: e{random.Next(e)}, from: 2000 }}\n");
                    yaml.Append($"  secretary_general:\n    - {{ value: e{random.Next(e)}, from: 2001, to: 2010 }}\n    - {{ value: e{random.Next(e)}, from: 2010 }}\n");
                }
            }

            var result = FactLoader.LoadText(vocabulary.Append(("odd.yaml", yaml.ToString())));
            Invariants.DiagnosticsAreSound("odd.yaml", yaml.ToString(), result.Diagnostics.Where(d => d.Location.Path == "odd.yaml"));
            Assert.True(result.Entities.Count >= 6, string.Join(Environment.NewLine, result.Diagnostics));
            var checker = new FactChecker(result.KnowledgeBase);
            var article = new System.Text.StringBuilder("date 2025-03-07\n");
            for (var k = 0; k < 40; k++)
            {
                article.Append(random.Next(3) switch
                {
                    0 => names[random.Next(names.Count)],
                    1 => Fuzz.Pick(random, Fuzz.ArticleFragments),
                    _ => $"{names[random.Next(names.Count)]}, founded in {1000 + random.Next(1025)}, has {random.Next(40)} members. The {random.Next(100)}-year-old {names[random.Next(names.Count)]} said. ",
                }).Append(' ');
            }

            var text = article.ToString();
            foreach (var format in new[] { DocumentFormat.PlainText, DocumentFormat.Markdown, DocumentFormat.Html })
            {
                var document = DocumentReader.Read(text, format);
                Invariants.FindingsAreSound(text, checker.Check(document, new Model.FactDate(2025, 3, 7), new CheckOptions { IncludeSupported = true }));
            }
        }), "40 knowledge bases with odd names");
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
