using System.Diagnostics;
using FactBase.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit.Abstractions;

namespace FactBase.Generators.Tests.Performance;

/// <summary>
/// The generator's time on the repository's starter facts, as the driver measures it
/// (<c>GetTimingInfo</c>): reported in the test output, bounded loosely so a regression
/// of an order of magnitude fails.
/// </summary>
public sealed class GeneratorTimingTests
{
    private readonly ITestOutputHelper _output;

    public GeneratorTimingTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Generator_time_on_the_starter_facts_is_reported_and_small()
    {
        var folder = Directory.Exists(TestPaths.RepositoryFacts) ? TestPaths.RepositoryFacts : TestPaths.FixtureFacts;
        var files = TestPaths.ReadFactFiles(folder).Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToList();
        var compilation = Compilations.Create("public class A { }");

        var cold = Time(GeneratorRunner.CreateDriver(files), compilation, out var driver);
        var warm = Time(GeneratorRunner.CreateDriver(files), compilation, out _);
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("public class B { }", GeneratorRunner.ParseOptions));
        // The steady state of typing in an IDE: the generator's work is cached, only the driver's bookkeeping runs.
        var incremental = TimeSpan.MaxValue;
        for (var i = 0; i < 5; i++)
        {
            edited = edited.AddSyntaxTrees(CSharpSyntaxTree.ParseText($"public class C{i} {{ }}", GeneratorRunner.ParseOptions));
            var elapsed = Time(driver, edited, out driver);
            incremental = elapsed < incremental ? elapsed : incremental;
        }

        _output.WriteLine($"{files.Count} fact files in {folder}");
        _output.WriteLine($"first run (cold JIT): {cold.TotalMilliseconds:F1} ms");
        _output.WriteLine($"full run (warm):      {warm.TotalMilliseconds:F1} ms");
        _output.WriteLine($"after a C# edit:      {incremental.TotalMilliseconds:F2} ms (best of 5)");
        Assert.True(warm < TimeSpan.FromSeconds(5), $"a warm run took {warm}");
        Assert.True(incremental < TimeSpan.FromSeconds(1), $"a C# edit took {incremental}");
    }

    private static TimeSpan Time(GeneratorDriver driver, Compilation compilation, out GeneratorDriver after)
    {
        after = driver.RunGenerators(compilation);
        return after.GetTimingInfo().GeneratorTimes.Single().ElapsedTime;
    }
}
