using Microsoft.CodeAnalysis;

namespace FactBase.Generators;

/// <summary>A diagnostic to report, as plain equatable values (no Roslyn <see cref="Location"/>).</summary>
/// <param name="Id">The FactBase code, <c>FB0001</c>...</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Message">The message, already complete.</param>
/// <param name="Location">Where it is, or <see langword="null"/> for no place.</param>
/// <param name="RelatedLocation">A second place that explains it (for an article finding: the fact in its YAML file).</param>
internal sealed record DiagnosticInfo(string Id, DiagnosticSeverity Severity, string Message, LocationInfo? Location, LocationInfo? RelatedLocation = null)
{
    /// <summary>The Roslyn diagnostic, with the descriptor of its id.</summary>
    /// <returns>The diagnostic.</returns>
    public Diagnostic ToDiagnostic()
    {
        var descriptor = FactFileDiagnosticDescriptors.For(Id);
        return Diagnostic.Create(
            descriptor,
            Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None,
            Severity,
            additionalLocations: RelatedLocation is null ? null : new[] { RelatedLocation.ToLocation() },
            properties: null,
            Message);
    }
}
