using System;
using System.IO;
using System.Linq;

namespace FactBase.Cli.Output;

/// <summary>Paths as code-scanning tools want them: relative to the repository root, with <c>/</c>.</summary>
/// <remarks>The root is <c>GITHUB_WORKSPACE</c> when set (in GitHub Actions), else the working directory.</remarks>
internal static class RepoPath
{
    /// <summary>The root paths are made relative to.</summary>
    public static string Root
        => Environment.GetEnvironmentVariable("GITHUB_WORKSPACE") is { Length: > 0 } workspace && Directory.Exists(workspace)
            ? Path.GetFullPath(workspace)
            : Directory.GetCurrentDirectory();

    /// <summary>The path relative to <paramref name="root"/> with <c>/</c>, or <see langword="null"/> when outside it.</summary>
    public static string? Relative(string path, string root)
    {
        if (path == "-")
        {
            return "-";
        }

        var relative = Path.GetRelativePath(root, Path.GetFullPath(path));
        if (relative == ".." || relative.StartsWith("../", StringComparison.Ordinal) || relative.StartsWith("..\\", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return null;
        }

        return relative.Replace('\\', '/');
    }

    /// <summary>The relative path when inside <paramref name="root"/>, else the full path, with <c>/</c>.</summary>
    public static string Display(string path, string root) => Relative(path, root) ?? Path.GetFullPath(path).Replace('\\', '/');

    /// <summary>A relative URI reference for a relative path: each segment percent-encoded.</summary>
    public static string ToUriReference(string relativePath)
        => string.Join("/", relativePath.Split('/').Select(Uri.EscapeDataString));

    /// <summary>An absolute <c>file://</c> URI for a path.</summary>
    public static string ToFileUri(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    /// <summary>The <c>file://</c> URI of a folder, ending in <c>/</c> (SARIF's <c>originalUriBaseIds</c>).</summary>
    public static string ToFolderUri(string folder)
    {
        var uri = ToFileUri(folder);
        return uri.EndsWith("/", StringComparison.Ordinal) ? uri : uri + "/";
    }
}
