using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.Versioning;
using System.Xml.Linq;
using Xunit.Abstractions;

namespace FactBase.Package.Tests;

/// <summary>What <c>dotnet pack src/FactBase</c> puts in FactBase.&lt;version&gt;.nupkg.</summary>
[Collection(PackageCollection.Name)]
public sealed class PackageContentTests
{
    private readonly PackageFixture _package;
    private readonly ITestOutputHelper _output;

    public PackageContentTests(PackageFixture package, ITestOutputHelper output)
    {
        _package = package;
        _output = output;
    }

    [Fact]
    public void Package_holds_the_library_the_generator_with_its_dependencies_and_the_build_files()
    {
        var entries = _package.Entries();
        _output.WriteLine($"{Path.GetFileName(_package.PackagePath)} (packed in {_package.Pack.Elapsed.TotalSeconds:0.0} s):");
        foreach (var entry in entries)
        {
            _output.WriteLine("  " + entry);
        }

        foreach (var expected in new[]
        {
            "FactBase.nuspec",
            "README.md",
            "lib/netstandard2.0/FactBase.dll",
            "lib/netstandard2.0/FactBase.xml",
            "lib/net10.0/FactBase.dll",
            "lib/net10.0/FactBase.xml",
            "analyzers/dotnet/cs/FactBase.Generators.dll",
            "analyzers/dotnet/cs/FactBase.dll",
            "analyzers/dotnet/cs/YamlDotNet.dll",
            "analyzers/dotnet/cs/Markdig.dll",
            "buildTransitive/FactBase.props",
            "buildTransitive/FactBase.targets",
        })
        {
            Assert.Contains(expected, entries);
        }

        // Nothing of Roslyn or of the build-only packages travels; no analyzer hides in lib/.
        Assert.DoesNotContain(entries, e => e.Contains("Microsoft.CodeAnalysis", StringComparison.OrdinalIgnoreCase) || e.Contains("PolySharp", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && e.Contains("Generators", StringComparison.Ordinal));
        Assert.Equal(4, entries.Count(e => e.StartsWith("analyzers/", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_generator_runs_with_the_netstandard_build_of_FactBase()
    {
        using var zip = ZipFile.OpenRead(_package.PackagePath);
        var analyzerCopy = Read(zip, "analyzers/dotnet/cs/FactBase.dll");

        Assert.Equal(".NETStandard,Version=v2.0", TargetFramework(analyzerCopy));
        Assert.Equal(Read(zip, "lib/netstandard2.0/FactBase.dll"), analyzerCopy);
        Assert.Equal(".NETStandard,Version=v2.0", TargetFramework(Read(zip, "analyzers/dotnet/cs/FactBase.Generators.dll")));
        Assert.Equal(".NETCoreApp,Version=v10.0", TargetFramework(Read(zip, "lib/net10.0/FactBase.dll")));
    }

    [Fact]
    public void Nuspec_has_the_metadata_and_only_the_library_dependencies()
    {
        using var zip = ZipFile.OpenRead(_package.PackagePath);
        using var stream = zip.GetEntry("FactBase.nuspec")!.Open();
        var nuspec = XDocument.Load(stream);
        var ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;

        Assert.Equal("FactBase", metadata.Element(ns + "id")!.Value);
        Assert.Equal(_package.Version, metadata.Element(ns + "version")!.Value);
        Assert.Equal("MIT", metadata.Element(ns + "license")!.Value);
        Assert.Equal("expression", metadata.Element(ns + "license")!.Attribute("type")!.Value);
        Assert.Equal("README.md", metadata.Element(ns + "readme")!.Value);
        Assert.False(string.IsNullOrWhiteSpace(metadata.Element(ns + "description")!.Value));
        Assert.Contains("source-generator", metadata.Element(ns + "tags")!.Value, StringComparison.Ordinal);
        Assert.StartsWith("https://github.com/", metadata.Element(ns + "repository")!.Attribute("url")!.Value, StringComparison.Ordinal);

        var groups = metadata.Element(ns + "dependencies")!.Elements(ns + "group").ToList();
        Assert.Equal(new[] { ".NETStandard2.0", "net10.0" }, groups.Select(g => g.Attribute("targetFramework")!.Value).OrderBy(t => t, StringComparer.Ordinal));
        foreach (var group in groups)
        {
            // On .NET 10 the library also reads compiled snapshots, whose checksum (XxHash128) comes from System.IO.Hashing.
            var expected = group.Attribute("targetFramework")!.Value == "net10.0"
                ? new[] { "Markdig", "System.IO.Hashing", "YamlDotNet" }
                : new[] { "Markdig", "YamlDotNet" };
            Assert.Equal(expected, group.Elements(ns + "dependency").Select(d => d.Attribute("id")!.Value).OrderBy(d => d, StringComparer.Ordinal));
        }
    }

    [Fact]
    public void The_package_readme_documents_the_package()
    {
        using var zip = ZipFile.OpenRead(_package.PackagePath);
        using var reader = new StreamReader(zip.GetEntry("README.md")!.Open());
        var readme = reader.ReadToEnd();

        Assert.Contains("PackageReference Include=\"FactBase\"", readme, StringComparison.Ordinal);
        Assert.Contains("FactBaseArticle", readme, StringComparison.Ordinal);
        Assert.Contains("Roslyn 4.8", readme, StringComparison.Ordinal);
        foreach (var property in new[] { "FactBaseFactsDirectory", "FactBaseIncludeFacts", "FactBaseNamespace", "FactBaseVisibility", "FactBasePathRoot", "FactBaseAsOf" })
        {
            Assert.Contains(property, readme, StringComparison.Ordinal);
        }
    }

    private static byte[] Read(ZipArchive zip, string entry)
    {
        using var stream = zip.GetEntry(entry)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string? TargetFramework(byte[] assembly)
    {
        using var pe = new PEReader(new MemoryStream(assembly));
        var reader = pe.GetMetadataReader();
        foreach (var handle in reader.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = reader.GetCustomAttribute(handle);
            if (attribute.Constructor.Kind == HandleKind.MemberReference
                && reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent is { Kind: HandleKind.TypeReference } parent
                && reader.GetString(reader.GetTypeReference((TypeReferenceHandle)parent).Name) == nameof(TargetFrameworkAttribute))
            {
                var value = reader.GetBlobReader(attribute.Value);
                value.ReadUInt16(); // prolog
                return value.ReadSerializedString();
            }
        }

        return null;
    }
}
