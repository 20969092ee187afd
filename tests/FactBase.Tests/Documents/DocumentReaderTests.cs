using FactBase.Checking;
using FactBase.Checking.Findings;
using FactBase.Checking.Rules;
using FactBase.Documents;
using FactBase.Model;

namespace FactBase.Tests.Documents;

public sealed class DocumentReaderTests
{
    private const string Wrong = "NATO, founded in 1948, met.";

    private static bool IsProse(Document document, string needle)
    {
        var at = document.Original.IndexOf(needle, StringComparison.Ordinal);
        Assert.True(at >= 0, needle);
        return document.Prose.Substring(at, needle.Length) == needle;
    }

    private static IReadOnlyList<Finding> Check(string text, DocumentFormat format, string asOf = "2025-03-07")
        => TestKnowledgeBases.StarterChecker.Check(DocumentReader.Read(text, format), FactDate.Parse(asOf)).Findings;

    [Theory]
    [InlineData("a.md", DocumentFormat.Markdown)]
    [InlineData("a.markdown", DocumentFormat.Markdown)]
    [InlineData("a.HTML", DocumentFormat.Html)]
    [InlineData("a.htm", DocumentFormat.Html)]
    [InlineData("a.txt", DocumentFormat.PlainText)]
    [InlineData("a", DocumentFormat.PlainText)]
    public void Format_follows_the_extension(string path, DocumentFormat format)
        => Assert.Equal(format, DocumentReader.FormatOf(path));

    [Fact]
    public void Prose_has_the_length_and_line_breaks_of_the_original()
    {
        const string text = "---\ndate: 2025-03-07\n---\nA `code` line.\r\n\r\n<!-- c -->\nEnd.";
        var document = DocumentReader.Read(text, DocumentFormat.Markdown);
        Assert.Equal(text.Length, document.Prose.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\n' or '\r')
            {
                Assert.Equal(text[i], document.Prose[i]);
            }
        }
    }

    [Fact]
    public void Markdown_code_spans_fenced_code_and_indented_code_are_not_prose()
    {
        const string text = "Use `NATO, founded in 1948,` as an example.\n\n```text\nNATO Secretary General Jens Stoltenberg\n```\n\n    NATO's 30 members\n\nNATO met.\n";
        var document = DocumentReader.Read(text, DocumentFormat.Markdown);
        Assert.False(IsProse(document, "NATO, founded in 1948,"));
        Assert.False(IsProse(document, "Jens Stoltenberg"));
        Assert.False(IsProse(document, "NATO's 30 members"));
        Assert.True(IsProse(document, "NATO met."));
        Assert.Empty(Check(text, DocumentFormat.Markdown));
    }

    [Fact]
    public void Markdown_link_targets_are_not_prose_but_link_text_is()
    {
        const string text = "See [the NATO page](https://example.org/nata-1948) and <https://example.org/NATA>.\n";
        var document = DocumentReader.Read(text, DocumentFormat.Markdown);
        Assert.True(IsProse(document, "the NATO page"));
        Assert.False(IsProse(document, "https://example.org/nata-1948"));
        Assert.False(IsProse(document, "https://example.org/NATA"));
    }

    [Fact]
    public void Markdown_html_comments_and_front_matter_are_not_prose()
    {
        const string text = "---\ntitle: NATO, founded in 1948\ndate: 2025-03-07\n---\n<!-- NATO, founded in 1948, -->\n\nNATO met.\n";
        var document = DocumentReader.Read(text, DocumentFormat.Markdown);
        Assert.False(IsProse(document, "title: NATO, founded in 1948"));
        Assert.False(IsProse(document, "<!-- NATO, founded in 1948, -->"));
        Assert.Empty(Check(text, DocumentFormat.Markdown));
    }

    [Fact]
    public void Markdown_blockquotes_headings_and_list_items_are_prose()
    {
        const string text = "# NATO, founded in 1948, turns 76\n\n> NATO, founded in 1948, is quoted.\n\n- NATO, founded in 1948, is listed.\n";
        var findings = Check(text, DocumentFormat.Markdown);
        Assert.Equal(3, findings.Count(f => f.Rule == RuleCatalog.Date.Name && f.Verdict == Verdict.Contradicted));
    }

