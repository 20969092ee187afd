using FactBase.Diagnostics;
using FactBase.Knowledge;
using FactBase.Loading;
using FactBase.Model;

namespace FactBase.Tests.Knowledge;

/// <summary>
/// Spot checks of the starter knowledge base (facts/, loaded with the run-time loader) against
/// well-known public dates. The expected values come from public records (treaty texts, the
/// organizations' own member lists, official biographies), not from the YAML: a failing case means
/// the data is wrong, and the fix belongs in facts/ together with its source.
/// </summary>
public sealed class StarterKnowledgeBaseTests
{
    private static KnowledgeBase Kb => TestKnowledgeBases.Starter;

    [Theory]
    // Founding: North Atlantic Treaty signed; UN Charter in force; Maastricht Treaty in force.
    [InlineData("nato", "founded", "1949-04-04")]
    [InlineData("un", "founded", "1945-10-24")]
    [InlineData("eu", "founded", "1993-11-01")]
    // Treaty on the Creation of the USSR; dissolution the day after Gorbachev's resignation (Declaration 142-N).
    [InlineData("soviet-union", "founded", "1922-12-30")]
    [InlineData("soviet-union", "dissolved", "1991-12-26")]
    [InlineData("ukraine", "independence", "1991-08-24")]
    [InlineData("finland", "independence", "1917-12-06")]
    public void Dates_of_organizations_and_countries(string entity, string property, string expected)
        => AssertDate(entity, property, expected);

    [Theory]
    [InlineData("donald-trump", "1946-06-14")]
    [InlineData("vladimir-putin", "1952-10-07")]
    [InlineData("joe-biden", "1942-11-20")]
    [InlineData("barack-obama", "1961-08-04")]
    [InlineData("mark-rutte", "1967-02-14")]
    [InlineData("jens-stoltenberg", "1959-03-16")]
    [InlineData("volodymyr-zelenskyy", "1978-01-25")]
    [InlineData("angela-merkel", "1954-07-17")]
    [InlineData("emmanuel-macron", "1977-12-21")]
    [InlineData("keir-starmer", "1962-09-02")]
    [InlineData("ursula-von-der-leyen", "1958-10-08")]
    [InlineData("antonio-guterres", "1949-04-30")]
    [InlineData("recep-tayyip-erdogan", "1954-02-26")]
    [InlineData("justin-trudeau", "1971-12-25")]
    public void Birth_dates(string person, string expected) => AssertDate(person, "born", expected);

    [Theory]
    // Accession: the day each country deposited its instrument of accession to the North Atlantic Treaty.
    [InlineData("greece", "1952-02-18")]
    [InlineData("turkey", "1952-02-18")]
    [InlineData("germany", "1955-05-06")]
    [InlineData("spain", "1982-05-30")]
    [InlineData("poland", "1999-03-12")]
    [InlineData("czechia", "1999-03-12")]
    [InlineData("hungary", "1999-03-12")]
    [InlineData("estonia", "2004-03-29")]
    [InlineData("romania", "2004-03-29")]
    [InlineData("albania", "2009-04-01")]
    [InlineData("croatia", "2009-04-01")]
    [InlineData("montenegro", "2017-06-05")]
    [InlineData("north-macedonia", "2020-03-27")]
    [InlineData("finland", "2023-04-04")]
    [InlineData("sweden", "2024-03-07")]
    public void Nato_accession_dates(string country, string joined) => AssertJoined("nato", country, joined);

    [Theory]
    [InlineData("poland", "2004-05-01")]
    [InlineData("finland", "1995-01-01")]
    [InlineData("bulgaria", "2007-01-01")]
    [InlineData("croatia", "2013-07-01")]
    [InlineData("united-kingdom", "1973-01-01")]
    public void Eu_accession_dates(string country, string joined) => AssertJoined("eu", country, joined);

