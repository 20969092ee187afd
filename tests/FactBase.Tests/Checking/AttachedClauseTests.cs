using FactBase.Checking;
using FactBase.Checking.Rules;

namespace FactBase.Tests.Checking;

/// <summary>
/// Claims carried by a clause attached to a mention (Checking/Clauses): an apposition or a relative clause between the
/// subject and its verb, a relative clause read as its subject's own, a participle phrase after the subject or opening the
/// sentence, an object relative clause, "then" and "at the time" in a clause of a dated sentence. Each wrong claim has a
/// true twin in the same phrasing, and the clauses whose subject is unclear stay silent.
/// </summary>
public sealed class AttachedClauseTests
{
    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    // Silvio Berlusconi, born 29 September 1936, died 12 June 2023 at 86.
    [Theory]
    [InlineData("Silvio Berlusconi, the media tycoon who led four governments, died in Milan on Monday aged 85.")]
    [InlineData("Silvio Berlusconi, who led four governments, died in Milan on Monday aged 85.")]
    [InlineData("Silvio Berlusconi died in Milan on Monday aged 85.")]
    [InlineData("Silvio Berlusconi, who won the election in 2008, has died aged 85.")] // the clause's year is the clause's
    public void An_age_at_death_after_an_apposition_or_a_relative_clause_is_the_subjects(string text)
        => CheckAssert.Single(Starter, text, "2023-06-13", RuleCatalog.Age.Name, "85", "contradicted", "86", "86");

    [Fact]
    public void The_right_age_at_death_after_an_apposition_is_confirmed()
        => CheckAssert.Single(Starter, "Silvio Berlusconi, the media tycoon who led four governments, died in Milan on Monday aged 86.", "2023-06-13", RuleCatalog.Age.Name, "86", "supported");

    [Theory]
    [InlineData("Silvio Berlusconi, the ally of Vladimir Putin, died in Milan on Monday aged 85.")] // two people: whose age?
    [InlineData("Silvio Berlusconi, who won the election in 2008, was re-elected aged 85.")] // not a death: the time is unclear
    public void An_age_at_death_whose_subject_or_time_is_unclear_raises_no_alarm(string text)
        => CheckAssert.NoAlarm(Starter, text, "2023-06-13");

    // Olaf Scholz, chancellor from 8 December 2021; Emmanuel Macron, president from 14 May 2017.
    [Theory]
    [InlineData("Chancellor Olaf Scholz, elected in 2020, flew to Washington.", "Olaf Scholz, elected in 2020")]
    [InlineData("Elected in 2020, Chancellor Olaf Scholz flew to Washington.", "Elected in 2020")]
    public void A_participle_phrase_dates_the_term_of_the_title_like_a_relative_clause(string text, string span)
    {
        var finding = CheckAssert.Findings(Starter, text, "2023-03-01").Single(f => f.Verdict != FactBase.Checking.Findings.Verdict.Supported);
        Assert.Equal(RuleCatalog.Role.Name, finding.Rule);
        Assert.Equal(span, finding.Text);
    }

    [Theory]
    [InlineData("Chancellor Olaf Scholz, elected in 2021, flew to Washington.")]
    [InlineData("Elected in 2021, Chancellor Olaf Scholz flew to Washington.")]
    [InlineData("Having taken office in 2021, Chancellor Olaf Scholz flew to Washington.")]
    [InlineData("Elected in 2020, Olaf Scholz flew to Washington.")] // no title: which office was it?
    public void A_participle_phrase_with_the_right_year_or_no_office_raises_no_alarm(string text)
        => CheckAssert.NoAlarm(Starter, text, "2023-03-01");

    [Fact]
    public void An_opening_perfect_participle_dates_the_term()
        => Assert.Contains(CheckAssert.Findings(Starter, "Having taken office in 2020, Chancellor Olaf Scholz flew to Washington.", "2023-03-01"),
            f => f.Rule == RuleCatalog.Role.Name && f.Verdict == FactBase.Checking.Findings.Verdict.Contradicted && f.Text == "Having taken office in 2020");

