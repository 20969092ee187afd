using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactBase.Checking.Findings;

namespace FactBase.Cli.Inputs;

/// <summary>
/// The lines added or changed in each file (<c>--changed-since REV</c>, <c>--diff FILE</c>): only files with such lines
/// are checked, and only findings on them are reported.
/// </summary>
/// <remarks>
/// The diff names files relative to its root (the repository's top level for git); the paths given on the command
/// line are relative to the working folder, which is <see cref="_prefix"/> inside that root. A finding is on a changed
/// line when any line from its start to its end was added or changed, so a claim split over two lines counts when
/// either half was edited.
/// </remarks>
internal sealed class ChangedLines
{
    private readonly Dictionary<string, HashSet<int>> _lines;
    private readonly string _prefix;
    private readonly string? _root;

    private ChangedLines(Dictionary<string, List<int>> lines, string prefix, string? root)
    {
        _lines = lines.ToDictionary(p => p.Key, p => new HashSet<int>(p.Value), StringComparer.Ordinal);
        _prefix = prefix;
        _root = root;
    }

    /// <summary>How many files have changed lines.</summary>
    public int FileCount => _lines.Count;

    /// <summary>Reads the option that gives the changes: git's diff since a revision, or a unified diff from a file
    /// (or stdin for <c>-</c>) whose paths are relative to the working folder.</summary>
    /// <returns>The changed lines, or an error for people.</returns>
    public static (ChangedLines? Lines, string? Error) Load(string? changedSince, string? diffFile, TextReader stdin)
    {
        if (changedSince is not null && diffFile is not null)
        {
            return (null, "--changed-since and --diff both say what changed; give one");
        }

        if (changedSince is not null)
        {
            if (changedSince.Length == 0 || changedSince.StartsWith('-'))
            {
                return (null, $"--changed-since '{changedSince}' is not a revision such as origin/main or a commit id");
            }

            var (diff, prefix, root, error) = GitDiff.Since(changedSince);
            if (diff is null)
            {
                return (null, $"--changed-since: {error}");
            }

            return Parse(diff, prefix, root, "git diff");
        }

        string text;
        try
        {
            text = diffFile == "-" ? stdin.ReadToEnd() : File.ReadAllText(diffFile!);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, $"{diffFile}: cannot read the diff: {Loading.FileSearch.Describe(ex)}");
        }

        return Parse(text, string.Empty, null, diffFile == "-" ? "stdin" : diffFile!);
    }

    /// <summary>Reads a diff whose paths are relative to <paramref name="root"/>, from a working folder that is
    /// <paramref name="prefix"/> inside it.</summary>
    internal static (ChangedLines? Lines, string? Error) Parse(string diff, string prefix, string? root, string name)
    {
        try
        {
            return (new ChangedLines(UnifiedDiffParser.Parse(diff), prefix, root), null);
        }
        catch (FormatException ex)
        {
            return (null, $"{name}: {ex.Message}");
        }
    }

    /// <summary>Keeps the files that have changed lines, in their order.</summary>
    public List<string> Select(IEnumerable<string> files) => files.Where(f => Lines(f) is not null).ToList();

    /// <summary>Keeps the findings that start, end or lie on a changed line of <paramref name="path"/>.</summary>
    public IReadOnlyList<Finding> Filter(string path, IReadOnlyList<Finding> findings)
    {
        if (Lines(path) is not { } lines)
        {
            return Array.Empty<Finding>();
        }

        return findings.Where(f => Enumerable.Range(f.Line, Math.Max(1, f.EndLine - f.Line + 1)).Any(lines.Contains)).ToList();
    }

    /// <summary>The changed lines of a file given on the command line, or <see langword="null"/> when it has none.</summary>
    private HashSet<int>? Lines(string path) => Key(path) is { } key && _lines.TryGetValue(key, out var lines) ? lines : null;

    /// <summary>A command-line path as the diff names it.</summary>
    internal string? Key(string path)
    {
        if (path == "-")
        {
            return null;
        }

        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full).Replace('\\', '/');
        if (!Path.IsPathRooted(relative))
        {
            return UnifiedDiffParser.Normalize(_prefix + relative);
        }

        // On another drive than the working folder: relative to the repository root, when there is one.
        return _root is not null && Path.GetRelativePath(_root, full) is var inRoot && !Path.IsPathRooted(inRoot) && !inRoot.StartsWith("..", StringComparison.Ordinal)
            ? UnifiedDiffParser.Normalize(inRoot)
            : null;
    }
}
