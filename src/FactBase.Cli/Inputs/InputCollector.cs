using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactBase.Loading;
using Microsoft.Extensions.FileSystemGlobbing;
using Microsoft.Extensions.FileSystemGlobbing.Abstractions;

namespace FactBase.Cli.Inputs;

/// <summary>Expands the PATH arguments of <c>factbase check</c> into the files to read.</summary>
/// <remarks>
/// A PATH is <c>-</c> (stdin), a file (always checked, as given), a folder (searched recursively for
/// <see cref="ArticleExtensions"/>) or a glob such as <c>content/**/*.md</c> (<c>*</c> within a name,
/// <c>**</c> across folders), expanded here so it works the same in every shell and in CI.
/// Files found in folders and globs are dropped when they match an <c>exclude</c> glob of the config file.
/// Symbolic links to folders are not followed when searching (as with <c>find</c> or <c>rg</c>), so a link
/// loop cannot list files over and over; a folder that cannot be listed is reported and the rest searched.
/// </remarks>
internal static class InputCollector
{
    /// <summary>Extensions checked when a folder is given.</summary>
    public static readonly string[] ArticleExtensions = { ".md", ".markdown", ".txt", ".html", ".htm" };

    /// <summary>Folders never searched: version control and package caches hold no articles.</summary>
    private static readonly string[] SkippedFolders = { ".git", ".hg", ".svn", "node_modules" };

    /// <summary>Expands files, folders, globs and "-" (stdin), keeping paths as the user wrote them.</summary>
    /// <param name="paths">The PATH arguments.</param>
    /// <param name="excludeRoot">The folder exclude globs are relative to (the config file's), or <see langword="null"/>.</param>
    /// <param name="exclude">Globs of files to leave out of folder and glob expansions.</param>
    /// <param name="filesAreExplicit">Whether files among <paramref name="paths"/> were named by the user (never excluded);
    /// <see langword="false"/> for files that came from the config's include globs.</param>
    /// <returns>
    /// The inputs in order, without duplicates; the paths that match nothing; the inputs that were found by
    /// searching a folder or expanding a glob (rather than named); and one message per folder that could not be listed.
    /// </returns>
    public static (List<string> Inputs, List<string> Missing, HashSet<string> FoundInFolders, List<string> Errors) Collect(IEnumerable<string> paths, string? excludeRoot = null, IReadOnlyList<string>? exclude = null, bool filesAreExplicit = true)
    {
        var inputs = new List<string>();
        var missing = new List<string>();
        var found = new HashSet<string>(StringComparer.Ordinal);
        var errors = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var excluded = ExcludeMatcher(excludeRoot, exclude);
        void Add(string path, bool explicitFile)
        {
            if ((path == "-" || seen.Add(Path.GetFullPath(path))) && (explicitFile || !excluded(path)))
            {
                inputs.Add(path);
                if (!explicitFile)
                {
                    found.Add(path);
                }
            }
        }

        foreach (var path in paths)
        {
            if (path == "-" || File.Exists(path))
            {
                Add(path, explicitFile: filesAreExplicit || path == "-");
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in FilesIn(path, errors))
                {
                    Add(file, explicitFile: false);
                }
            }
            else if (IsGlob(path))
            {
                var matches = ExpandGlob(path, errors);
                if (matches.Count == 0)
                {
                    missing.Add(path);
                }

                foreach (var file in matches)
                {
                    Add(file, explicitFile: false);
                }
            }
            else
            {
                missing.Add(path);
            }
        }

