using FactBase.Checking.Time;
using FactBase.Model;
using FactBase.Text;

namespace FactBase.Tests.Checking;

/// <summary>
/// The cheap tests that let a reader skip a sentence (docs/performance.md, "Session 5: checker core") are necessary
/// conditions of the reader: wherever the reader finds something, its gate lets the sentence through. Checked on every
/// sentence of the evaluation sets and on sentences made to hold each phrasing the reader knows.
/// </summary>
public sealed class ReaderGateTests
{
    // Each lead phrasing the narrative reader knows, in several cases, before an ordinary clause.
    private static readonly string[] Leads =
    {
        "In 2019,", "in 2019,", "Back in April 2016,", "As of 2023,", "By 2020,", "Before 2021,", "During 2015,", "Throughout 2018,",
        "Until 2010,", "Till 2010,", "Of 2010,", "On 3 May 2020,", "Five years ago,", "five years ago,", "Seventy-five years ago,",
        "One hundred and five years ago,", "25 years ago,", "A year later,", "a year later,", "Two years earlier,", "Last year,",
        "LAST YEAR,", "Last month,", "Last April,", "Last Thursday,", "On Thursday,", "Thursday,", "This year,", "Earlier this month,",
        "Later this year,", "At the time,", "At that time,", "That day,", "That year,", "That March,", "Then,", "The following spring,",
        "The following year,", "The next month,", "The previous year,", "A few weeks later,", "Several days later,", "Today,",
        "Now,", "Currently,", "March of last year,", "In March two years earlier,", "June that year,", "In the following year,",
        "On the following day,", "Back then,", "As of today,", "A YEAR AGO,", "A few days later,", "A month later,", "A year ago,",
        "The Following year,", "THE NEXT YEAR,", "The previous month,", "Two months ago,",
    };

    [Fact]
    public void A_sentence_whose_lead_the_narrative_reader_finds_passes_the_first_word_test()
    {
        var asOf = new FactDate(2025, 3, 6);
        var narratives = new FactDate?[] { null, new FactDate(2019), new FactDate(2019, 6) };
        var sentences = EvalSentences.All.Select(s => s.Tokens)
            .Concat(Leads.Select(lead => Tokens(lead + " the alliance met in Brussels.")))
            .ToList();
        var found = 0;
        var skipped = 0;
        foreach (var tokens in sentences)
        {
            var span = tokens.ToArray().AsSpan();
            skipped += TimeContextReader.MayStartLead(span, inNarrative: false) ? 0 : 1;
            foreach (var narrative in narratives)
            {
                var gate = TimeContextReader.MayStartLead(span, narrative is not null);
                if (TimeContextReader.ReadLead(span, asOf, narrative) is not null)
                {
                    found++;
                    Assert.True(gate, $"lead not let through: '{string.Join(" ", tokens.Select(t => t.Text))}'");
                }
            }
        }

        // Not vacuous: most phrasings are leads, and the test turns most sentences away.
        Assert.True(found > 100, $"{found} leads");
        Assert.True(skipped > sentences.Count / 2, $"{skipped} of {sentences.Count} sentences skipped");
    }

    private static IReadOnlyList<Token> Tokens(string text) => SentenceSplitter.Split(text, new TextSpan(0, text.Length))[0].Tokens;
}
