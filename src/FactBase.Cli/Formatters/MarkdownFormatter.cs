using System.Collections.Generic;
using System.IO;
using FactBase.Cli.Output;

namespace FactBase.Cli.Formatters;

/// <summary>
/// <c>--format markdown</c>: the findings as a Markdown table, the one the <c>github</c> format appends to the step
/// summary, for CI systems that show Markdown (an Azure Pipelines summary, a GitLab merge request note).
/// </summary>
/// <remarks>Table cells are escaped (<c>|</c>, backslashes, line breaks, backticks), as article text is untrusted.</remarks>
internal sealed class MarkdownFormatter : IReportFormatter
{
    /// <inheritdoc/>
    public bool NeedsDocuments => false;

    /// <inheritdoc/>
    public void Write(IReadOnlyList<FileReport> reports, TextWriter output) => output.Write(GithubFormatter.Summary(reports, RepoPath.Root));
}
