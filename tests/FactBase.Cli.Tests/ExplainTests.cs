namespace FactBase.Cli.Tests;

/// <summary><c>factbase explain</c>.</summary>
public sealed class ExplainTests
{
    [Fact]
    public void Explain_shows_names_timelines_the_current_holder_and_sources()
    {
        var result = Cli.Run(Cli.RepositoryRoot, "explain", "NATO", "--as-of", "2025-03-07");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("NATO (nato), organization", result.Stdout);
        Assert.Contains("aliases:", result.Stdout);
        Assert.Contains("founded: 1949-04-04 (75 years on 2025-03-07)", result.Stdout);
        Assert.Matches(@"\* Mark Rutte \(mark-rutte\)\s+from 2024-10-01", result.Stdout);
        Assert.Matches(@"\n\s{6}Jens Stoltenberg \(jens-stoltenberg\)\s+from 2014-10-01 to 2024-10-01", result.Stdout);
        Assert.Contains("Sources", result.Stdout);
        Assert.Contains("https://", result.Stdout);
    }

    [Fact]
    public void Explain_marks_what_held_at_an_earlier_date()
    {
        var result = Cli.Run(Cli.RepositoryRoot, "explain", "nato", "--as-of", "2019-01-01");
        Assert.Matches(@"\* Jens Stoltenberg \(jens-stoltenberg\)", result.Stdout);
        Assert.DoesNotMatch(@"\* Mark Rutte", result.Stdout);
    }

    [Fact]
    public void Explain_a_person_lists_offices()
    {
        var result = Cli.Run(Cli.RepositoryRoot, "explain", "Mark Rutte", "--as-of", "2025-03-07");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Offices held", result.Stdout);
        Assert.Matches(@"\* NATO Secretary General\s+from 2024-10-01", result.Stdout);
    }

    [Fact]
    public void Unknown_entity_exits_two_with_suggestions()
    {
        var result = Cli.Run(Cli.RepositoryRoot, "explain", "NATA");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("did you mean: nato (NATO)", result.Stderr);
    }
}