    [Fact]
    public void The_United_Kingdom_left_the_EU_at_the_end_of_2020_01_31()
    {
        var members = Kb.GetEntityTimeline("eu", "members");
        Assert.Contains(members.AllAt(Date("2020-01-31")), e => e.Id == "united-kingdom");
        Assert.DoesNotContain(members.AllAt(Date("2020-02-01")), e => e.Id == "united-kingdom");
    }

    [Theory]
    [InlineData("nato", "secretary_general", "2025-03-07", "Mark Rutte")]
    [InlineData("nato", "secretary_general", "2019-01-01", "Jens Stoltenberg")]
    [InlineData("nato", "secretary_general", "2010-01-01", "Anders Fogh Rasmussen")]
    [InlineData("united-states", "president", "2025-03-07", "Donald Trump")]
    [InlineData("united-states", "president", "2022-06-01", "Joe Biden")]
    [InlineData("united-states", "president", "2010-01-01", "Barack Obama")]
    [InlineData("united-states", "president", "2005-01-01", "George W. Bush")]
    [InlineData("united-states", "secretary_of_state", "2022-01-01", "Antony Blinken")]
    [InlineData("united-states", "secretary_of_defense", "2022-01-01", "Lloyd Austin")]
    [InlineData("united-kingdom", "prime_minister", "2023-01-01", "Rishi Sunak")]
    [InlineData("united-kingdom", "prime_minister", "2025-03-07", "Keir Starmer")]
    [InlineData("united-kingdom", "prime_minister", "2022-10-01", "Liz Truss")]
    [InlineData("united-kingdom", "monarch", "2021-01-01", "Elizabeth II")]
    [InlineData("united-kingdom", "monarch", "2023-01-01", "Charles III")]
    [InlineData("germany", "chancellor", "2010-01-01", "Angela Merkel")]
    [InlineData("germany", "chancellor", "2025-03-07", "Olaf Scholz")]
    [InlineData("germany", "chancellor", "2025-06-01", "Friedrich Merz")]
    [InlineData("france", "president", "2020-01-01", "Emmanuel Macron")]
    [InlineData("ukraine", "president", "2025-03-07", "Volodymyr Zelenskyy")]
    [InlineData("ukraine", "president", "2016-01-01", "Petro Poroshenko")]
    [InlineData("russia", "president", "2010-01-01", "Dmitry Medvedev")]
    [InlineData("russia", "president", "2025-03-07", "Vladimir Putin")]
    [InlineData("russia", "prime_minister", "2010-01-01", "Vladimir Putin")]
    [InlineData("canada", "prime_minister", "2020-01-01", "Justin Trudeau")]
    [InlineData("canada", "monarch", "2023-01-01", "Charles III")]
    [InlineData("italy", "prime_minister", "2023-01-01", "Giorgia Meloni")]
    [InlineData("poland", "president", "2020-01-01", "Andrzej Duda")]
    [InlineData("netherlands", "prime_minister", "2020-01-01", "Mark Rutte")]
    [InlineData("turkey", "president", "2020-01-01", "Recep Tayyip Erdoğan")]
    [InlineData("finland", "president", "2025-03-07", "Alexander Stubb")]
    [InlineData("sweden", "prime_minister", "2025-03-07", "Ulf Kristersson")]
    [InlineData("un", "secretary_general", "2010-01-01", "Ban Ki-moon")]
    [InlineData("un", "secretary_general", "2025-03-07", "António Guterres")]
    [InlineData("eu", "commission_president", "2020-01-01", "Ursula von der Leyen")]
    [InlineData("eu", "commission_president", "2010-01-01", "José Manuel Barroso")]
    [InlineData("eu", "commission_president", "1996-01-01", "Jacques Santer")]
    public void Office_holders_at_a_date(string entity, string office, string date, string holder)
        => Assert.Equal(holder, Kb.GetEntityTimeline(entity, office).At(Date(date)).Name);

