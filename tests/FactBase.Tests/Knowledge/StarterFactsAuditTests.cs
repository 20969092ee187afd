using FactBase.Knowledge;
using FactBase.Model;

namespace FactBase.Tests.Knowledge;

/// <summary>
/// Keeps the starter knowledge base honest: every audited period (<see cref="StarterFactsAudit"/>) must be in facts/
/// exactly, in the knowledge base the run-time loader builds. A failure names the period and the source to look at.
/// </summary>
public sealed class StarterFactsAuditTests
{
    private static KnowledgeBase Kb => TestKnowledgeBases.Starter;

    [Fact]
    public void NATO_secretaries_general_are_in_office_on_the_audited_days() => AssertAudited(StarterFactsAudit.NatoSecretariesGeneral);

    [Fact]
    public void All_32_NATO_members_joined_on_the_audited_days()
    {
        Assert.Equal(32, StarterFactsAudit.NatoAccessions.Length);
        AssertAudited(StarterFactsAudit.NatoAccessions);
    }

    [Fact]
    public void EU_members_joined_and_left_on_the_audited_days() => AssertAudited(StarterFactsAudit.EuAccessions);

    [Fact]
    public void EU_Commission_presidents_are_in_office_on_the_audited_days() => AssertAudited(StarterFactsAudit.EuOffices);

    [Fact]
    public void The_UN_member_count_changes_on_the_audited_days() => AssertAudited(StarterFactsAudit.UnMemberCounts);

    [Fact]
    public void UN_secretaries_general_are_in_office_on_the_audited_days() => AssertAudited(StarterFactsAudit.UnSecretariesGeneral);

    [Fact]
    public void Heads_of_state_and_government_are_in_office_on_the_audited_days() => AssertAudited(StarterFactsAudit.NationalOffices);

    [Theory]
    // The rows of the audit's table of corrections (issue 20), with the official values it gives.
    [InlineData("hastings-ismay", "1952-04-04", "1957-05-16", "1952-03-13")]
    [InlineData("jaap-de-hoop-scheffer", "2004-01-05", "2009-08-01", null)]
    [InlineData("alessandro-minuto-rizzo", "2003-12-17", "2004-01-05", null)]
    public void The_corrected_NATO_secretaries_general_keep_their_official_days(string holder, string from, string to, string? alsoFrom)
    {
        var row = Assert.Single(StarterFactsAudit.NatoSecretariesGeneral, r => r.Value == holder);
        Assert.Equal(new AuditedPeriod("nato", "secretary_general", holder, from, to, row.Source, alsoFrom), row);
        Assert.StartsWith("https://www.nato.int/", row.Source);
        AssertAudited(new[] { row });
    }

    [Fact]
    public void The_twelve_NATO_founders_accept_both_the_entry_into_force_and_the_signature()
    {
        var founders = StarterFactsAudit.NatoAccessions.Where(r => r.From == "1949-08-24").ToList();
        Assert.Equal(12, founders.Count);
        Assert.All(founders, r => Assert.Equal("1949-04-04", r.AlsoFrom));
        AssertAudited(founders);
    }

    [Theory]
    // Member counts the audit checked, each a consequence of the accession rows above.
    [InlineData("nato", "1949-08-24", 12)]
    [InlineData("nato", "1952-02-18", 14)]
    [InlineData("nato", "1999-03-12", 19)]
    [InlineData("nato", "2004-03-29", 26)]
    [InlineData("nato", "2020-03-27", 30)]
    [InlineData("nato", "2023-04-04", 31)]
    [InlineData("nato", "2024-03-07", 32)]
    [InlineData("eu", "2013-07-01", 28)]
    [InlineData("eu", "2020-02-01", 27)]
    public void Member_counts_on_audited_days(string organization, string day, int count)
    {
        var rows = organization == "nato" ? StarterFactsAudit.NatoAccessions : StarterFactsAudit.EuAccessions;
        var date = FactDate.Parse(day);
        Assert.Equal(count, rows.Count(r => FactDate.Parse(r.From).CompareTo(date) <= 0 && (r.To is null || FactDate.Parse(r.To).CompareTo(date) > 0)));
        Assert.Equal(count, Kb.GetEntityTimeline(organization, "members").AllAt(date).Count);
    }

    [Theory]
    [InlineData("2011-07-14", 193)]
    [InlineData("2006-06-28", 192)]
    [InlineData("2002-09-27", 191)]
    public void The_UN_member_count_on_audited_days(string day, int count)
        => Assert.Equal(count, Kb.GetNumberTimeline("un", "member_count").At(FactDate.Parse(day)));

    private static void AssertAudited(IEnumerable<AuditedPeriod> rows)
    {
        var problems = new List<string>();
        foreach (var row in rows)
        {
            if (Problem(row) is { } problem)
            {
                problems.Add($"{row.Entity}.{row.Property} {row.Value}: {problem}; the audit has from {row.From}{(row.To is null ? string.Empty : " to " + row.To)}{(row.AlsoFrom is null ? string.Empty : " (also from " + row.AlsoFrom + ")")}. Check {row.Source}");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static string? Problem(AuditedPeriod row)
    {
        if (!Kb.TryGetEntity(row.Entity, out var entity) || entity.GetFact(row.Property) is not { IsTimeline: true } fact)
        {
            return "the facts have no such timeline";
        }

        var periods = fact.Timeline.Where(e => e.Value == row.Value).ToList();
        var match = periods.FirstOrDefault(e => e.From == FactDate.Parse(row.From));
        if (match is null)
        {
            return periods.Count == 0
                ? "the facts have no such period"
                : "the facts have " + string.Join(", ", periods.Select(e => $"from {e.From}{(e.To is { } t ? " to " + t : string.Empty)}"));
        }

        var to = row.To is null ? (FactDate?)null : FactDate.Parse(row.To);
        if (match.To != to)
        {
            return match.To is { } end ? $"the facts end it on {end}" : "the facts leave it open";
        }

        var alsoFrom = row.AlsoFrom is null ? Array.Empty<FactDate>() : new[] { FactDate.Parse(row.AlsoFrom) };
        if (!match.AlsoFrom.SequenceEqual(alsoFrom))
        {
            return match.AlsoFrom.Count == 0 ? "the facts give no other accepted start" : $"the facts also accept {string.Join(", ", match.AlsoFrom)}";
        }

        return null;
    }
}