    [Fact]
    public void Markdown_blocks_do_not_run_into_each_other()
    {
        // Without block boundaries "Trump" and ", 78," of the next item would make one appositive.
        const string text = "- Donald Trump\n- 78, the number of delegates\n";
        Assert.DoesNotContain(Check(text, DocumentFormat.Markdown), f => f.Rule == RuleCatalog.Age.Name);
    }

    [Fact]
    public void Front_matter_date_is_the_document_date()
    {
        var document = DocumentReader.Read("---\ntitle: x\ndate: 2024-05-06\n---\nText.\n", DocumentFormat.Markdown);
        Assert.Equal(new FactDate(2024, 5, 6), document.Date);
    }

    [Theory]
    [InlineData("---\ndate: \"2024-05-06\"\n---\nText.\n")]
    [InlineData("---\ndate: 2024-05-06T10:00:00Z\n---\nText.\n")]
    public void Front_matter_date_may_be_quoted_or_carry_a_time(string text)
        => Assert.Equal(new FactDate(2024, 5, 6), DocumentReader.Read(text, DocumentFormat.Markdown).Date);

    [Fact]
    public void Unterminated_front_matter_is_not_front_matter()
        => Assert.Null(DocumentReader.Read("---\ndate: 2024-05-06\nText.\n", DocumentFormat.Markdown).Date);

    [Fact]
    public void A_first_line_date_is_the_document_date_and_not_prose()
    {
        const string text = " date 2025-03-07 US President Donald Trump is in the limelight.";
        var document = DocumentReader.Read(text, DocumentFormat.PlainText);
        Assert.Equal(new FactDate(2025, 3, 7), document.Date);
        Assert.False(IsProse(document, "date 2025-03-07"));
        Assert.True(IsProse(document, "US President Donald Trump"));
    }

    [Theory]
    [InlineData("Date: 2025-03-07\n\nUS President Donald Trump spoke.", "Date: 2025-03-07")]
    [InlineData("date:2025-03-07\nUS President Donald Trump spoke.", "date:2025-03-07")]
    [InlineData("DATE 2025-03-07\nUS President Donald Trump spoke.", "DATE 2025-03-07")]
    public void A_first_line_date_as_people_type_it_is_the_document_date(string text, string line)
    {
        var document = DocumentReader.Read(text, DocumentFormat.PlainText);
        Assert.Equal(new FactDate(2025, 3, 7), document.Date);
        Assert.False(IsProse(document, line));
        Assert.True(IsProse(document, "US President Donald Trump"));
    }

    [Theory]
    [InlineData("Dated 2025-03-07, the memo was signed.")]
    [InlineData("Date palms grow in 2025-03-07 soil.")]
    [InlineData("Datelines: 2025-03-07\n")]
    public void A_first_line_that_only_starts_like_a_date_line_is_prose(string text)
        => Assert.Null(DocumentReader.Read(text, DocumentFormat.PlainText).Date);

    [Fact]
    public void A_date_line_after_the_first_line_is_prose()
        => Assert.Null(DocumentReader.Read("NATO met.\ndate 2025-03-07\n", DocumentFormat.PlainText).Date);

    [Fact]
    public void Front_matter_date_wins_over_a_date_line()
        => Assert.Equal(new FactDate(2024, 1, 2), DocumentReader.Read("---\ndate: 2024-01-02\n---\ndate 2025-03-07\n", DocumentFormat.Markdown).Date);

    [Fact]
    public void Plain_text_paragraphs_are_blocks()
    {
        var document = DocumentReader.Read("NATO met.\nAgain.\n\nRutte spoke.\n", DocumentFormat.PlainText);
        Assert.Equal(2, document.Blocks.Count);
    }

