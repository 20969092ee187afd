using Microsoft.CodeAnalysis;

namespace FactBase.Generators.Tests.Diagnostics;

/// <summary>Asserts on the generator's diagnostics with 1-based lines and columns, as users read them.</summary>
internal static class DiagnosticAssert
{
    /// <summary>Exactly one diagnostic (besides ignored ids), with this id, file, line and column.</summary>
    public static Diagnostic Single(Infrastructure.GeneratorOutcome outcome, string id, string path, int line, int column, params string[] ignore)
    {
        Assert.Null(outcome.Exception);
        var relevant = outcome.Diagnostics.Where(d => !ignore.Contains(d.Id)).ToList();
        var diagnostic = Assert.Single(relevant);
        Assert.Equal(id, diagnostic.Id);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(path, span.Path);
        Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        Assert.True(diagnostic.Location.SourceSpan.Length >= 0);
        return diagnostic;
    }
}
