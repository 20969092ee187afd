using System.Diagnostics;
using System.Text;
using FactBase.Documents;
using FactBase.Model;
using FactBase.Robustness.Support;

namespace FactBase.Robustness;

/// <summary>
/// Inputs built to hit the worst case of each reader and of the checker finish in seconds, and time
/// grows linearly with size. The bounds are coarse on purpose (several times what a 2-core CI machine
/// needs) so they cannot flake, yet a quadratic step, which takes minutes on a megabyte, still fails.
/// </summary>
[Collection(TimingCollection.Name)]
public sealed class PathologicalInputTests
{
    private const int MB = 1 << 20;
    // A release build needs 0.1–2 s for each case; the tests run a debug build beside other tests on 2 cores.
    private static readonly TimeSpan FewSeconds = TimeSpan.FromSeconds(15);
    private static readonly FactDate AsOf = new(2025, 3, 7);

    public static TheoryData<string, DocumentFormat> Cases() => new()
    {
        { "lt", DocumentFormat.Html }, { "lt", DocumentFormat.Markdown },
        { "amp", DocumentFormat.Html },
        { "brackets", DocumentFormat.Markdown }, { "images", DocumentFormat.Markdown },
        { "unclosed-comment", DocumentFormat.Html }, { "unclosed-comment", DocumentFormat.Markdown },
        { "nested-quotes", DocumentFormat.Markdown }, { "nested-quotes-spaced", DocumentFormat.Markdown },
        { "one-word", DocumentFormat.PlainText }, { "misspelled-word", DocumentFormat.PlainText }, { "huge-word", DocumentFormat.PlainText },
        { "unclosed-script", DocumentFormat.Html }, { "unclosed-attribute", DocumentFormat.Html },
        { "emphasis", DocumentFormat.Markdown }, { "backticks", DocumentFormat.Markdown },
        { "numbers", DocumentFormat.PlainText }, { "unclosed-front-matter", DocumentFormat.Markdown },
        { "suppressions", DocumentFormat.PlainText }, { "sentences", DocumentFormat.PlainText },
        { "cr-only", DocumentFormat.PlainText }, { "blank-lines", DocumentFormat.Markdown },
        { "dotted", DocumentFormat.PlainText }, { "combining", DocumentFormat.PlainText },
        { "claims", DocumentFormat.Html },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_megabyte_of_worst_case_input_takes_seconds(string name, DocumentFormat format)
    {
        var text = Make(name, MB);
        var elapsed = Bounded.Run(TimeSpan.FromSeconds(60), () => { DocumentFuzzTests.CheckSoundly(text, format); }, $"{name} as {format}");
        Assert.True(elapsed < FewSeconds, $"{name} as {format}: {elapsed.TotalSeconds:F1} s for 1 MB");
    }

    /// <summary>An 8 MB article on a single line (no line breaks at all), full of claims.</summary>
    [Fact]
    public void An_8_MB_single_line_article_is_checked_in_bounded_time()
    {
        var text = SingleLineArticle(8 * MB);
        Assert.DoesNotContain('\n', text);
        var result = default(Checking.CheckResult);
        var elapsed = Bounded.Run(TimeSpan.FromSeconds(90), () => { result = DocumentFuzzTests.CheckSoundly(text, DocumentFormat.Markdown); }, "8 MB single-line article");
        Assert.True(elapsed < TimeSpan.FromSeconds(60), $"{elapsed.TotalSeconds:F1} s");
        Assert.NotEmpty(result!.Findings);
    }

    /// <summary>Four times the input takes about four times as long (at most eight times, plus slack): no quadratic step.</summary>
    [Theory]
    [InlineData("claims", DocumentFormat.PlainText)]
    [InlineData("amp", DocumentFormat.Html)]
    [InlineData("brackets", DocumentFormat.Markdown)]
    public void Time_grows_linearly_with_size(string name, DocumentFormat format)
    {
        DocumentFuzzTests.CheckSoundly(Make(name, 16 * 1024), format); // warm up
        var small = Measure(Make(name, MB / 4), format);
        var large = Measure(Make(name, MB), format);
        Assert.True(large < small * 8 + TimeSpan.FromSeconds(2), $"{name} as {format}: 0.25 MB in {small.TotalSeconds:F2} s, 1 MB in {large.TotalSeconds:F2} s");
    }

    private static TimeSpan Measure(string text, DocumentFormat format)
    {
        var watch = Stopwatch.StartNew();
        Bounded.Run(TimeSpan.FromSeconds(60), () => { DocumentFuzzTests.CheckSoundly(text, format); }, "scaling");
        return watch.Elapsed;
    }

    internal static string Make(string name, int size) => name switch
    {
        "lt" => Repeat("<", size),
        "amp" => Repeat("&", size),
        "brackets" => Repeat("[", size),
        "images" => Repeat("![", size),
        "unclosed-comment" => "date 2025-03-07\n<!--" + Repeat("NATO was founded in 1948. ", size),
        "nested-quotes" => new string('>', 100_000) + " NATO, founded in 1948, met.\n" + Repeat(">", size - 100_030),
        "nested-quotes-spaced" => Repeat("> ", 200_000) + "NATO, founded in 1948, met.\n",
        "one-word" => Repeat("NATO ", size),
        "misspelled-word" => Repeat("Stoltenburg ", size),
        "huge-word" => "A" + new string('a', size),
        "unclosed-script" => Repeat("<script>", size),
        "unclosed-attribute" => "<p title=\"" + Repeat("NATO was founded in 1948. ", size),
        "emphasis" => Repeat("*_", size),
        "backticks" => Repeat("`", size),
        "numbers" => Repeat("1,000,", size),
        "unclosed-front-matter" => "---\n" + Repeat("date: 2020-01-01\n", size),
        "suppressions" => Repeat("<!-- factbase-disable --> NATO was founded in 1948. <!-- factbase-enable -->\n", size),
        "sentences" => Repeat("NATO. ", size),
        "cr-only" => Repeat("NATO, founded in 1948, met.\r", size),
        "blank-lines" => Repeat("\n", size),
        "dotted" => Repeat("U.S.", size),
        "combining" => "E" + Repeat("\u0301", size),
        "claims" => SingleLineArticle(size),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    /// <summary>The evaluation articles joined on one line, repeated to the size.</summary>
    internal static string SingleLineArticle(int size)
        => "date 2025-03-07 " + Repeat(string.Join(" ", Corpus.Articles.Select(a => a.Text)).Replace("\r", " ").Replace('\n', ' '), size);

    private static string Repeat(string piece, int size)
    {
        var sb = new StringBuilder(size + piece.Length);
        while (sb.Length < size)
        {
            sb.Append(piece);
        }

        return sb.ToString(0, Math.Max(0, size));
    }
}

/// <summary>Timing tests run one at a time (they still share the machine with other test classes).</summary>
[CollectionDefinition(Name)]
public sealed class TimingCollection
{
    public const string Name = "timing";
}
