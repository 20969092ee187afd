using FactBase.Checking;
using FactBase.Checking.Rules;

namespace FactBase.Tests.Checking;

/// <summary>
/// "He" or "she" as the subject of a sentence or a main clause stands for the one person named before it (issue 15): in
/// the sentence, the paragraph, or the paragraph before when this one names no one yet; every reader then checks the
/// claim as if the name were written. Each wrong sentence has a true twin in the same phrasing; two people, a name the
/// facts do not know, a relative, a quotation or reported speech keep it silent.
/// </summary>
public sealed class SubjectPronounTests
{
    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    [Theory]
    [InlineData("Martti Ahtisaari, the Finnish peacemaker, died in Helsinki on Monday. He was 85.", "85", "contradicted", "86")]
    [InlineData("Martti Ahtisaari, the Finnish peacemaker, died in Helsinki on Monday. He was 86.", "86", "supported", null)]
    [InlineData("Martti Ahtisaari died on Monday at the Meilahti hospital in Helsinki. He was 84 and had been ill for years.", "84", "contradicted", "86")]
    [InlineData("Martti Ahtisaari, who mediated in Kosovo in 2007, died on Monday. He was 70.", "70", "contradicted", "86")]
    [InlineData("Martti Ahtisaari, who mediated in Kosovo in 2007, died on Monday. He was 86.", "86", "supported", null)]
    [InlineData("Martti Ahtisaari died on Monday at the Meilahti hospital in Helsinki. He was 86 and had been ill for years.", "86", "supported", null)]
    public void An_age_after_a_death_is_the_age_at_death(string text, string span, string verdict, string? expected)
        => CheckAssert.Single(Starter, text, "2023-10-17", RuleCatalog.Age.Name, span, verdict, expected, expected);

    [Theory]
    [InlineData("In 2017, Emmanuel Macron won the presidency. He was 41.", "41", "contradicted")]
    [InlineData("In 2017, Emmanuel Macron won the presidency. He was 39.", "39", "supported")]
    public void An_age_in_the_past_tense_is_read_at_the_time_carried(string text, string span, string verdict)
        => Assert.Equal(verdict, CheckAssert.Findings(Starter, text, "2024-05-01").Single(f => f.Rule == RuleCatalog.Age.Name && f.Text == span).Verdict.ToString().ToLowerInvariant());

    [Theory]
    [InlineData("Giorgio Napolitano has died in Rome. He was president from 2005 to 2015.", "He was president from 2005 to 2015", "contradicted")]
    [InlineData("Giorgio Napolitano has died in Rome. He was president from 2006 to 2015.", "He was president from 2006 to 2015", "supported")]
    [InlineData("Giorgio Napolitano has died in Rome. After decades in parliament, he was president from 2006 to 2013.", "he was president from 2006 to 2013", "contradicted")]
    [InlineData("Giorgio Napolitano has died in Rome. After decades in parliament, he was president from 2006 to 2015.", "he was president from 2006 to 2015", "supported")]
    [InlineData("Giorgio Napolitano trained as a lawyer in Naples, and he was president from 2007 to 2015.", "he was president from 2007 to 2015", "contradicted")]
    [InlineData("Giorgio Napolitano trained as a lawyer in Naples, and he was president from 2006 to 2015.", "he was president from 2006 to 2015", "supported")]
    [InlineData("Giorgio Napolitano has died in Rome.\n\nHe was president from 2006 to 2014, the longest term of the republic.", "He was president from 2006 to 2014", "contradicted")]
    [InlineData("Giorgio Napolitano has died in Rome.\n\nHe was president from 2006 to 2015, the longest term of the republic.", "He was president from 2006 to 2015", "supported")]
    public void A_term_said_of_the_pronoun_is_checked_against_the_person(string text, string span, string verdict)
    {
        var finding = CheckAssert.Findings(Starter, text, "2023-09-23").Single(f => f.Rule == RuleCatalog.Role.Name);
        Assert.Equal(span, finding.Text);
        Assert.Equal(verdict, finding.Verdict.ToString().ToLowerInvariant());

        // A fix never puts a name where the pronoun is.
        Assert.Null(finding.Suggestion);
    }

    [Theory]
    // Two people, or a name the facts do not know: either may be meant.
    [InlineData("Giorgio Napolitano met Martti Ahtisaari in Rome. He was president from 2006 to 2014.")]
    [InlineData("Giorgio Napolitano met Paolo Ferrante in Rome. He was president from 2006 to 2014.")]
    [InlineData("Giorgio Napolitano thanked Ferrante for the work. He was president from 2006 to 2014.")]
    // A relative, or the person in the possessive: the pronoun may be theirs.
    [InlineData("Giorgio Napolitano has died in Rome. His son was at his side. He was president from 2006 to 2014.")]
    [InlineData("Giorgio Napolitano's father was a lawyer. He was president from 2006 to 2014.")]
    // A quotation, or what someone says.
    [InlineData("Giorgio Napolitano has died in Rome. \"He was president from 2006 to 2014,\" an aide recalled.")]
    [InlineData("Giorgio Napolitano has died in Rome. An aide said he was president from 2006 to 2014.")]
    [InlineData("Giorgio Napolitano has died in Rome. According to an aide, he was president from 2006 to 2014.")]
    // The opening phrase names another person; the pronoun is no subject.
    [InlineData("Giorgio Napolitano has died in Rome. After talks with Martti Ahtisaari, he was president from 2006 to 2014.")]
    [InlineData("Giorgio Napolitano has died in Rome. Voters who knew him was president from 2006 to 2014.")]
    // The paragraph before ended on two people.
    [InlineData("Giorgio Napolitano met Martti Ahtisaari in Rome.\n\nHe was president from 2006 to 2014.")]
    public void A_pronoun_that_may_stand_for_someone_else_stays_silent(string text)
        => CheckAssert.None(Starter, text, "2023-09-23", RuleCatalog.Role.Name);

    [Theory]
    // Someone living with no time named: "was" says nothing of when.
    [InlineData("Emmanuel Macron spoke in Paris on Monday. He was 41.")]
    // Two people, or a number that does not end the clause.
    [InlineData("Martti Ahtisaari met Giorgio Napolitano in Helsinki, and both have now died. He was 85.")]
    [InlineData("Martti Ahtisaari died in Helsinki on Monday. He was 16 when he joined the army.")]
    [InlineData("Martti Ahtisaari died in Helsinki on Monday. He said he was 85.")]
    public void An_age_that_may_be_another_time_or_person_stays_silent(string text)
        => CheckAssert.None(Starter, text, "2023-10-17", RuleCatalog.Age.Name);
}
