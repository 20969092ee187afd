namespace FactBase.Diagnostics;

/// <summary>How serious a fact-file diagnostic is.</summary>
public enum FactDiagnosticSeverity
{
    /// <summary>Worth a look; the knowledge base is still complete.</summary>
    Warning,

    /// <summary>The file or entity is wrong; the affected part is left out of the knowledge base.</summary>
    Error,
}
