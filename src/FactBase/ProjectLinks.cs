using System;
using System.Linq;
using System.Reflection;

namespace FactBase;

/// <summary>
/// Every address FactBase prints (help links of rules in SARIF, rdjsonl and build diagnostics; the fact-file schema's
/// <c>$id</c>; the links that <c>factbase init</c> writes), made from one place: the MSBuild property
/// <c>RepositoryUrl</c> (Directory.Build.props), stamped into this assembly at build time.
/// </summary>
/// <remarks>
/// Paths name the repository's default branch as <c>HEAD</c>, which GitHub and GitLab resolve, so no branch name is
/// assumed. A build without <c>RepositoryUrl</c> prints no address at all rather than a made-up one.
/// </remarks>
internal static class ProjectLinks
{
    /// <summary>The repository's web address (<c>RepositoryUrl</c>, without a trailing <c>/</c> or <c>.git</c>), or <see langword="null"/>.</summary>
    public static string? Repository { get; } = Read();

    /// <summary>Where the fact-file JSON schema can be fetched: the schema's <c>$id</c>.</summary>
    public static string? Schema => File("facts/factbase.schema.json", raw: true);

    /// <summary>The documentation of a checker rule: its section of <c>docs/rules.md</c>.</summary>
    /// <param name="rule">The rule name, which is the section's anchor.</param>
    /// <returns>The address, or <see langword="null"/> without a repository.</returns>
    public static string? Rule(string rule) => File("docs/rules.md", raw: false) is { } page ? page + "#" + rule : null;

    /// <summary>A file of the repository, as a page (<c>blob</c>) or as its bytes (<c>raw</c>).</summary>
    /// <param name="path">The path in the repository, with <c>/</c>.</param>
    /// <param name="raw">Whether to address the bytes rather than the rendered page.</param>
    /// <returns>The address, or <see langword="null"/> without a repository.</returns>
    public static string? File(string path, bool raw) => Repository is null ? null : $"{Repository}/{(raw ? "raw" : "blob")}/HEAD/{path}";

    private static string? Read()
    {
        var value = typeof(ProjectLinks).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryUrl")?.Value?.Trim();
        if (value is null || !value.StartsWith("https://", StringComparison.Ordinal))
        {
            return null;
        }

        value = value.TrimEnd('/');
        return value.EndsWith(".git", StringComparison.Ordinal) ? value.Substring(0, value.Length - 4) : value;
    }
}
