using FactBase.Checking;
using FactBase.Checking.Rules;
using FactBase.Checking.Findings;
using Xunit;

namespace FactBase.Tests.Checking;

/// <summary>A one-word name of a person is someone else's after another given name ("Jill Biden"), and anyone's after an
/// honorific ("Mr Johnson") unless the document gives the full name of the person the facts know; a title ("Prime Minister
/// Johnson") is evidence enough.</summary>
public sealed class NamesakeTests
{
    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    [Theory]
    [InlineData("Mr Johnson, 41, a farmer from Iowa, said the rain was late.")]
    [InlineData("Ms Rice, 35, a nurse, said the ward was full.")]
    [InlineData("Mr Gates, 68, stepped back from the board of his company.")]
    [InlineData("Mr Austin, 45, a teacher from Texas, said he voted early.")]
    public void An_honorific_and_a_surname_of_someone_never_named_in_full_stay_silent(string text)
        => CheckAssert.NoAlarm(Starter, text, "2023-11-20");

    [Theory]
    [InlineData("Mr Blair, 30, a plumber, said prices were too high.")]
    [InlineData("Mr Macron, 30, a plumber, said prices were too high.")]
    [InlineData("Jill Biden, 72, read to children at the library.")]
    [InlineData("Brigitte Macron, 70, visited a school in Paris.")]
    [InlineData("The president's son, Hunter Biden, 53, pleaded not guilty.")]
    [InlineData("Melania Trump, 53, attended the funeral with her son.")]
    [InlineData("Cherie Blair, 69, is a barrister.")]
    [InlineData("Donald Trump Jr., 45, testified in New York.")]
    [InlineData("Donald Trump, Jr., 45, testified in New York.")]
    public void A_relative_or_a_namesake_of_someone_the_facts_know_stays_silent(string text)
        => CheckAssert.NoAlarm(Starter, text, "2023-11-20");

    [Theory]
    [InlineData("Joe Biden, 72, read to children at the library.", "Joe Biden", "81")]
    [InlineData("Donald Trump, 45, testified in New York.", "Donald Trump", "77")]
    [InlineData("On Monday Macron, 70, visited a school in Paris.", "Emmanuel Macron", "45")]
    [InlineData("But Blair, 69, is a barrister.", "Tony Blair", "70")]
    [InlineData("Tony Blair spoke first. Mr Blair, 30, said prices were too high.", "Tony Blair", "70")]
    public void The_person_named_in_full_after_a_day_or_a_sentence_starter_is_still_read(string text, string name, string age)
        => AssertWrongAge(text, name, age);

    [Theory]
    [InlineData("Boris Johnson left Downing Street last year. Mr Johnson, 41, said he would write a book.", "Boris Johnson", "59")]
    [InlineData("Mr Johnson, 41, said he would write a book. Boris Johnson left Downing Street last year.", "Boris Johnson", "59")]
    [InlineData("Condoleezza Rice spoke at Stanford. Ms Rice, 35, said the ward was full.", "Condoleezza Rice", "69")]
    public void The_same_honorific_after_or_before_the_full_name_is_that_person(string text, string name, string age)
        => AssertWrongAge(text, name, age);

    [Fact]
    public void A_title_and_a_surname_are_still_read()
    {
        var finding = Assert.Single(CheckAssert.Findings(Starter, "Chancellor Scholz met the press in Berlin.", "2025-09-01"), f => f.Rule == RuleCatalog.Role.Name);
        Assert.Equal(Verdict.Outdated, finding.Verdict);
    }

    // The one age finding is a contradiction naming the person and their real age.
    private static void AssertWrongAge(string text, string name, string age)
    {
        var finding = Assert.Single(CheckAssert.Findings(Starter, text, "2023-11-20"), f => f.Rule == RuleCatalog.Age.Name);
        Assert.Equal(Verdict.Contradicted, finding.Verdict);
        Assert.Contains(name, finding.Message);
        Assert.Contains(age, finding.Message);
    }

    [Fact]
    public void A_surname_the_document_gave_to_a_namesake_is_not_the_known_person_later()
    {
        // Ireland's Micheál Martin shares his surname with Canada's Paul Martin, whom the facts know.
        CheckAssert.None(Starter, "Irish Prime Minister Micheál Martin met the press in Dublin. Prime Minister Martin said the lockdown would end.", "2021-03-01");

        // Named in full, the known man is still meant by his title and surname.
        CheckAssert.Single(Starter, "Paul Martin met the press in Ottawa. Prime Minister Martin said the lockdown would end.", "2021-03-01", RuleCatalog.Role.Name, "Martin", "outdated", expected: "Justin Trudeau", suggestion: "Justin Trudeau");
    }
}
