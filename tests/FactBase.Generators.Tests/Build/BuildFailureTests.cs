using System.Diagnostics;
using FactBase.Generators.Tests.Infrastructure;

namespace FactBase.Generators.Tests.Build;

/// <summary>
/// A real <c>dotnet build</c> of a small consumer project, wired as the generator's props file
/// documents (project references, FactBase.Generators.props): a malformed fact file fails the
/// build with FB0001 at the file, line and column, while the rest of the facts still compile.
/// </summary>
public sealed class BuildFailureTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "factbase-build-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    [Trait("Category", "Build")]
    public void Malformed_fact_file_fails_the_build_at_its_file_and_line()
    {
        var repo = TestPaths.RepositoryRoot;
        Directory.CreateDirectory(Path.Combine(_directory, "facts"));
        File.WriteAllText(Path.Combine(_directory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <Import Project="{repo}generators/FactBase.Generators/FactBase.Generators.props" />
              <ItemGroup>
                <ProjectReference Include="{repo}src/FactBase/FactBase.csproj" />
                <ProjectReference Include="{repo}generators/FactBase.Generators/FactBase.Generators.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(_directory, "Use.cs"), "public static class Use { public const string Name = Facts.Nato.Name; }\n");
        File.WriteAllText(Path.Combine(_directory, "facts", "nato.yaml"), "id: nato\ntype: organization\nname: NATO\n");
        File.WriteAllText(Path.Combine(_directory, "facts", "broken.yaml"), "id: broken\ntype: organization\nname: NATO: the alliance\n");

        var (exitCode, output) = DotnetBuild(_directory);

        Assert.NotEqual(0, exitCode);
        var brokenPath = Path.Combine(_directory, "facts", "broken.yaml");
        Assert.Contains($"{brokenPath}(3,11): error FB0001: malformed YAML", output, StringComparison.Ordinal);
        Assert.DoesNotContain("error CS", output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS8785", output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS9057", output, StringComparison.Ordinal);
    }

    private static (int ExitCode, string Output) DotnetBuild(string directory)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "build", "Consumer.csproj", "-nologo", "-nodeReuse:false", "-v:q", "-clp:NoSummary",
            "-p:UseSharedCompilation=false", "-p:BuildProjectReferences=false", $"-p:Configuration={TestPaths.Configuration}",
        })
        {
            start.ArgumentList.Add(argument);
        }

        // The test host's MSBuild settings must not leak into the child build.
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        start.Environment.Remove("MSBuildSDKsPath");

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("dotnet build did not finish within 5 minutes");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
