using System.IO.Compression;

namespace FactBase.Package.Tests;

/// <summary>
/// Packs FactBase once for all tests of the collection: a unique version into a fresh local feed, restored into a
/// private packages folder, so a package left by an earlier run is never used.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "factbase-package-" + Guid.NewGuid().ToString("N"));
        Feed = Path.Combine(Root, "feed");
        Packages = Path.Combine(Root, "packages");
        Directory.CreateDirectory(Feed);
        Version = $"0.1.0-test.{DateTime.UtcNow.Ticks}";

        // Packs what the solution build compiled (no build, no restore): nothing in the repository is rebuilt or
        // rewritten under the feet of the other test projects running at the same time.
        var project = Path.Combine(Dotnet.RepositoryRoot, "src", "FactBase", "FactBase.csproj");
        Pack = Dotnet.Run(
            Root,
            new Dictionary<string, string?>(),
            TimeSpan.FromMinutes(3),
            "pack", project, "--no-build", "--no-restore", "-c", Dotnet.Configuration, "-o", Feed, "-nologo",
            $"-p:Version={Version}", $"-p:NuspecOutputPath={Path.Combine(Root, "nuspec")}{Path.DirectorySeparatorChar}");
        PackagePath = Path.Combine(Feed, $"FactBase.{Version}.nupkg");
        if (Pack.ExitCode != 0 || !File.Exists(PackagePath))
        {
            throw new InvalidOperationException("dotnet pack failed: " + Pack);
        }

        File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
              <!-- FactBase only from the local feed; its dependencies (YamlDotNet, Markdig) from the default source. -->
              <packageSourceMapping>
                <packageSource key="local"><package pattern="FactBase" /></packageSource>
                <packageSource key="nuget.org"><package pattern="*" /></packageSource>
              </packageSourceMapping>
            </configuration>
            """);

        // Nothing above the consumers may change their build: no Directory.Build.* or Directory.Packages.props (central
        // package versions) of the temp folder's parents.
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Packages.props"), "<Project />\n");
    }

    /// <summary>The temporary folder of this run: feed, packages, consumers.</summary>
    public string Root { get; }

    public string Feed { get; }

    /// <summary>The private NuGet packages folder (NUGET_PACKAGES) of every restore in this run.</summary>
    public string Packages { get; }

    /// <summary>The unique version packed.</summary>
    public string Version { get; }

    public string PackagePath { get; }

    public DotnetResult Pack { get; }

    /// <summary>The environment of every dotnet command on a consumer.</summary>
    public IReadOnlyDictionary<string, string?> Environment => EnvironmentWith(Packages);

    /// <summary>The environment of a dotnet command that restores into <paramref name="packages"/>.</summary>
    public static IReadOnlyDictionary<string, string?> EnvironmentWith(string packages) => new Dictionary<string, string?> { ["NUGET_PACKAGES"] = packages };

    /// <summary>The package's entries, as <c>unzip -l</c> lists them.</summary>
    public IReadOnlyList<string> Entries()
    {
        using var zip = ZipFile.OpenRead(PackagePath);
        return zip.Entries.Select(e => e.FullName).ToList();
    }

    /// <summary>Copies the consumer project (Consumer/ next to the test assembly) into a new folder and sets the package version.</summary>
    public string NewConsumer(string name)
    {
        var source = Path.Combine(AppContext.BaseDirectory, "Consumer");
        var target = Path.Combine(Root, name);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            var destination = Path.Combine(target, relative.EndsWith(".in", StringComparison.Ordinal) ? relative[..^3] : relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.WriteAllText(destination, File.ReadAllText(file).Replace("@FACTBASE_VERSION@", Version, StringComparison.Ordinal));
        }

        return target;
    }

    /// <summary>Builds a consumer as a user would: <c>dotnet build</c> (restoring FactBase from the feed).</summary>
    public DotnetResult Build(string consumer, params string[] extra) => BuildWith(consumer, Environment, extra);

    /// <summary>Builds a consumer with the given environment.</summary>
    public static DotnetResult BuildWith(string consumer, IReadOnlyDictionary<string, string?> environment, params string[] extra)
        => Dotnet.Run(
            consumer,
            environment,
            TimeSpan.FromMinutes(4),
            new[] { "build", "-nologo", "-v:q", "-clp:NoSummary", "-p:UseSharedCompilation=false" }.Concat(extra).ToArray());

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>The tests that share one packed package; they run one after another (each builds a consumer).</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "FactBase package";
}
