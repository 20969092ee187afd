using FactBase.Checking;
using FactBase.Checking.Rules;

namespace FactBase.Tests.Checking;

/// <summary>
/// Taking office told with no title ("X took office in 2017", "was sworn in in 2014", "came to power in", "Since taking
/// office in 2017, X"): the start of a term of the office the text names, or of the person's one office.
/// </summary>
public sealed class OfficeStartTests
{
    private static FactChecker Starter => TestKnowledgeBases.StarterChecker;

    [Theory]
    [InlineData("American officials say turnover has been high since Donald Trump took office in January 2016.", "2018-05-01", "Donald Trump took office in January 2016")]
    [InlineData("Emmanuel Macron, who took office in 2016, spoke to the French mayors.", "2018-05-01", "Emmanuel Macron, who took office in 2016")]
    [InlineData("Stefan Löfven was sworn in in 2013 after weeks of Swedish talks.", "2018-05-01", "Stefan Löfven was sworn in in 2013")]
    [InlineData("Angela Merkel met the German unions. She took office in 2004 and has not looked back.", "2010-05-01", "She took office in 2004")]
    [InlineData("Since taking office in 2016, Emmanuel Macron has pushed France to reform.", "2018-05-01", "Since taking office in 2016")]
    [InlineData("Canada's Justin Trudeau, 46, who had taken office in 2014, visited Paris.", "2018-05-01", "Justin Trudeau, 46, who had taken office in 2014")]
    public void A_wrong_start_of_office_is_contradicted(string text, string asOf, string span)
        => Assert.Contains(CheckAssert.Findings(Starter, text, asOf), f => f.Rule == RuleCatalog.Role.Name && f.Text == span && f.Verdict.ToString() == "Contradicted");

    [Theory]
    [InlineData("American officials say turnover has been high since Donald Trump took office in January 2017.", "2018-05-01", "Donald Trump took office in January 2017")]
    [InlineData("Emmanuel Macron, who took office in 2017, spoke to the French mayors.", "2018-05-01", "Emmanuel Macron, who took office in 2017")]
    [InlineData("Stefan Löfven was sworn in in 2014 after weeks of Swedish talks.", "2018-05-01", "Stefan Löfven was sworn in in 2014")]
    [InlineData("Angela Merkel met the German unions. She took office in 2005 and has not looked back.", "2010-05-01", "She took office in 2005")]
    [InlineData("Since taking office in 2017, Emmanuel Macron has pushed France to reform.", "2018-05-01", "Since taking office in 2017")]
    [InlineData("Canada's Justin Trudeau, 46, who had taken office in 2015, visited Paris.", "2018-05-01", "Justin Trudeau, 46, who had taken office in 2015")]
    public void The_true_twin_is_supported(string text, string asOf, string span)
    {
        var findings = CheckAssert.Findings(Starter, text, asOf);
        Assert.Contains(findings, f => f.Rule == RuleCatalog.Role.Name && f.Text == span && f.Verdict.ToString() == "Supported");
        Assert.DoesNotContain(findings, f => f.Verdict.ToString() != "Supported");
    }

    [Fact]
    public void The_message_names_the_office_and_its_terms()
    {
        var finding = CheckAssert.Findings(Starter, "Stefan Löfven was sworn in in 2013 after weeks of Swedish talks.", "2018-05-01").Single(f => f.Rule == RuleCatalog.Role.Name);
        Assert.Contains("Prime Minister of Sweden", finding.Message);
        Assert.Contains("2014", finding.Message);
    }

    [Theory]
    // Several offices and none named: which term began then is not said.
    [InlineData("Recep Tayyip Erdoğan came to power in 2001 and has ruled since.", "2020-01-01")]
    // Another office after the date.
    [InlineData("Boris Johnson took office in 2008 as mayor of London.", "2020-01-01")]
    // A new term while in office: the facts hold the run as one.
    [InlineData("Vladimir Putin was sworn in in 2018 for another six years.", "2020-01-01")]
    // A time to come.
    [InlineData("Friedrich Merz will take office in 2024, his allies say.", "2023-01-01")]
    // A text that names neither the office nor its country: the office may be one the facts do not list.
    [InlineData("Ursula von der Leyen, who took office in 2013, spoke to the troops.", "2018-05-01")]
    // Quoted words.
    [InlineData("\"Emmanuel Macron took office in 2016,\" the minister said.", "2018-05-01")]
    public void Readings_the_facts_cannot_decide_stay_silent(string text, string asOf)
        => CheckAssert.NoAlarm(Starter, text, asOf);

    [Fact]
    public void The_office_named_in_the_paragraph_picks_one_of_several()
    {
        const string wrong = "Recep Tayyip Erdoğan is now the president. He took office in 2012 after a long premiership.";
        Assert.Contains(CheckAssert.Findings(Starter, wrong, "2020-01-01"), f => f.Rule == RuleCatalog.Role.Name && f.Verdict.ToString() == "Contradicted");
        const string right = "Recep Tayyip Erdoğan is now the president. He took office in 2014 after a long premiership.";
        Assert.DoesNotContain(CheckAssert.Findings(Starter, right, "2020-01-01"), f => f.Verdict.ToString() != "Supported");
    }

    [Theory]
    [InlineData("Gerhard Schröder was elected chancellor of Germany by the Bundestag on Tuesday, ending the Kohl era.", "1998-10-27")]
    [InlineData("Tony Blair became prime minister on Friday after a landslide.", "1997-05-02")]
    [InlineData("Tony Blair became prime minister on Friday after a landslide.", "1997-05-03")]
    [InlineData("Gerhard Schröder became chancellor today.", "1998-10-27")]
    [InlineData("Angela Merkel met the German unions. She took office on Tuesday.", "2005-11-23")]
    public void A_start_on_a_day_of_the_articles_week_is_recognised(string text, string asOf)
        => Assert.Contains(CheckAssert.Findings(Starter, text, asOf), f => f.Rule == RuleCatalog.Role.Name && f.Verdict.ToString() == "Supported");

    [Theory]
    // The weekday names no week: an article dated after the week it reports would read the wrong Friday.
    [InlineData("Tony Blair became prime minister on Friday after a landslide.", "1998-10-30")]
    [InlineData("Angela Merkel met the German unions. She took office on Friday.", "2005-11-23")]
    public void A_start_on_another_weekday_is_only_confirmed(string text, string asOf)
        => CheckAssert.NoAlarm(Starter, text, asOf);

    [Fact]
    public void An_agent_between_an_election_and_its_year_leaves_the_year_checked()
    {
        Assert.Contains(CheckAssert.Findings(Starter, "Angela Merkel was elected chancellor by a wide margin in 2003.", "2006-01-01"), f => f.Rule == RuleCatalog.Role.Name && f.Verdict.ToString() == "Contradicted");
        CheckAssert.NoAlarm(Starter, "Angela Merkel was elected chancellor by a wide margin in 2005.", "2006-01-01");
    }
}
