namespace FactBase.Cli;

/// <summary>The exit codes of <c>factbase</c>, fixed by the CLI contract.</summary>
internal static class ExitCodes
{
    /// <summary>No finding at error severity.</summary>
    public const int Success = 0;

    /// <summary>At least one finding at error severity.</summary>
    public const int Findings = 1;

    /// <summary>Usage, I/O or fact-file errors.</summary>
    public const int Error = 2;
}
