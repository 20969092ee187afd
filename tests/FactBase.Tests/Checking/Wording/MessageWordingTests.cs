using System.Text.RegularExpressions;
using FactBase.Checking;
using FactBase.Checking.Findings;
using FactBase.Documents;
using FactBase.Model;

namespace FactBase.Tests.Checking.Wording;

/// <summary>
/// Every rule, verdict and property kind, on the starter facts and on made-up ones, renders as English for an editor:
/// none of the shapes that once reached newsrooms ("was died on", "193 member count", "France President",
/// "'NATO' (NATO)", "X is, since", ISO dates in text style).
/// </summary>
public sealed class MessageWordingTests
{
    private const string Starter = """
        ---
        date: 2025-03-07
        ---
        British Prime Minister Boris Johnson said the lockdown would end.

        NATO Secretary General Boris Johnson opened the summit.

        In 2018, US Secretary of Defense Mark Esper visited Kabul.

        French President Emmanuel Macron spoke. Former NATO Secretary General Mark Rutte spoke.

        The 74-year-old NATA met in Washington. NATO is celebrating its 70th anniversary.

        NATO was founded in 1948. Ukraine declared independence in 1990. Dag Hammarskjold died in 1960.

        Donald Trump, 80, spoke on Monday. Mark Rutte, 58, arrived.

        Finland joined NATO in 2022. Finland, a member of NATO since 2022, hosted the meeting.

        Ukraine, a NATO member, asked for help. Sweden, which is not a NATO member, objected.

        The United Kingdom left the European Union; the UK, an EU member, objected.

        NATO has 30 members. NATO has 31 members. The UN has 192 member states. The EU has 26 members.

        Estonia became NATO's 30th member.

        NATO was founded in 1949. Finland joined NATO in 2023. Sweden, a NATO member, hosted talks. NATO has 32 members.

        Turkish Prime Minister Recep Tayyip Erdogan spoke. Secretary of Defense Marco Rubio spoke.
        """;

    private const string MadeUp = """
        ---
        date: 2025-03-07
        ---
        The Zephyr League was chartered in 1871. The 150-year-old Zephyr League met in Vandoria.

        Zephyr League Grand Marshal Oren Tallow opened the session.

        Zephyr League Grand Marshal Kaleb Dunmore opened the session.

        In 2015, Zephyr League Grand Marshal Ilsa Marwick spoke.

        The Zephyr League has 4 guilds. The Zephyr League has 7 guilds.

        Pellucia joined the Zephyr League in 2022.

        Tarnholt, a Zephyr League member guild, objected.

        Vandoria, which is not a Zephyr League member guild, objected.

        Ilsa Marwick, 60, spoke. Zephir League leaders met.

        Ostwyn became the Zephyr League's 2nd guild.
        """;

    private static readonly (string Shape, Regex Pattern)[] BadShapes =
    {
        ("an ISO date in text style", new Regex(@"\b\d{4}-\d{2}\b")),
        ("a property name for a verb", new Regex(@"\bwas (died|independence|declared|became|gained|born \d)")),
        ("a property's identifier", new Regex(@"\w_\w|member count")),
        ("an office written as organization + title", new Regex(@"\b(France|NATO|Zephyr League|Vandoria|United Kingdom|United States) (President|Prime Minister|Secretary General|Grand Marshal|High Steward|Secretary of Defense)\b")),
        ("a name said twice", new Regex(@"'([^']+)' \(\1\)")),
        ("a holder with no tense", new Regex(@" is, since ")),
        ("a name missing its 'the'", new Regex(@"(?<![Tt]he )\b(United Nations|European Union|United Kingdom|United States|Zephyr League)\b(?! Grand)")),
        ("the expected value repeated", new Regex(@"\(expected: ")),
        ("a doubled word", new Regex(@"\b(\w+) \1\b")),
    };

