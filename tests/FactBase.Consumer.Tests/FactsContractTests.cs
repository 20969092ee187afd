using FactBase.Knowledge;
using FactBase.Model;

namespace FactBase.Consumer.Tests;

/// <summary>The brief's contract for generated C#, compiled from the repository's facts/.</summary>
public sealed class FactsContractTests
{
    private static readonly DateOnly ArticleDate = new(2025, 3, 7);

    // A const can be used where only constants are allowed: this line compiles only if Name is a const.
    private const string NatoName = Facts.Nato.Name;

    [Fact]
    public void Nato_name_is_a_const()
    {
        Assert.Equal("NATO", NatoName);
        Assert.True(Facts.Nato.Name == "NATO");
        Assert.True(typeof(Facts.Nato).GetField(nameof(Facts.Nato.Name))!.IsLiteral);
    }

    [Fact]
    public void Nato_founded_in_1949()
    {
        Assert.Equal(1949, Facts.Nato.Founded.Year);
        Assert.Equal(new FactDate(1949, 4, 4), Facts.Nato.Founded);
        Assert.Equal(DatePrecision.Day, Facts.Nato.Founded.Precision);
    }

    [Fact]
    public void Nato_secretary_general_on_the_article_date_is_Mark_Rutte()
    {
        Assert.Equal("Mark Rutte", Facts.Nato.SecretaryGeneral.At(new DateOnly(2025, 3, 7)).Name);
        Assert.Same(Facts.MarkRutte.Entity, Facts.Nato.SecretaryGeneral.At(ArticleDate));
    }

    [Fact]
    public void Ids_and_entities_match()
    {
        Assert.Equal("nato", Facts.Nato.Id);
        Assert.Equal("mark-rutte", Facts.MarkRutte.Id);
        Assert.Equal(EntityType.Person, Facts.MarkRutte.Type);
        Assert.Equal("Mark Rutte", Facts.MarkRutte.Entity.Name);
        Assert.Contains("Rutte", Facts.MarkRutte.Entity.Aliases);
    }

    [Fact]
    public void Earlier_secretary_general_is_Jens_Stoltenberg()
    {
        Assert.Equal(Facts.JensStoltenberg.Name, Facts.Nato.SecretaryGeneral.At(new DateOnly(2020, 1, 1)).Name);
        Assert.False(Facts.Nato.SecretaryGeneral.TryAt(new DateOnly(1950, 1, 1), out _));
    }

    [Fact]
    public void A_date_before_the_first_holder_names_the_member_that_was_asked()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Facts.UnitedKingdom.PrimeMinister.At(new DateOnly(1970, 1, 1)));
        Assert.Equal("Facts.UnitedKingdom.PrimeMinister has no holder on 1970-01-01 (first entry 1976-04-05)", ex.Message);
    }

    [Fact]
    public void Nato_has_32_members_in_2025_and_Sweden_joined_in_2024()
    {
        Assert.IsType<Timeline<Entity>>(Facts.Nato.Members);
        Assert.Equal(32, Facts.Nato.Members.AllAt(ArticleDate).Count);
        Assert.Equal(30, Facts.Nato.Members.AllAt(new DateOnly(2022, 1, 1)).Count);
        var sweden = Facts.Nato.Members.Periods.Single(p => p.Value.Id == Facts.Sweden.Id);
        Assert.Equal(new FactDate(2024, 3, 7), sweden.From);
    }

    [Fact]
    public void Count_properties_are_number_timelines()
    {
        Timeline<int> members = Facts.Un.MemberCount;
        Assert.Equal(193, members.At(ArticleDate));
    }

    [Fact]
    public void Date_properties_of_people_and_countries_are_fact_dates()
    {
        Assert.Equal(1967, Facts.MarkRutte.Born.Year);
        Assert.Equal(new FactDate(1776, 7, 4), Facts.UnitedStates.Independence);
    }

    [Fact]
    public void Knowledge_base_carries_everything_without_parsing_yaml()
    {
        var kb = Facts.KnowledgeBase;

        Assert.Same(kb, Facts.KnowledgeBase);
        Assert.True(kb.Entities.Count > 50, $"only {kb.Entities.Count} entities");
        Assert.NotNull(kb.FindProperty("secretary_general"));
        Assert.Equal(PropertyKind.Office, kb.FindProperty("secretary_general")!.Kind);
        var nato = kb["nato"];
        Assert.NotEmpty(nato.Sources);
        Assert.Contains("OTAN", nato.Aliases);
        Assert.Equal("facts/organizations/nato.yaml", nato.Location.Path);
        Assert.Contains(kb.GetTermsOf("mark-rutte"), t => t.Organization.Id == "nato");
    }

    [Fact]
    public void Generated_knowledge_base_equals_the_one_loaded_at_run_time()
    {
        var root = typeof(FactsContractTests).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;
        var loaded = Loading.FactLoader.Load(new[] { Path.Combine(root, "facts") });

        // The build records paths relative to the repository; the loader keeps them as given.
        static Entity Relative(Entity e, string root) => e with { Location = e.Location with { Path = Path.GetRelativePath(root, e.Location.Path).Replace('\\', '/') } };
        Assert.Equal(loaded.Entities.Select(e => e.Id), Facts.KnowledgeBase.Entities.Select(e => e.Id));
        Assert.Equal(loaded.Entities.Select(e => Relative(e, root).Location), Facts.KnowledgeBase.Entities.Select(e => e.Location));
        Assert.Equal(loaded.Entities.Select(e => e.Name), Facts.KnowledgeBase.Entities.Select(e => e.Name));
    }
}