    [Theory]
    [InlineData("nato", "2025-03-07", 32)]
    [InlineData("nato", "2023-06-01", 31)]
    [InlineData("nato", "2021-01-01", 30)]
    [InlineData("nato", "2018-01-01", 29)]
    [InlineData("nato", "2010-01-01", 28)]
    [InlineData("nato", "1990-01-01", 16)]
    [InlineData("nato", "1950-01-01", 12)]
    [InlineData("eu", "2021-01-01", 27)]
    [InlineData("eu", "2019-01-01", 28)]
    [InlineData("eu", "2005-01-01", 25)]
    [InlineData("eu", "2000-01-01", 15)]
    public void Member_counts_from_the_members_timeline(string organization, string date, int count)
        => Assert.Equal(count, Kb.GetEntityTimeline(organization, "members").AllAt(Date(date)).Count);

    [Theory]
    [InlineData("2020-01-01", 193)]
    [InlineData("2010-01-01", 192)]
    [InlineData("1946-01-01", 51)]
    public void Un_member_count(string date, int count)
        => Assert.Equal(count, Kb.GetNumberTimeline("un", "member_count").At(Date(date)));

    [Fact]
    public void Starter_facts_load_without_any_diagnostic()
    {
        var result = FactLoader.Load(new[] { StarterFolder });
        Assert.True(result.Diagnostics.Count == 0, string.Join(Environment.NewLine, result.Diagnostics));
    }

