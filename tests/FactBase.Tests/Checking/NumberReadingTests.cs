using FactBase.Checking;
using FactBase.Checking.Numbers;
using FactBase.Checking.Rules;
using FactBase.Text;

namespace FactBase.Tests.Checking;

/// <summary>
/// Numbers as numbers (issue 15): number words, ordinals, quantity modifiers and events that state an age, against the
/// starter facts. As of 2025-02-01: NATO (founded 1949-04-04) is 75 and has 32 members; the EU 27; the UN 193; Trump
/// (born 1946-06-14) is 78.
/// </summary>
public sealed class NumberReadingTests
{
    private const string AsOf = "2025-02-01";

    [Theory]
    [InlineData("seventy-five", 75, false, 3)]
    [InlineData("seventy five", 75, false, 2)]
    [InlineData("thirty-second", 32, true, 3)]
    [InlineData("Thirty-one", 31, false, 3)]
    [InlineData("twelve", 12, false, 1)]
    [InlineData("seventieth", 70, true, 1)]
    [InlineData("one hundred and ninety-three", 193, false, 6)]
    [InlineData("75th", 75, true, 1)]
    [InlineData("32", 32, false, 1)]
    public void Numbers_in_words_and_digits_are_read(string text, int value, bool ordinal, int length)
    {
        var tokens = Tokenizer.Tokenize(text, 0, text.Length).ToArray();
        var number = NumberWords.Read(tokens, 0);
        Assert.Equal((value, ordinal, length), number);
    }

    [Theory]
    [InlineData("one")]
    [InlineData("first")]
    [InlineData("second")]
    [InlineData("someone")]
    [InlineData("seconds")]
    public void Words_that_are_rarely_numbers_are_not_read(string text)
        => Assert.Null(NumberWords.Read(Tokenizer.Tokenize(text, 0, text.Length).ToArray(), 0));

    [Theory]
    [InlineData("The seventy-five-year-old NATO met in Brussels.", "seventy-five", "supported", null)]
    [InlineData("The seventy-six-year-old NATO met in Brussels.", "seventy-six", "contradicted", "75")]
    [InlineData("Donald Trump, seventy-eight, met NATO leaders.", "seventy-eight", "supported", null)]
    [InlineData("Donald Trump, seventy-nine, met NATO leaders.", "seventy-nine", "contradicted", "78")]
    [InlineData("NATO's seventy-fifth anniversary was marked in Washington.", "seventy-fifth", "supported", null)]
    [InlineData("NATO's seventieth anniversary was marked in Washington.", "seventieth", "contradicted", "76th")]
    public void Ages_in_words_are_checked(string text, string span, string verdict, string? expected)
        => CheckAssert.Single(TestKnowledgeBases.StarterChecker, text, AsOf, RuleCatalog.Age.Name, span, verdict, expected, expected);

    [Theory]
    [InlineData("Donald Trump turned 78 in June 2024.", "78", "supported", null)]
    [InlineData("Donald Trump turned 75 in June 2024.", "75", "contradicted", "78")]
    [InlineData("NATO marked its 75th anniversary last year.", "75th", "supported", null)]
    [InlineData("NATO marked its 70th anniversary last year.", "70th", "contradicted", "75th")]
    [InlineData("NATO celebrates its seventy-sixth anniversary in April.", "seventy-sixth", "supported", null)]
    [InlineData("NATO celebrates its eightieth anniversary in April.", "eightieth", "contradicted", "76th")]
    [InlineData("NATO marked 75 years last year.", "75", "supported", null)]
    [InlineData("NATO marked 65 years last year.", "65", "contradicted", "75th")]
    public void Events_that_state_an_age_are_checked(string text, string span, string verdict, string? expected)
    {
        var finding = CheckAssert.Findings(TestKnowledgeBases.StarterChecker, text, AsOf).Single(f => f.Rule == RuleCatalog.Age.Name);
        Assert.Equal(span, finding.Text);
        Assert.Equal(verdict, finding.Verdict.ToString().ToLowerInvariant());
        Assert.Equal(expected, finding.Expected);
    }

    [Fact]
    public void Turned_on_a_weekday_is_read_on_that_day()
    {
        // The time right after the event dates it, not another time the sentence names (Friday 2016-06-17: 70 too).
        CheckAssert.Single(TestKnowledgeBases.StarterChecker, "Donald Trump, who turned 69 on Tuesday, spoke on Friday.", "2016-06-18", RuleCatalog.Age.Name, "69", "contradicted", "70", "70");
        // 2016-06-18 is a Saturday; Trump turned 70 on Tuesday 2016-06-14.
        CheckAssert.Single(TestKnowledgeBases.StarterChecker, "Donald Trump turned 70 on Tuesday.", "2016-06-18", RuleCatalog.Age.Name, "70", "supported");
        CheckAssert.Single(TestKnowledgeBases.StarterChecker, "Donald Trump turned 71 on Tuesday.", "2016-06-18", RuleCatalog.Age.Name, "71", "contradicted", "70", "70");
        CheckAssert.Single(TestKnowledgeBases.StarterChecker, "Donald Trump turns 79 in June.", AsOf, RuleCatalog.Age.Name, "79", "supported");
    }

