using FactBase.Diagnostics;
using FactBase.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FactBase.Generators.Tests.Diagnostics;

/// <summary>An exception inside the generator becomes FB0012, never the compiler's CS8785.</summary>
public sealed class GeneratorFailureTests
{
    private static readonly (string, string)[] Files =
    {
        ("/facts/nato.yaml", "id: nato\ntype: organization\nname: NATO\n"),
    };

    [Theory]
    [InlineData(TrackingNames.Options)]
    [InlineData(TrackingNames.ParseFactFile)]
    [InlineData(TrackingNames.BuildKnowledgeBase)]
    [InlineData(TrackingNames.EmitEntity)]
    [InlineData(TrackingNames.EmitSources)]
    [InlineData("Produce")]
    public void Exception_in_a_step_becomes_FB0012(string step)
    {
        FactsGenerator.TestHook.Value = name =>
        {
            if (name == step)
            {
                throw new InvalidOperationException("boom in " + name);
            }
        };
        try
        {
            var outcome = GeneratorRunner.Run(Files);

            Assert.Null(outcome.Exception);
            Assert.DoesNotContain(outcome.OutputCompilation.GetDiagnostics(), d => d.Id == "CS8785");
            var error = Assert.Single(outcome.Diagnostics, d => d.Id == FactDiagnosticIds.InternalError);
            Assert.Equal(DiagnosticSeverity.Error, error.Severity);
            Assert.Contains("boom in " + step, error.GetMessage(), StringComparison.Ordinal);
        }
        finally
        {
            FactsGenerator.TestHook.Value = null;
        }
    }

    [Fact]
    public void Exception_while_parsing_one_file_is_located_at_that_file_and_spares_the_others()
    {
        var thrown = false;
        FactsGenerator.TestHook.Value = name =>
        {
            if (name == TrackingNames.ParseFactFile && !thrown)
            {
                thrown = true;
                throw new InvalidOperationException("boom");
            }
        };
        try
        {
            var outcome = GeneratorRunner.Run(new[]
            {
                ("/facts/a.yaml", "id: a\ntype: other\nname: A\n"),
                ("/facts/b.yaml", "id: b\ntype: other\nname: B\n"),
            });

            var error = Assert.Single(outcome.Diagnostics);
            Assert.Equal(FactDiagnosticIds.InternalError, error.Id);
            Assert.Equal("/facts/a.yaml", error.Location.GetLineSpan().Path);
            Assert.Contains("public static class B", outcome.Sources[TypedFactsWriter.HintName], StringComparison.Ordinal);
            Assert.Empty(outcome.CompilationErrors);
        }
        finally
        {
            FactsGenerator.TestHook.Value = null;
        }
    }

    [Fact]
    public void Unreadable_file_is_FB0001_at_the_file()
    {
        var driver = GeneratorRunner.CreateDriver(new[] { new InMemoryAdditionalText("/facts/gone.yaml", null) });
        var outcome = GeneratorRunner.Run(driver, Compilations.Create());

        DiagnosticAssert.Single(outcome, FactDiagnosticIds.MalformedYaml, "/facts/gone.yaml", line: 1, column: 1);
    }
}
