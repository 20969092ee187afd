using System.Diagnostics;
using System.Text.Json;
using YamlDotNet.RepresentationModel;

namespace FactBase.Cli.Tests;

/// <summary>
/// The GitHub Action's script (<c>.github/actions/factbase/run.sh</c>, run by <c>action.yml</c>) in a content repository
/// with no <c>src/</c>: it installs the tool from a feed or the repository's tool manifest, checks once with
/// changed-only, and writes SARIF, annotations, the step summary and the step's outputs.
/// </summary>
[Collection(PackCollection.Name)]
public sealed class ActionScriptTests
{
    private const string Version = "0.0.0-action-test";

    private static readonly string Script = Path.Combine(Cli.RepositoryRoot, ".github", "actions", "factbase", "run.sh");

    [Fact]
    public void ChangedOnlyWritesSarifAnnotationsAndSummaryForTheChangedLinesInOneRun()
    {
        using var dir = new TempDir();
        var feed = Pack(dir);
        using var repo = ContentRepository(feed, out var @base);

        var run = RunScript(dir, repo, new()
        {
            ["FACTBASE_INPUT_VERSION"] = Version,
            ["FACTBASE_INPUT_SOURCE"] = feed,
            ["FACTBASE_INPUT_PATHS"] = "articles",
            ["FACTBASE_INPUT_FACTS"] = "facts",
            ["FACTBASE_INPUT_CHANGED_ONLY"] = "true",
            ["FACTBASE_INPUT_BASE"] = @base,
        });
        Assert.True(run.Result.ExitCode == 1, run.Result.ToString());
        Assert.Contains($"factbase: installing FactBase.Tool {Version} from {feed}", run.Result.Stdout);

        // Annotations: the changed line only (the old misspelling on line 5 stays quiet).
        var annotations = run.Result.Stdout.Split('\n').Where(l => l.StartsWith("::", StringComparison.Ordinal)).ToList();
        var annotation = Assert.Single(annotations);
        Assert.StartsWith("::error file=articles/news.md,line=6,col=", annotation);
        Assert.Contains("title=FB1002 date::Acme Widgets was founded in 1990, not in 1991", annotation);

        // SARIF for code scanning, from the same run.
        using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(repo.Path, "factbase.sarif")));
        var result = Assert.Single(sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
        Assert.Equal("FB1002", result.GetProperty("ruleId").GetString());
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("articles/news.md", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(6, location.GetProperty("region").GetProperty("startLine").GetInt32());

        // The step summary: a Markdown table with the one finding.
        var summary = File.ReadAllText(run.Summary);
        Assert.Contains("1 finding(s) in 1 of 1 file(s) checked.", summary);
        Assert.Contains("| `articles/news.md` | 6 | FB1002 date | Acme Widgets was founded in 1990, not in 1991 | 1990 |", summary);

        // The step's outputs.
        var outputs = File.ReadAllLines(run.Outputs);
        Assert.Contains($"sarif={Path.Combine(repo.Path, "factbase.sarif")}", outputs);
        Assert.Contains("errors=1", outputs);
        Assert.Contains("warnings=0", outputs);
        Assert.Contains("exit-code=1", outputs);
    }

    [Fact]
    public void FailOnDecidesWhichFindingsFailTheJob()
    {
        using var dir = new TempDir();
        var feed = Pack(dir);
        using var repo = ContentRepository(feed, out var @base);
        Dictionary<string, string?> Inputs(string failOn, string args) => new()
        {
            ["FACTBASE_INPUT_VERSION"] = Version,
            ["FACTBASE_INPUT_SOURCE"] = feed,
            ["FACTBASE_INPUT_PATHS"] = "articles",
            ["FACTBASE_INPUT_FACTS"] = "facts",
            ["FACTBASE_INPUT_CHANGED_ONLY"] = "true",
            ["FACTBASE_INPUT_BASE"] = @base,
            ["FACTBASE_INPUT_FAIL_ON"] = failOn,
            ["FACTBASE_INPUT_ARGS"] = args,
        };

        Assert.Equal(0, RunScript(dir, repo, Inputs("never", string.Empty)).Result.ExitCode);
        var warning = RunScript(dir, repo, Inputs("error", "--severity date=warning"));
        Assert.True(warning.Result.ExitCode == 0, warning.Result.ToString());
        Assert.StartsWith("::warning file=articles/news.md,line=6,", warning.Result.Stdout.Split('\n').Single(l => l.StartsWith("::", StringComparison.Ordinal)));
        Assert.Equal(1, RunScript(dir, repo, Inputs("warning", "--severity date=warning")).Result.ExitCode);

        var bad = RunScript(dir, repo, Inputs("sometimes", string.Empty));
        Assert.Equal(2, bad.Result.ExitCode);
        Assert.Contains("::error title=factbase::fail-on must be error, warning or never, not 'sometimes'", bad.Result.Stdout);

        // The tool's own errors fail whatever fail-on says.
        var broken = RunScript(dir, repo, Inputs("never", "--as-of yesterday"));
        Assert.Equal(2, broken.Result.ExitCode);
        Assert.Contains("--as-of 'yesterday' is not a date", broken.Result.Stderr);
    }

    [Fact]
    public void TheToolManifestIsRestoredWhenNoVersionIsGiven()
    {
        using var dir = new TempDir();
        var feed = Pack(dir);
        using var repo = ContentRepository(feed, out _);
        var environment = Environment(dir);
        Assert.Equal(0, Dotnet(repo.Path, environment, "new", "tool-manifest").ExitCode);
        var install = Dotnet(repo.Path, environment, "tool", "install", "--version", Version, "FactBase.Tool");
        Assert.True(install.ExitCode == 0, install.ToString());

        var run = RunScript(dir, repo, new() { ["FACTBASE_INPUT_PATHS"] = "articles", ["FACTBASE_INPUT_FACTS"] = "facts" });
        Assert.True(run.Result.ExitCode == 1, run.Result.ToString());
        Assert.Contains("factbase: restoring the tool manifest's FactBase.Tool", run.Result.Stdout);
        // Not changed-only: both findings of the file.
        Assert.Equal(2, run.Result.Stdout.Split('\n').Count(l => l.StartsWith("::error file=articles/news.md,", StringComparison.Ordinal)));
    }

    [Fact]
    public void TheActionPassesEveryInputToTheScriptThroughTheEnvironment()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(Cli.RepositoryRoot, "action.yml")))
        {
            yaml.Load(reader);
        }

        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var inputs = ((YamlMappingNode)root["inputs"]).Children.Keys.Select(k => ((YamlScalarNode)k).Value!).ToList();
        var runs = (YamlMappingNode)root["runs"];
        Assert.Equal("composite", ((YamlScalarNode)runs["using"]).Value);
        var check = ((YamlSequenceNode)runs["steps"]).Children.Cast<YamlMappingNode>().Single(s => s.Children.ContainsKey("id") && ((YamlScalarNode)s["id"]).Value == "check");
        Assert.Equal("bash \"$FACTBASE_ACTION_PATH/.github/actions/factbase/run.sh\"", ((YamlScalarNode)check["run"]).Value);
        var env = ((YamlMappingNode)check["env"]).Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => ((YamlScalarNode)p.Value).Value!);
        var script = File.ReadAllText(Script);

        // Every input but the ones the other steps use reaches the script, and the script reads it; no input is spliced into shell code.
        foreach (var input in inputs.Except(new[] { "upload-sarif", "sarif-category", "dotnet-version", "working-directory" }))
        {
            var variable = "FACTBASE_INPUT_" + input.ToUpperInvariant().Replace('-', '_');
            Assert.True(env.ContainsKey(variable), $"input {input} is not passed as {variable}");
            Assert.Contains($"inputs.{input}", env[variable]);
            Assert.Contains(variable, script);
        }

        Assert.DoesNotContain("${{", ((YamlScalarNode)check["run"]).Value);
    }

    /// <summary>Packs the already built CLI into a feed of its own.</summary>
    private static string Pack(TempDir dir)
    {
        var feed = Path.Combine(dir.Path, "feed");
        var project = Path.Combine(Cli.RepositoryRoot, "src", "FactBase.Cli", "FactBase.Cli.csproj");
        var pack = Dotnet(dir.Path, null, "pack", project, "--no-build", "-c", Cli.Configuration, "-o", feed, $"-p:PackageVersion={Version}");
        Assert.True(pack.ExitCode == 0, pack.ToString());
        return feed;
    }

    /// <summary>
    /// A content repository (articles, its own facts, no src/): the base commit has a misspelling on line 5 of
    /// articles/news.md; the next commit adds line 6 with a wrong founding year. A nuget.config that knows only the
    /// local feed stands for the repository's feed settings.
    /// </summary>
    private static GitRepo ContentRepository(string feed, out string @base)
    {
        var repo = new GitRepo();
        repo.Write("facts/acme.yaml", "id: acme\ntype: organization\nname: Acme Widgets\nsources:\n  - url: https://example.com/acme\n    retrieved: 2025-01-01\nfacts:\n  founded: 1990\n");
        repo.Write("articles/news.md", "---\ndate: 2025-03-07\n---\nNATO leaders met today.\nMembers of the 75-year-old NATA agreed.\n");
        @base = repo.Commit("first article");
        repo.Write("articles/news.md", "---\ndate: 2025-03-07\n---\nNATO leaders met today.\nMembers of the 75-year-old NATA agreed.\nAcme Widgets was founded in 1991.\n");
        repo.Commit("a line about Acme");
        repo.Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        Assert.False(Directory.Exists(Path.Combine(repo.Path, "src")));
        return repo;
    }

    /// <summary>Runs the script as the action's step does: in the workspace, with the runner's files and the inputs.</summary>
    private static (CliResult Result, string Summary, string Outputs) RunScript(TempDir dir, GitRepo repo, Dictionary<string, string?> inputs)
    {
        var summary = Path.Combine(dir.Path, $"summary-{Guid.NewGuid():N}.md");
        var outputs = Path.Combine(dir.Path, $"outputs-{Guid.NewGuid():N}.txt");
        File.WriteAllText(summary, string.Empty);
        File.WriteAllText(outputs, string.Empty);
        var environment = Environment(dir);
        foreach (var (key, value) in GitRepo.Environment())
        {
            environment[key] = value;
        }

        environment["GITHUB_WORKSPACE"] = repo.Path;
        environment["GITHUB_STEP_SUMMARY"] = summary;
        environment["GITHUB_OUTPUT"] = outputs;
        environment["RUNNER_TEMP"] = dir.Path;
        environment["FACTBASE_ACTION_PATH"] = Cli.RepositoryRoot;
        foreach (var (key, value) in inputs)
        {
            environment[key] = value;
        }

        var start = new ProcessStartInfo("bash") { WorkingDirectory = repo.Path, ArgumentList = { Script } };
        return (Cli.Execute(start, null, environment, TimeSpan.FromSeconds(180)), summary, outputs);
    }

    /// <summary>A private package cache and .NET CLI home (where local tools are resolved from), so a FactBase.Tool of an
    /// earlier run is never used.</summary>
    private static Dictionary<string, string?> Environment(TempDir dir) => new()
    {
        ["NUGET_PACKAGES"] = Path.Combine(dir.Path, "packages"),
        ["DOTNET_CLI_HOME"] = Path.Combine(dir.Path, "cli-home"),
    };

    private static CliResult Dotnet(string workingDirectory, IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Cli.Execute(start, null, environment, TimeSpan.FromSeconds(120));
    }
}

/// <summary>Tests that pack the CLI with <c>dotnet pack --no-build</c> run one at a time: packs of one project share its obj/ folder.</summary>
[CollectionDefinition(Name)]
public sealed class PackCollection
{
    public const string Name = "dotnet pack";
}