        return (inputs, missing, found, errors);
    }

    /// <summary>Whether a PATH argument is a glob rather than a file name.</summary>
    public static bool IsGlob(string path) => path.IndexOf('*') >= 0;

    /// <summary>Expands one glob, relative to the folder part before its first wildcard.</summary>
    /// <param name="pattern">For example <c>content/**/*.md</c>.</param>
    /// <param name="errors">Receives one message per folder that could not be listed; <see langword="null"/> to ignore them.</param>
    /// <returns>The matching files, ordinal order, with the pattern's folder prefix kept as written.</returns>
    public static List<string> ExpandGlob(string pattern, ICollection<string>? errors = null)
    {
        var normalized = pattern.Replace('\\', '/');
        var segments = normalized.Split('/');
        var firstWild = Array.FindIndex(segments, s => s.IndexOf('*') >= 0);
        var prefix = string.Join("/", segments.Take(firstWild));
        var rest = string.Join("/", segments.Skip(firstWild));
        var baseDir = prefix.Length > 0 ? prefix : normalized.StartsWith("/", StringComparison.Ordinal) ? "/" : ".";
        if (!Directory.Exists(baseDir))
        {
            return new List<string>();
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(rest);
        foreach (var skipped in SkippedFolders)
        {
            matcher.AddExclude($"**/{skipped}/**");
        }

        // "content/**" or "content/**/*" means the articles in it, not its images.
        var last = segments[segments.Length - 1];
        var anyExtension = last == "**" || last == "*" || last.EndsWith("*", StringComparison.Ordinal);
        return matcher.Execute(new NoLinkDirectory(new DirectoryInfo(baseDir), baseDir, errors ?? new List<string>())).Files
            .Select(f => prefix.Length == 0 ? f.Path : prefix + "/" + f.Path)
            .Where(f => !anyExtension || IsArticle(f))
            .Where(f => !f.EndsWith(".expect.yaml", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The files of the config's <c>include</c> globs, as paths relative to the working directory.</summary>
    /// <param name="root">The config file's folder.</param>
    /// <param name="include">The globs.</param>
    /// <param name="errors">Receives one message per folder that could not be listed.</param>
    /// <returns>The matching files.</returns>
    public static List<string> ExpandInclude(string root, IReadOnlyList<string> include, ICollection<string>? errors = null)
    {
        var cwd = Directory.GetCurrentDirectory();
        return include
            .SelectMany(glob => ExpandGlob(Path.Combine(root, glob).Replace('\\', '/'), errors))
            .Select(f => RelativeOrFull(cwd, f))
            .ToList();
    }

    private static string RelativeOrFull(string cwd, string path)
    {
        var relative = Path.GetRelativePath(cwd, path);
        return Path.IsPathRooted(relative) ? path : relative.Replace('\\', '/');
    }

    private static IEnumerable<string> FilesIn(string folder, ICollection<string> errors)
        => FileSearch.Files(folder, IsArticle, errors, descend: d => !SkippedFolders.Contains(Path.GetFileName(d), StringComparer.Ordinal))
            .Where(f => !f.Replace('\\', '/').Split('/').Any(s => SkippedFolders.Contains(s, StringComparer.Ordinal)))
            .Where(f => !f.EndsWith(".expect.yaml", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal);

    private static bool IsArticle(string file) => ArticleExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase);

    private static Func<string, bool> ExcludeMatcher(string? root, IReadOnlyList<string>? exclude)
    {
        if (root is null || exclude is null || exclude.Count == 0)
        {
            return _ => false;
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(exclude);
        return path =>
        {
            var relative = Path.GetRelativePath(root, Path.GetFullPath(path)).Replace('\\', '/');
            return !relative.StartsWith("../", StringComparison.Ordinal) && matcher.Match(relative).HasMatches;
        };
    }

    /// <summary>A folder for the glob matcher that, like <see cref="FileSearch"/>, does not follow symbolic links to folders and reports folders it cannot list.</summary>
    private sealed class NoLinkDirectory : DirectoryInfoBase
    {
        private readonly DirectoryInfo _info;
        private readonly string _shown;
        private readonly ICollection<string> _errors;
        private readonly bool _isParentPath;

        /// <param name="info">The folder.</param>
        /// <param name="shown">Its path as the user wrote it (messages never show an absolute path the user did not give).</param>
        /// <param name="errors">Receives one message per folder that cannot be listed.</param>
        /// <param name="isParentPath">Whether this is a <c>..</c> segment of the pattern.</param>
        public NoLinkDirectory(DirectoryInfo info, string shown, ICollection<string> errors, bool isParentPath = false)
        {
            _info = info;
            _shown = shown;
            _errors = errors;
            _isParentPath = isParentPath;
        }

        public override string Name => _isParentPath ? ".." : _info.Name;

        public override string FullName => _info.FullName;

        public override DirectoryInfoBase? ParentDirectory => _info.Parent is null ? null : new NoLinkDirectory(_info.Parent, Path.Combine(_shown, ".."), _errors);

        public override IEnumerable<FileSystemInfoBase> EnumerateFileSystemInfos()
        {
            var entries = new List<FileSystemInfoBase>();
            try
            {
                if (!_info.Exists)
                {
                    return entries;
                }

                foreach (var entry in _info.EnumerateFileSystemInfos("*", SearchOption.TopDirectoryOnly))
                {
                    if (entry is DirectoryInfo folder)
                    {
                        if ((folder.Attributes & FileAttributes.ReparsePoint) == 0)
                        {
                            entries.Add(new NoLinkDirectory(folder, Path.Combine(_shown, folder.Name), _errors));
                        }
                    }
                    else if (entry is FileInfo file)
                    {
                        entries.Add(new FileInfoWrapper(file));
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                lock (_errors)
                {
                    _errors.Add($"cannot list the folder '{_shown}': {FileSearch.Describe(ex)}");
                }
            }

            return entries;
        }

        public override DirectoryInfoBase? GetDirectory(string path)
        {
            if (string.Equals(path, "..", StringComparison.Ordinal))
            {
                return new NoLinkDirectory(new DirectoryInfo(Path.Combine(_info.FullName, path)), Path.Combine(_shown, path), _errors, isParentPath: true);
            }

            var folder = new DirectoryInfo(Path.Combine(_info.FullName, path));
            return folder.Exists ? new NoLinkDirectory(folder, Path.Combine(_shown, path), _errors) : null;
        }

        public override FileInfoBase GetFile(string path) => new FileInfoWrapper(new FileInfo(Path.Combine(_info.FullName, path)));
    }
}
