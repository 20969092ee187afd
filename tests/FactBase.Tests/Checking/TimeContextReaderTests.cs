using FactBase.Checking;
using FactBase.Checking.Time;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Tests.Checking;

/// <summary>
/// TimeContextReader skips sentences without a number and tokens that cannot start a date (issue 6). The reference is
/// the reader before that change, which tried <see cref="DateExpression.Read"/> at every token of every sentence.
/// </summary>
public sealed class TimeContextReaderTests
{
    private static readonly FactDate[] AsOfDates = { new(2024, 6, 1), new(2019), new(2016, 4), new(1950, 1, 1) };

    private static readonly string[] Handwritten =
    {
        "In 2019, Jens Stoltenberg was Secretary General.",
        "NATO was founded on 4 April 1949 in Washington.",
        "NATO was founded on April 4, 1949.",
        "Back in 2016, the alliance had 28 members.",
        "As of March 2023, Finland had joined.",
        "Before 2021, the alliance had 30 members.",
        "Before April 2021, it was smaller; in May 2023 it grew.",
        "During 2019, since 2017 and until 2020, from 2015 the members met.",
        "The alliance has members and a Secretary General.",
        "The chief said so.",
        "In April, the members met.",
        "Apr. 4, 1949 was a Monday, and so was the 4th.",
        "By 2030, there will be more members.",
        "In 2019 the members met, 2020, in 2021.",
        "It was founded on Apr. 4, 1949, and on Sept. 1949.",
        "Members met in May 2019, in April 2016 and on 20 April 2016.",
        "Members met in 2019",
    };

    // Sentences with no relative time word ("last", "ago", "on Friday"): the reference reads dates only.
    private static IEnumerable<IReadOnlyList<Token>> Sentences()
        => EvalSentences.All.Select(s => s.Tokens).Concat(Handwritten.Select(t => (IReadOnlyList<Token>)Tokenizer.Tokenize(t, 0, t.Length)))
            .Where(tokens => !tokens.Any(RelativeTime.IsAnchor));

    [Fact]
    public void Every_sentence_reads_as_the_reference_reader_without_shortcuts()
    {
        var withTime = 0;
        foreach (var tokens in Sentences())
        {
            foreach (var asOf in AsOfDates)
            {
                var expected = Reference(tokens, asOf);
                var actual = TimeContextReader.Read(tokens, asOf);
                var where = $"'{string.Join(" ", tokens.Select(t => t.Text))}' as of {asOf}";
                Assert.True(expected.Primary == actual.Primary, $"{where}: primary {actual.Primary}, expected {expected.Primary}");
                Assert.True(expected.Others.SequenceEqual(actual.Others), $"{where}: others [{string.Join(", ", actual.Others)}], expected [{string.Join(", ", expected.Others)}]");
                Assert.Equal(expected.AsOf, actual.AsOf);
                withTime += expected.Primary != asOf || expected.Others.Count > 0 ? 1 : 0;
            }
        }

        Assert.True(withTime > 20, $"only {withTime} sentences name a time");
    }

    [Fact]
    public void A_sentence_without_a_number_names_no_time()
    {
        var asOf = new FactDate(2024, 6, 1);
        var without = Sentences().Where(t => t.All(token => token.Kind != TokenKind.Number)).ToList();
        Assert.True(without.Count > 10);
        foreach (var tokens in without)
        {
            var time = TimeContextReader.Read(tokens, asOf);
            Assert.Equal(asOf, time.Primary);
            Assert.Empty(time.Others);
        }
    }

    [Theory]
    [InlineData("In 2019, Jens Stoltenberg was Secretary General.", "2019", "")]
    [InlineData("Back in 2016, the alliance had 28 members.", "2016", "")]
    [InlineData("As of March 2023, Finland had joined.", "2023-03", "")]
    [InlineData("Before 2021, the alliance had 30 members.", "2020", "")]
    [InlineData("Before April 2021, it was smaller.", "2021-03", "")]
    [InlineData("NATO was founded on 4 April 1949 in Washington.", "2024-06-01", "1949-04-04")]
    [InlineData("NATO was founded on April 4, 1949.", "2024-06-01", "1949-04-04")]
    [InlineData("In 2019 the members met, in 2030 they will not.", "2019", "")] // a time after the article is no other time
    [InlineData("In 1966 NATO had 15 members.", "1966", "")] // a lead year without a comma before a clause
    [InlineData("In 1966 talks stalled.", "2024-06-01", "1966")] // no name or determiner after it: not read as a lead
    [InlineData("The chief said so.", "2024-06-01", "")]
    [InlineData("It was founded on Apr. 4, 1949.", "2024-06-01", "1949-04-04")]
    [InlineData("Members met in 2024, in June 2024 and on 2 June 2024", "2024-06-01", "2024 2024-06")] // the article's year and month, not a later day
    public void Handwritten_sentences_name_the_times_they_say(string text, string primary, string others)
    {
        var time = TimeContextReader.Read(Tokenizer.Tokenize(text, 0, text.Length), new FactDate(2024, 6, 1));
        Assert.Equal(FactDate.Parse(primary), time.Primary);
        Assert.Equal(others.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(FactDate.Parse), time.Others);
    }

    // "In 2019 the members met": "in" or "by" and a date, then a name or a determiner or pronoun that opens a clause.
    private static bool LeadWithoutComma(IReadOnlyList<Token> tokens, int leadWord, int next)
        => (tokens[leadWord].IsWord("in") || tokens[leadWord].IsWord("by")) && tokens[next].Kind == TokenKind.Word
           && (tokens[next].IsCapitalized || new[] { "the", "its", "it", "he", "she", "they", "we", "their", "his", "her" }.Any(tokens[next].IsWord));

    /// <summary>The reader before issue 6: no number test, a date read at every token.</summary>
    private static TimeContext Reference(IReadOnlyList<Token> tokens, FactDate asOf)
    {
        var primary = asOf;
        var others = new List<FactDate>();
        var start = 0;
        var k = 0;
        if (k < tokens.Count && (tokens[k].IsWord("back") || (tokens[k].IsWord("as") && k + 1 < tokens.Count && tokens[k + 1].IsWord("of"))))
        {
            k++;
        }

        var before = k < tokens.Count && tokens[k].IsWord("before");
        if (k < tokens.Count && TimeContextReader.IsLeadWord(tokens[k]) && DateExpression.Read(tokens, k + 1) is { } lead
            && k + 1 + lead.Length < tokens.Count && (tokens[k + 1 + lead.Length].Is(',') || LeadWithoutComma(tokens, k, k + 1 + lead.Length)))
        {
            primary = before ? TimeContextReader.DayBefore(lead.Date) : lead.Date;
            start = k + 1 + lead.Length;
        }

        for (var i = start; i < tokens.Count; i++)
        {
            if (DateExpression.Read(tokens, i) is { } date && i > 0 && (tokens[i - 1].IsWord("in") || tokens[i - 1].IsWord("on") || tokens[i - 1].IsWord("of") || tokens[i - 1].IsWord("since") || tokens[i - 1].IsWord("until") || tokens[i - 1].IsWord("from") || tokens[i - 1].IsWord("during") || tokens[i - 1].IsWord("the") || tokens[i - 1].Is(',')))
            {
                if (date.Date.Earliest.ToDateOnly() <= asOf.Latest.ToDateOnly())
                {
                    others.Add(date.Date);
                }

                i += date.Length - 1;
            }
        }

        return new TimeContext(primary, others, asOf);
    }
}
