using FactBase.Model;

namespace FactBase.Diagnostics;

/// <summary>A problem in a fact file, located at file, line and column.</summary>
/// <param name="Id">The stable code, <c>FB0001</c>...</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Message">What is wrong, in words a fact editor understands.</param>
/// <param name="Location">Where it is.</param>
public sealed record FactDiagnostic(string Id, FactDiagnosticSeverity Severity, string Message, SourceLocation Location)
{
    /// <summary>Formats the diagnostic as compilers do: <c>path(line,col): error FB0001: message</c>.</summary>
    /// <returns>The formatted line.</returns>
    public override string ToString()
        => $"{Location.Path}({Location.Line},{Location.Column}): {(Severity == FactDiagnosticSeverity.Error ? "error" : "warning")} {Id}: {Message}";
}
