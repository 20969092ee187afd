using Xunit.Abstractions;

namespace FactBase.Package.Tests;

/// <summary>
/// A project outside the solution references the packed FactBase from a local feed, with its own made-up facts and
/// vocabulary: its typed facts compile and run, and its articles are checked during <c>dotnet build</c>.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ConsumerTests
{
    private readonly PackageFixture _package;
    private readonly ITestOutputHelper _output;

    public ConsumerTests(PackageFixture package, ITestOutputHelper output)
    {
        _package = package;
        _output = output;
    }

    [Fact]
    public void Consumer_builds_and_runs_with_the_typed_constants_of_its_own_facts()
    {
        var consumer = _package.NewConsumer("run");

        // A packages folder of its own, empty: the build time below is that of a clean first build.
        var environment = PackageFixture.EnvironmentWith(Path.Combine(_package.Root, "packages-run"));
        var build = PackageFixture.BuildWith(consumer, environment);
        _output.WriteLine($"clean consumer build (restore into an empty packages folder, generate, compile, check 2 articles): {build.Elapsed.TotalSeconds:0.0} s");
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotMatch(@"(warning|error) [A-Z]+[0-9]+", build.Output);

        var run = Dotnet.Run(consumer, environment, TimeSpan.FromMinutes(2), "run", "--no-build");
        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(
            new[]
            {
                "name=Acme Rocket Works",
                "founded=1990",
                "ceo-2025=Road Runner",
                "ceo-2000=Wile Coyote",
                "guild-members-2025=2",
                "guild-members-1985=1",
                "coyote-born=1949-09-17",
                "entities=5",
                "finding=date:1976->1975",
                "finding=role:Wile Coyote->Road Runner",
            },
            lines);
    }

    [Fact]
    public void A_contradicted_claim_in_an_article_fails_the_build_with_FB1002_at_its_line_and_fixing_it_builds()
    {
        var consumer = _package.NewConsumer("contradicted");
        var article = Path.Combine(consumer, "content", "news.md");
        File.WriteAllText(article, File.ReadAllText(article).Replace("Acme, founded in 1990,", "Acme, founded in 1991,", StringComparison.Ordinal));

        var failed = _package.Build(consumer);

        Assert.True(failed.ExitCode != 0, failed.ToString());
        Assert.Contains($"{article}(6,18): error FB1002: Acme Rocket Works was founded on 14 May 1990, not in 1991 [date]", failed.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("error CS", failed.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("FB0012", failed.Output, StringComparison.Ordinal);
        // undated.md is checked as of FactBaseAsOf (2011), when Wile Coyote was Acme's CEO: no finding there.
        Assert.DoesNotContain("undated.md", failed.Output, StringComparison.Ordinal);

        File.WriteAllText(article, File.ReadAllText(article).Replace("Acme, founded in 1991,", "Acme, founded in 1990,", StringComparison.Ordinal));
        var fixedBuild = _package.Build(consumer);

        Assert.True(fixedBuild.ExitCode == 0, fixedBuild.ToString());
        Assert.DoesNotContain("FB1", fixedBuild.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Finding_severity_is_configured_in_a_globalconfig_or_with_NoWarn()
    {
        var consumer = _package.NewConsumer("severity");
        var article = Path.Combine(consumer, "content", "news.md");
        File.WriteAllText(article, File.ReadAllText(article).Replace("Acme, founded in 1990,", "Acme, founded in 1991,", StringComparison.Ordinal));
        var globalConfig = Path.Combine(consumer, ".globalconfig");
        File.WriteAllText(globalConfig, "is_global = true\ndotnet_diagnostic.FB1002.severity = warning\n");

        var lenient = _package.Build(consumer);

        Assert.True(lenient.ExitCode == 0, lenient.ToString());
        Assert.Contains($"{article}(6,18): warning FB1002:", lenient.Output, StringComparison.Ordinal);

        // Once a warning, TreatWarningsAsErrors makes it an error again (it is an ordinary compiler diagnostic).
        var strict = _package.Build(consumer, "--no-incremental", "-p:TreatWarningsAsErrors=true");
        Assert.True(strict.ExitCode != 0, strict.ToString());
        Assert.Contains($"{article}(6,18): error FB1002:", strict.Output, StringComparison.Ordinal);

        File.Delete(globalConfig);
        var silenced = _package.Build(consumer, "--no-incremental", "-p:NoWarn=FB1002");
        Assert.True(silenced.ExitCode == 0, silenced.ToString());
        Assert.DoesNotContain("FB1002", silenced.Output, StringComparison.Ordinal);
    }
}
