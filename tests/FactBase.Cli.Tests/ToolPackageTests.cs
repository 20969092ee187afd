using System.Diagnostics;

namespace FactBase.Cli.Tests;

/// <summary>The CLI packs as a dotnet tool that installs and runs with its built-in facts.</summary>
[Collection(PackCollection.Name)]
public sealed class ToolPackageTests
{
    [Fact]
    public void Pack_install_and_run_the_tool()
    {
        using var dir = new TempDir();
        var feed = Path.Combine(dir.Path, "feed");
        var tools = Path.Combine(dir.Path, "tools");
        var project = Path.Combine(Cli.RepositoryRoot, "src", "FactBase.Cli", "FactBase.Cli.csproj");

        // --no-build packs what the test build already compiled, without rebuilding under the other tests' feet.
        var pack = Dotnet(dir.Path, null, "pack", project, "--no-build", "-c", Cli.Configuration, "-o", feed, "-p:PackageVersion=0.0.0-test");
        Assert.True(pack.ExitCode == 0, pack.ToString());
        var package = Assert.Single(Directory.GetFiles(feed, "FactBase.Tool.*.nupkg"));
        using (var zip = System.IO.Compression.ZipFile.OpenRead(package))
        {
            Assert.Contains("factbase.schema.json", zip.Entries.Select(e => e.FullName));
        }

        // Only the local feed, and a private package cache, so a stale FactBase.Tool from an earlier run is never used.
        var config = Path.Combine(dir.Path, "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        var environment = new Dictionary<string, string?> { ["NUGET_PACKAGES"] = Path.Combine(dir.Path, "packages") };
        var install = Dotnet(dir.Path, environment, "tool", "install", "--tool-path", tools, "--add-source", feed, "--configfile", config, "--version", "0.0.0-test", "FactBase.Tool");
        Assert.True(install.ExitCode == 0, install.ToString());

        var factbase = Path.Combine(tools, OperatingSystem.IsWindows() ? "factbase.exe" : "factbase");
        Assert.True(File.Exists(factbase), $"no {factbase}");
        var run = Cli.Execute(new ProcessStartInfo(factbase) { WorkingDirectory = Cli.RepositoryRoot, ArgumentList = { "check", "seeds/" } }, null, null, TimeSpan.FromSeconds(30));
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("seeds/000_d7d27435de85b353.txt:3:309: error [entity-name] 'NATA'", run.Stdout);
    }

    private static CliResult Dotnet(string workingDirectory, IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Cli.Execute(start, null, environment, TimeSpan.FromSeconds(60));
    }
}
