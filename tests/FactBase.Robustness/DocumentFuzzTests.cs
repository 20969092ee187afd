using FactBase.Checking;
using FactBase.Documents;
using FactBase.Model;
using FactBase.Robustness.Support;
using FsCheck.Xunit;

namespace FactBase.Robustness;

/// <summary>
/// The readers (plain text, Markdown via Markdig, the HTML tag scanner) and the checker on random and
/// damaged articles: they never throw, the prose view keeps every offset and line break, and every
/// finding's span and line/column agree with the text.
/// </summary>
public sealed class DocumentFuzzTests
{
    private static readonly DocumentFormat[] Formats = { DocumentFormat.PlainText, DocumentFormat.Markdown, DocumentFormat.Html };
    private static readonly FactDate AsOf = new(2025, 3, 7);
    private static readonly CheckOptions All = new() { IncludeSupported = true };

    [Property(MaxTest = 400, Replay = "(1949,4041949)", Arbitrary = new[] { typeof(Arbitraries) })]
    public void Readers_and_checker_never_throw_on_article_like_text(ArticleText text)
    {
        foreach (var format in Formats)
        {
            CheckSoundly(text.Value, format);
        }
    }

    [Property(MaxTest = 300, Replay = "(75,2025)")]
    public void Readers_and_checker_never_throw_on_any_string(string? text)
    {
        foreach (var format in Formats)
        {
            CheckSoundly(text ?? string.Empty, format);
        }
    }

    /// <summary>1,500 damaged copies of the evaluation articles, read in their own format and, one time in three, in another.</summary>
    [Fact]
    public void Damaged_real_articles_are_checked_soundly()
    {
        var articles = Corpus.Articles;
        Bounded.Run(TimeSpan.FromSeconds(60), () => Fuzz.Run(8001, 1500, (random, _) =>
        {
            var (path, original) = articles[random.Next(articles.Count)];
            var format = random.Next(3) == 0 ? Formats[random.Next(Formats.Length)] : DocumentReader.FormatOf(path);
            CheckSoundly(Fuzz.Mutate(random, original, Fuzz.ArticleFragments, maxMutations: 5), format);
        }), "1,500 damaged articles");
    }

    /// <summary>Line endings do not change what is found: \n, \r\n and a lone \r (old Mac) give the same findings at the same lines and columns.</summary>
    [Fact]
    public void Line_endings_do_not_change_findings()
    {
        foreach (var (path, original) in Corpus.Articles)
        {
            var lf = original.Replace("\r\n", "\n");
            var expected = Describe(lf, path);
            Assert.Equal(expected, Describe(lf.Replace("\n", "\r\n"), path));
            Assert.Equal(expected, Describe(lf.Replace('\n', '\r'), path));
        }

        static List<string> Describe(string text, string path)
        {
            var document = DocumentReader.Read(text, DocumentReader.FormatOf(path));
            var result = Corpus.Checker.Check(document, document.Date ?? AsOf, All);
            Invariants.FindingsAreSound(text, result);
            // A finding whose words run over a line break ("King\nWillem-Alexander") quotes that break as the text writes it.
            return result.Findings.Select(f => $"{f.Rule} {f.Verdict} {f.Line}:{f.Column}-{f.EndLine}:{f.EndColumn} {f.Text.Replace("\r\n", "\n").Replace('\r', '\n')}").ToList();
        }
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Suppression_comments_work_with_every_line_ending(string newline)
    {
        var text = string.Join(newline, "date 2025-03-07", "<!-- factbase-disable-next-line -->", "NATO, founded in 1948, met.", "NATO, founded in 1948, met again.");
        var document = DocumentReader.Read(text, DocumentFormat.Markdown);
        var result = Corpus.Checker.Check(document, AsOf);
        Invariants.FindingsAreSound(text, result);
        Assert.DoesNotContain(result.Findings, f => f.Line == 3);
        Assert.Contains(result.Findings, f => f.Line == 4);
    }

    /// <summary>The indexed suppression lookup answers exactly as checking every suppression would.</summary>
    [Fact]
    public void Suppression_lookup_agrees_with_a_scan_of_every_suppression()
    {
        var rules = new[] { "age", "date", "role", "count" };
        Fuzz.Run(8101, 300, (random, _) =>
        {
            var suppressions = Enumerable.Range(0, random.Next(30)).Select(_ =>
            {
                var first = random.Next(1, 60);
                var last = random.Next(10) == 0 ? int.MaxValue : first + random.Next(20);
                return new Suppression(first, last, random.Next(2) == 0 ? Array.Empty<string>() : new[] { rules[random.Next(rules.Length)] });
            }).ToList();
            var document = new Document(string.Empty, string.Empty, Array.Empty<Text.TextSpan>(), null, suppressions);
            for (var line = 0; line < 100; line++)
            {
                foreach (var rule in rules)
                {
                    Assert.Equal(suppressions.Any(s => s.Covers(rule, line)), document.IsSuppressed(rule, line));
                }
            }
        });
    }

    /// <summary>100,000 suppression comments and as many look-ups: linear, where a scan per look-up took minutes.</summary>
    [Fact]
    public void Many_suppressions_are_looked_up_quickly()
    {
        var text = string.Concat(Enumerable.Repeat("<!-- factbase-disable date --> x <!-- factbase-enable -->\n", 100_000));
        var document = DocumentReader.Read(text, DocumentFormat.PlainText);
        Assert.Equal(100_000, document.Suppressions.Count);
        Bounded.Run(TimeSpan.FromSeconds(10), () =>
        {
            for (var line = 1; line <= 100_000; line++)
            {
                Assert.True(document.IsSuppressed("date", line));
                Assert.False(document.IsSuppressed("age", line));
            }
        }, "200,000 suppression look-ups");
    }

    [Fact]
    public void Odd_unicode_around_a_claim_keeps_the_claim_located_exactly()
    {
        foreach (var odd in new[] { "\uD83D\uDE00", "\uD83D", "\uDE00", "\u202E", "\u200F", "e\u0301", "\0", "\uFEFF", "\u0645\u0631\u062D\u0628\u0627" })
        {
            var text = $"date 2025-03-07\n{odd} {odd}\n\nThe {odd} alliance: NATA {odd}, and NATO, founded in 1948. {odd}";
            foreach (var format in Formats)
            {
                var result = CheckSoundly(text, format);
                Assert.Contains(result.Findings, f => f.Text == "NATA" || f.Text.Contains("1948", StringComparison.Ordinal));
            }
        }
    }

    internal static CheckResult CheckSoundly(string text, DocumentFormat format)
    {
        var document = DocumentReader.Read(text, format);
        Invariants.DocumentIsSound(text, document);
        var result = Corpus.Checker.Check(document, document.Date ?? AsOf, All);
        Invariants.FindingsAreSound(text, result);
        return result;
    }
}
