using System.Diagnostics;
using System.Text;

namespace FactBase.Cli.Tests;

/// <summary>
/// The Native AOT build of the tool (what <c>.ci/pack-tool.sh</c> ships for linux-x64) gives the same reports as the JIT
/// build: published from a copy of the repository, so nothing of the other tests' build is rebuilt under their feet.
/// </summary>
[Collection(PackCollection.Name)]
public sealed class NativeToolTests
{
    // The sources a publish needs; bin/ and obj/ folders are left out, so the copy builds from scratch.
    private static readonly string[] Sources = { "src", "generators", "facts", "Directory.Build.props", "Directory.Packages.props", "global.json", "README.md", ".editorconfig" };

    [NativeAotFact]
    public void The_native_tool_reports_what_the_jit_build_reports()
    {
        using var dir = new TempDir();
        var copy = Path.Combine(dir.Path, "repo");
        foreach (var source in Sources)
        {
            Copy(Path.Combine(Cli.RepositoryRoot, source), Path.Combine(copy, source));
        }

        var output = Path.Combine(dir.Path, "aot");
        var publish = Cli.Execute(
            new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = copy,
                ArgumentList =
                {
                    "publish", Path.Combine(copy, "src", "FactBase.Cli", "FactBase.Cli.csproj"), "-c", "Release", "-r", "linux-x64",
                    "-p:FactBasePublishAot=true", "-o", output, "-nologo",
                },
            },
            null,
            new Dictionary<string, string?> { ["MSBUILDDISABLENODEREUSE"] = "1" },
            TimeSpan.FromMinutes(25));
        var native = Path.Combine(output, "FactBase.Cli");
        Assert.True(publish.ExitCode == 0 && File.Exists(native), publish.ToString());
        Assert.DoesNotContain(": warning ", publish.Stdout, StringComparison.OrdinalIgnoreCase);

        // The built-in facts in three formats; the YAML of a fact folder, parsed and then read back from the snapshot it
        // was compiled to (each build has its own cache: a snapshot is bound to the build that wrote it); explain.
        var runs = new[]
        {
            new[] { "check", "seeds/" },
            new[] { "check", "--format", "json", "seeds/000_d7d27435de85b353.txt" },
            new[] { "check", "--format", "sarif", "seeds/" },
            new[] { "check", "--no-builtin-facts", "--facts", "facts", "--format", "json", "seeds/" },
            new[] { "check", "--no-builtin-facts", "--facts", "facts", "--format", "json", "seeds/" },
            new[] { "explain", "nato" },
        };
        foreach (var args in runs)
        {
            var jit = Cli.RunWith(Cli.RepositoryRoot, null, Cache(dir, "jit"), args);
            var start = new ProcessStartInfo(native) { WorkingDirectory = Cli.RepositoryRoot, StandardOutputEncoding = Encoding.UTF8, StandardErrorEncoding = Encoding.UTF8 };
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            var aot = Cli.Execute(start, null, Cache(dir, "aot"), TimeSpan.FromSeconds(60));
            var what = "factbase " + string.Join(' ', args);
            Assert.True(jit.Stdout.Length > 100, $"{what}: the JIT build printed little\n{jit}");
            Assert.Equal(jit.ExitCode, aot.ExitCode);
            Assert.Equal(jit.Stdout, aot.Stdout);
            Assert.Equal(jit.Stderr, aot.Stderr);
        }

        Assert.NotEmpty(Directory.GetFiles(Path.Combine(dir.Path, "cache-aot"), "*", SearchOption.AllDirectories));
    }

    private static Dictionary<string, string?> Cache(TempDir dir, string build)
        => new() { ["FACTBASE_CACHE_DIR"] = Path.Combine(dir.Path, "cache-" + build) };

    private static void Copy(string from, string to)
    {
        if (File.Exists(from))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(from, to);
            return;
        }

        Directory.CreateDirectory(to);
        foreach (var entry in Directory.EnumerateFileSystemEntries(from))
        {
            var name = Path.GetFileName(entry);
            if (name is not ("bin" or "obj"))
            {
                Copy(entry, Path.Combine(to, name));
            }
        }
    }
}

/// <summary>
/// A test that publishes with Native AOT, which links with clang (Debian: <c>apt-get install clang zlib1g-dev</c>, which
/// <c>.ci/run</c> installs): skipped, saying why, on a linux-x64 machine without clang, but never in CI (<c>CI=true</c>),
/// where a missing tool chain must fail the run. Elsewhere than linux-x64 there is no linux-x64 native tool to test.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NativeAotFactAttribute : FactAttribute
{
    public NativeAotFactAttribute()
    {
        if (!OperatingSystem.IsLinux() || System.Runtime.InteropServices.RuntimeInformation.OSArchitecture != System.Runtime.InteropServices.Architecture.X64)
        {
            Skip = "the native tool is built for linux-x64 only";
        }
        else if (!HasClang() && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = "needs clang for the Native AOT link: 'apt-get install clang zlib1g-dev' (Debian); .ci/run installs it";
        }
    }

    private static bool HasClang()
        => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).Any(d => d.Length > 0 && File.Exists(Path.Combine(d, "clang")));
}