    [Theory]
    [InlineData("NATO has thirty-two members.", "thirty-two", "supported", null)]
    [InlineData("NATO has thirty-one members.", "thirty-one", "outdated", "32")]
    [InlineData("The thirty-two-member NATO met.", "thirty-two", "supported", null)]
    [InlineData("The thirty-member NATO met.", "thirty", "outdated", "32")]
    [InlineData("The thirty-two nation alliance NATO met.", "thirty-two", "supported", null)]
    [InlineData("Sweden joined NATO as its thirty-second member.", "thirty-second", "supported", null)]
    [InlineData("Sweden joined NATO as its thirty-first member.", "thirty-first", "contradicted", "32nd")]
    [InlineData("All 32 allies of NATO signed.", "32", "supported", null)]
    [InlineData("The 32-member Western alliance met at NATO headquarters.", "32", "supported", null)]
    [InlineData("The 30-member Western alliance met at NATO headquarters.", "30", "outdated", "32")]
    public void Counts_in_words_are_checked(string text, string span, string verdict, string? expected)
        => CheckAssert.Single(TestKnowledgeBases.StarterChecker, text, AsOf, RuleCatalog.Count.Name, span, verdict, expected, expected);

    [Theory]
    [InlineData("Sweden and the other 31 NATO allies met.", "31", "supported", null, null)]
    [InlineData("Sweden and the other 30 NATO allies met.", "30", "contradicted", "31", "31")]
    [InlineData("Sweden met 31 other NATO allies.", "31", "supported", null, null)]
    [InlineData("Sweden met 32 other NATO allies.", "32", "contradicted", "31", "31")]
    [InlineData("Hungary blocked it, but the remaining 26 EU members agreed.", "26", "supported", null, null)]
    [InlineData("Hungary blocked it, but the remaining 28 EU members agreed.", "28", "contradicted", "26", "26")]
    [InlineData("A year after Britain left, the remaining 27 EU members met.", "27", "supported", null, null)]
    [InlineData("Sweden and the other 32 NATO allies met.", "32", "contradicted", "31", "31")]
    [InlineData("Hungary and Slovakia blocked it; the other 25 EU members agreed.", "25", "supported", null, null)]
    public void The_other_and_the_remaining_are_the_rest(string text, string span, string verdict, string? expected, string? suggestion)
        => CheckAssert.Single(TestKnowledgeBases.StarterChecker, text, AsOf, RuleCatalog.Count.Name, span, verdict, expected, suggestion);

    [Theory]
    [InlineData("NATO has more than 30 members.", "30", "supported")]
    [InlineData("NATO has more than 40 members.", "40", "contradicted")]
    [InlineData("NATO has over 30 members.", "30", "supported")]
    [InlineData("NATO has fewer than 40 members.", "40", "supported")]
    [InlineData("NATO has fewer than 30 members.", "30", "contradicted")]
    [InlineData("The UN has about 190 member states.", "190", "supported")]
    [InlineData("The UN has about 150 member states.", "150", "contradicted")]
    [InlineData("The UN has nearly 200 member states.", "200", "supported")]
    [InlineData("The UN has almost 150 member states.", "150", "contradicted")]
    [InlineData("The UN has some 190 member states.", "190", "supported")]
    [InlineData("NATO has at least 30 members.", "30", "supported")]
    public void Approximate_numbers_are_ranges(string text, string span, string verdict)
    {
        var finding = CheckAssert.Single(TestKnowledgeBases.StarterChecker, text, AsOf, RuleCatalog.Count.Name, span, verdict, verdict == "supported" ? null : ExpectedCount(text), null);
        Assert.Null(finding.Suggestion); // a range is never rewritten as an exact number
    }

    private static string ExpectedCount(string text) => text.Contains("UN") ? "193" : "32";

    [Theory]
    [InlineData("NATO has more than 32 members.")] // the edge of the bound: not clearly wrong
    [InlineData("The UN has about 170 member states.")] // beyond rounding, not clearly a mistake
    [InlineData("NATO has only 3 members in the region.")]
    [InlineData("The first 12 NATO members signed in 1949.")]
    [InlineData("NATO has up to 40 members.")]
    public void Numbers_that_are_not_clearly_wrong_raise_no_alarm(string text)
        => CheckAssert.NoAlarm(TestKnowledgeBases.StarterChecker, text, AsOf);
}