    [Fact]
    public void Every_office_holder_is_a_person_with_a_birth_date()
    {
        var problems = new List<string>();
        foreach (var entity in Kb.Entities)
        {
            foreach (var fact in entity.Facts.Where(f => Kb.FindProperty(f.Property)?.Kind == PropertyKind.Office))
            {
                foreach (var entry in fact.Timeline)
                {
                    if (!Kb.TryGetEntity(entry.Value, out var holder))
                    {
                        problems.Add($"{entity.Id}.{fact.Property}: '{entry.Value}' is not an entity");
                    }
                    else if (holder.Type != EntityType.Person)
                    {
                        problems.Add($"{entity.Id}.{fact.Property}: '{holder.Id}' is a {holder.Type}, not a person");
                    }
                    else if (holder.GetFact("born")?.Date is null)
                    {
                        problems.Add($"{entity.Id}.{fact.Property}: '{holder.Id}' has no birth date");
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems.Distinct()));
    }

    [Fact]
    public void Every_entity_cites_at_least_one_source_url()
    {
        var missing = Kb.Entities
            .Where(e => e.Sources.Count == 0 || e.Sources.Any(s => !Uri.TryCreate(s.Url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")))
            .Select(e => e.Id)
            .ToList();
        Assert.True(missing.Count == 0, "no or invalid source URL: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_member_is_a_country_and_nato_has_32_distinct_members()
    {
        foreach (var organization in new[] { "nato", "eu" })
        {
            foreach (var period in Kb.GetEntityTimeline(organization, "members").Periods)
            {
                Assert.Equal(EntityType.Country, period.Value.Type);
            }
        }

        Assert.Equal(32, Kb.GetEntityTimeline("nato", "members").Periods.Select(p => p.Value.Id).Distinct().Count());
    }

    [Theory]
    [InlineData("ukraine")]
    [InlineData("russia")]
    [InlineData("soviet-union")]
    [InlineData("belarus")]
    [InlineData("georgia")]
    [InlineData("moldova")]
    [InlineData("austria")]
    [InlineData("ireland")]
    [InlineData("switzerland")]
    [InlineData("serbia")]
    public void Non_member_countries_of_the_brief_exist(string id)
    {
        Assert.True(Kb.TryGetEntity(id, out var entity), $"no entity '{id}'");
        Assert.Equal(EntityType.Country, entity.Type);
    }

    [Theory]
    [InlineData("united-states", "president")]
    [InlineData("united-states", "secretary_of_state")]
    [InlineData("united-states", "secretary_of_defense")]
    [InlineData("united-kingdom", "prime_minister")]
    [InlineData("france", "president")]
    [InlineData("france", "prime_minister")]
    [InlineData("germany", "president")]
    [InlineData("germany", "chancellor")]
    [InlineData("canada", "prime_minister")]
    [InlineData("canada", "monarch")]
    [InlineData("united-kingdom", "monarch")]
    [InlineData("italy", "president")]
    [InlineData("italy", "prime_minister")]
    [InlineData("ukraine", "president")]
    [InlineData("ukraine", "prime_minister")]
    [InlineData("russia", "president")]
    [InlineData("russia", "prime_minister")]
    [InlineData("poland", "president")]
    [InlineData("poland", "prime_minister")]
    [InlineData("netherlands", "prime_minister")]
    [InlineData("finland", "president")]
    [InlineData("finland", "prime_minister")]
    [InlineData("sweden", "prime_minister")]
    [InlineData("turkey", "president")]
    public void Offices_are_complete_since_2000_but_for_short_acting_gaps(string country, string office)
    {
        // Acting holders may be left out (the Polish presidency in 2010, the US defense secretary in 2019),
        // so a gap of a few months is allowed; a missing term of a year or more is not.
        var timeline = Kb.GetEntityTimeline(country, office);
        Assert.True(timeline.TryAt(new FactDate(2000, 1, 1), out _), $"{country}.{office} has no holder on 2000-01-01");
        Assert.Null(timeline.Periods[^1].To);
        for (var i = 1; i < timeline.Periods.Count; i++)
        {
            var previous = timeline.Periods[i - 1];
            if (previous.To is { } end && end.Year >= 2000)
            {
                var gap = timeline.Periods[i].From.ToDateOnly().DayNumber - end.ToDateOnly().DayNumber;
                Assert.True(gap < 270, $"{country}.{office} has no holder from {end} to {timeline.Periods[i].From}");
            }
        }
    }

    [Fact]
    public void Turkey_had_prime_ministers_until_the_office_was_abolished_on_2018_07_09()
    {
        var timeline = Kb.GetEntityTimeline("turkey", "prime_minister");
        Assert.Equal("Binali Yıldırım", timeline.At(Date("2018-07-08")).Name);
        Assert.False(timeline.TryAt(Date("2018-07-09"), out _));
    }

    [Fact]
    public void Generated_contract_examples_hold_for_the_loaded_facts()
    {
        // The same three facts the brief requires of the generated Facts class.
        Assert.Equal("NATO", Kb["nato"].Name);
        Assert.Equal(1949, Kb.GetDate("nato", "founded").Year);
        Assert.Equal("Mark Rutte", Kb.GetEntityTimeline("nato", "secretary_general").At(new DateOnly(2025, 3, 7)).Name);
    }

    private static string StarterFolder => Path.Combine(AppContext.BaseDirectory, "facts");

    private static FactDate Date(string text) => FactDate.Parse(text);

    private static void AssertDate(string entity, string property, string expected)
    {
        Assert.True(Kb.TryGetEntity(entity, out _), $"no entity '{entity}'");
        var actual = Kb.GetDate(entity, property);

        // Equality includes precision: a well-known day must be written to the day, or ages come out vague.
        Assert.Equal(Date(expected), actual);
        Assert.Equal(DatePrecision.Day, actual.Precision);
    }

    private static void AssertJoined(string organization, string country, string joined)
    {
        var periods = Kb.GetEntityTimeline(organization, "members").Periods.Where(p => p.Value.Id == country).ToList();
        Assert.True(periods.Count > 0, $"'{country}' is not among the members of '{organization}'");
        Assert.Equal(Date(joined), periods[0].From);

        var members = Kb.GetEntityTimeline(organization, "members");
        var day = Date(joined).ToDateOnly();
        Assert.Contains(members.AllAt(day), e => e.Id == country);
        Assert.DoesNotContain(members.AllAt(day.AddDays(-1)), e => e.Id == country);
    }
}