    // Alexander Stubb, president of Finland from 1 March 2024.
    [Fact]
    public void A_sworn_in_phrase_after_the_name_dates_the_term()
        => Assert.Contains(CheckAssert.Findings(Starter, "President Alexander Stubb, sworn in on 1 March 2023, named his advisers.", "2024-03-05"),
            f => f.Rule == RuleCatalog.Role.Name && f.Verdict == FactBase.Checking.Findings.Verdict.Contradicted && f.Text.EndsWith("1 March 2023", StringComparison.Ordinal));

    [Fact]
    public void The_right_sworn_in_date_after_the_name_raises_no_alarm()
        => CheckAssert.NoAlarm(Starter, "President Alexander Stubb, sworn in on 1 March 2024, named his advisers.", "2024-03-05");

    // Donald Trump, born 14 June 1946: 78 on 6 November 2024.
    [Fact]
    public void An_age_description_with_a_party_noun_before_a_relative_clause_is_the_one_person_named_lately()
        => CheckAssert.Single(Starter, "Donald Trump won the election on Tuesday. The 77-year-old Republican, who served one term in the White House, thanked his voters.", "2024-11-06", RuleCatalog.Age.Name, "77", "contradicted", "78", "78");

    [Fact]
    public void The_right_age_of_a_party_noun_before_a_relative_clause_is_confirmed()
        => CheckAssert.Single(Starter, "Donald Trump won the election on Tuesday. The 78-year-old Republican, who served one term in the White House, thanked his voters.", "2024-11-06", RuleCatalog.Age.Name, "78", "supported");

    [Theory]
    [InlineData("Donald Trump met Joe Biden on Tuesday. The 77-year-old Republican, who served one term in the White House, thanked his voters.")] // two people
    [InlineData("Donald Trump won the election on Tuesday. The 77-year-old Republican Party official, who ran the count, thanked the voters.")] // another noun
    public void An_age_description_whose_person_is_unclear_raises_no_alarm(string text)
        => CheckAssert.NoAlarm(Starter, text, "2024-11-06");

    // Poland joined the European Union on 1 May 2004.
    [Theory]
    [InlineData("Poland joined NATO in 1999 and the EU, which it joined in 2005, paid for the new roads.")]
    [InlineData("The European Union, which Poland joined in 2005, paid for the new roads.")]
    public void An_object_relative_clause_dates_the_joining_of_its_subject(string text)
        => Assert.Contains(CheckAssert.Findings(Starter, text, "2024-06-01"),
            f => f.Rule == RuleCatalog.Date.Name && f.Verdict == FactBase.Checking.Findings.Verdict.Contradicted && f.Text == "2005" && f.Suggestion == "2004");

    [Theory]
    [InlineData("Poland joined NATO in 1999 and the EU, which it joined in 2004, paid for the new roads.")]
    [InlineData("Poland and Hungary joined NATO in 1999 and the EU, which it joined in 2005, paid for the new roads.")] // "it": which?
    public void An_object_relative_clause_that_is_right_or_unclear_raises_no_alarm(string text)
        => CheckAssert.NoAlarm(Starter, text, "2024-06-01");

    // Nicolas Sarkozy, president of France 2007-2012; François Fillon, prime minister then.
    [Theory]
    [InlineData("In 2010, Angela Merkel met Nicolas Sarkozy, who was at the time prime minister of France.")]
    [InlineData("In 2010, Angela Merkel met Nicolas Sarkozy, who was then prime minister of France.")]
    public void A_title_in_a_relative_clause_of_a_dated_sentence_is_read_at_its_time(string text)
        => Assert.Contains(CheckAssert.Findings(Starter, text, "2024-06-01"),
            f => f.Rule == RuleCatalog.Role.Name && f.Verdict == FactBase.Checking.Findings.Verdict.Contradicted && f.Text == "Nicolas Sarkozy");

    [Fact]
    public void The_right_title_at_the_time_raises_no_alarm()
        => CheckAssert.NoAlarm(Starter, "In 2010, Angela Merkel met Nicolas Sarkozy, who was at the time president of France.", "2024-06-01");
}