    [Fact]
    public void Every_rule_verdict_and_property_kind_reads_as_English()
    {
        var findings = Check(TestKnowledgeBases.StarterChecker, Starter, DateStyle.Text)
            .Concat(Check(TestKnowledgeBases.FixtureChecker, MadeUp, DateStyle.Text))
            .ToList();

        var seen = findings.Select(f => (f.Rule, f.Verdict)).ToHashSet();
        foreach (var expected in new[]
        {
            ("age", Verdict.Contradicted), ("age", Verdict.Supported), ("date", Verdict.Contradicted),
            ("role", Verdict.Contradicted), ("role", Verdict.Outdated), ("role", Verdict.Supported),
            ("membership", Verdict.Contradicted), ("membership", Verdict.Outdated), ("count", Verdict.Contradicted),
            ("count", Verdict.Outdated), ("count", Verdict.Supported), ("entity-name", Verdict.Misspelled),
            ("date", Verdict.Supported), ("membership", Verdict.Supported),
        })
        {
            Assert.Contains(expected, seen);
        }

        var kinds = findings.Where(f => f.Property is not null)
            .Select(f => (TestKnowledgeBases.Starter.Properties.Concat(TestKnowledgeBases.Fixture.Properties).First(p => p.Name == f.Property).Kind))
            .ToHashSet();
        Assert.Equal(new[] { PropertyKind.Date, PropertyKind.Office, PropertyKind.Members, PropertyKind.Count }.OrderBy(k => k), kinds.OrderBy(k => k));

        foreach (var finding in findings)
        {
            Assert.False(string.IsNullOrWhiteSpace(finding.Message));
            foreach (var (shape, pattern) in BadShapes)
            {
                Assert.False(pattern.IsMatch(finding.Message), $"{shape}: \"{finding.Message}\"");
            }
        }
    }

    [Theory]
    [InlineData("Ukraine declared independence in 1990.", "Ukraine declared independence on 24 August 1991, not in 1990")]
    [InlineData("Dag Hammarskjold died in 1960.", "Dag Hammarskjöld died on 18 September 1961, not in 1960")]
    [InlineData("The UN has 192 member states.", "The United Nations has 193 members on 7 March 2025, not 192")]
    [InlineData("The EU has 26 members.", "The European Union has 27 members on 7 March 2025, not 26")]
    [InlineData("NATO leaders met. The 74-year-old NATA met in Washington.", "'NATA' looks like a misspelling of 'NATO'")]
    [InlineData("British Prime Minister Boris Johnson said it.", "Boris Johnson is no longer Prime Minister of the United Kingdom; Keir Starmer has been since 5 July 2024")]
    [InlineData("In 2018, US Secretary of Defense Mark Esper visited Kabul.", "Mark Esper was not Secretary of Defense of the United States in 2018; Jim Mattis was (20 January 2017 to 1 January 2019)")]
    [InlineData("Turkish Prime Minister Recep Tayyip Erdogan spoke.", "Recep Tayyip Erdoğan is no longer Prime Minister of Turkey; the facts name no holder on 7 March 2025")]
    [InlineData("Secretary of Defense Marco Rubio spoke.", "The facts give Marco Rubio no office of secretary of defense; on 7 March 2025 Marco Rubio was Secretary of State of the United States (since 21 January 2025)")]
    public void Messages_of_the_issue_read_as_written(string sentence, string message)
    {
        var findings = Check(TestKnowledgeBases.StarterChecker, $"---\ndate: 2025-03-07\n---\n{sentence}\n", DateStyle.Text);
        Assert.Contains(message, findings.Select(f => f.Message));
    }

    [Fact]
    public void Iso_date_style_keeps_ISO_dates_and_the_values_stay_as_they_were()
    {
        var text = Check(TestKnowledgeBases.StarterChecker, "---\ndate: 2025-03-07\n---\nUkraine declared independence in 1990.\n", DateStyle.Text).Single();
        var iso = Check(TestKnowledgeBases.StarterChecker, "---\ndate: 2025-03-07\n---\nUkraine declared independence in 1990.\n", DateStyle.Iso).Single();
        Assert.Equal("Ukraine declared independence on 1991-08-24, not in 1990", iso.Message);
        Assert.Equal(("1991", "1991"), (text.Expected, text.Suggestion));
        Assert.Equal((text.Expected, text.Suggestion), (iso.Expected, iso.Suggestion));
    }

    private static List<Finding> Check(FactChecker checker, string text, DateStyle style)
        => checker.Check(DocumentReader.Read(text.Replace("\r\n", "\n"), DocumentFormat.Markdown), FactDate.Parse("2025-03-07"), new CheckOptions { IncludeSupported = true, DateStyle = style })
            .Findings.ToList();
}