    [Fact]
    public void Html_tags_script_style_and_comments_are_not_prose()
    {
        const string text = "<html><head><title>x</title><style>.nato { content: 'NATO, founded in 1948,' }</style></head>"
            + "<body><p class=\"NATO, founded in 1948,\">NATO met <b>again</b>.</p><script>var s = 'NATO, founded in 1948,';</script>"
            + "<!-- NATO, founded in 1948, --><p>NATO&apos;s chief spoke.</p></body></html>";
        var document = DocumentReader.Read(text, DocumentFormat.Html);
        Assert.True(IsProse(document, "NATO met"));
        Assert.True(IsProse(document, "again"));
        Assert.False(IsProse(document, "content: 'NATO, founded in 1948,'"));
        Assert.False(IsProse(document, "var s = 'NATO, founded in 1948,';"));
        Assert.False(IsProse(document, "class=\"NATO, founded in 1948,\""));
        Assert.False(IsProse(document, "&apos;"));
        Assert.Empty(Check(text, DocumentFormat.Html));
    }

    [Fact]
    public void Html_block_tags_separate_paragraphs()
    {
        const string text = "<p>Donald Trump</p><p>78, the number of delegates.</p>";
        Assert.DoesNotContain(Check(text, DocumentFormat.Html), f => f.Rule == RuleCatalog.Age.Name);
        Assert.Contains(Check("<p>" + Wrong + "</p>", DocumentFormat.Html), f => f.Rule == RuleCatalog.Date.Name);
    }

    [Fact]
    public void Disable_next_line_suppresses_only_the_next_line()
    {
        var text = $"<!-- factbase-disable-next-line -->\n{Wrong}\n\n{Wrong}\n";
        var findings = Check(text, DocumentFormat.Markdown);
        Assert.Single(findings);
        Assert.Equal(4, findings[0].Line);
    }

    [Fact]
    public void Disable_next_line_with_rules_suppresses_only_those_rules()
    {
        var text = $"<!-- factbase-disable-next-line age -->\n{Wrong}\n";
        Assert.Single(Check(text, DocumentFormat.Markdown), f => f.Rule == RuleCatalog.Date.Name);
        text = $"<!-- factbase-disable-next-line date, age -->\n{Wrong}\n";
        Assert.Empty(Check(text, DocumentFormat.Markdown));
    }

    [Fact]
    public void Disable_and_enable_suppress_a_region()
    {
        var text = $"{Wrong}\n\n<!-- factbase-disable date -->\n\n{Wrong}\n\n{Wrong}\n\n<!-- factbase-enable -->\n\n{Wrong}\n";
        var lines = Check(text, DocumentFormat.Markdown).Select(f => f.Line).ToArray();
        Assert.Equal(new[] { 1, 11 }, lines);
    }

    [Fact]
    public void Disable_without_enable_runs_to_the_end()
    {
        var text = $"{Wrong}\n\n<!-- factbase-disable -->\n\n{Wrong}\n";
        Assert.Equal(new[] { 1 }, Check(text, DocumentFormat.Markdown).Select(f => f.Line));
    }

    [Fact]
    public void Suppression_comments_work_in_plain_text_and_are_not_prose()
    {
        var text = $"<!-- factbase-disable-next-line -->\n{Wrong}\n";
        Assert.Empty(Check(text, DocumentFormat.PlainText));
    }

    [Fact]
    public void Lines_and_columns_are_one_based_utf16()
    {
        var text = "---\ndate: 2025-03-07\n---\n\u00C9t\u00E9 \uD83D\uDE00: NATO, founded in 1948, met.\n";
        var finding = Check(text, DocumentFormat.Markdown).Single();
        Assert.Equal(4, finding.Line);
        Assert.Equal(text.Split('\n')[3].IndexOf("1948", StringComparison.Ordinal) + 1, finding.Column);
        Assert.Equal(finding.Column + 4, finding.EndColumn);
    }

    [Fact]
    public void Crlf_line_endings_give_the_same_lines()
    {
        var text = $"---\r\ndate: 2025-03-07\r\n---\r\n\r\n{Wrong}\r\n";
        var document = DocumentReader.Read(text, DocumentFormat.Markdown);
        Assert.Equal(new FactDate(2025, 3, 7), document.Date);
        Assert.Equal(5, Check(text, DocumentFormat.Markdown).Single().Line);
    }
}
