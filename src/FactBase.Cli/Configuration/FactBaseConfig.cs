using System.Collections.Generic;
using FactBase.Checking.Findings;
using FactBase.Model;

namespace FactBase.Cli.Configuration;

/// <summary>The settings of a <c>.factbase.yaml</c> file; paths in it are relative to the file's folder.</summary>
/// <param name="Path">The config file.</param>
/// <param name="Directory">The folder it is in: the root for its paths and globs.</param>
internal sealed record FactBaseConfig(string Path, string Directory)
{
    /// <summary>The file name looked for, from the working directory up.</summary>
    public const string FileName = ".factbase.yaml";

    /// <summary>Fact folders or files, as full paths, added to the built-in knowledge base.</summary>
    public IReadOnlyList<string> Facts { get; init; } = new List<string>();

    /// <summary>Whether the built-in facts are used (<c>builtin-facts</c>, default true).</summary>
    public bool? BuiltInFacts { get; init; }

    /// <summary>Globs of the articles checked when no PATH is given.</summary>
    public IReadOnlyList<string> Include { get; init; } = new List<string>();

    /// <summary>Globs of files never checked when folders or globs are expanded.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = new List<string>();

    /// <summary>Severity per rule name; <see langword="null"/> turns a rule off.</summary>
    public IReadOnlyDictionary<string, Severity?> Severities { get; init; } = new Dictionary<string, Severity?>();

    /// <summary>The as-of date for documents that state none.</summary>
    public FactDate? AsOf { get; init; }

    /// <summary>The most entities the knowledge base may hold (<c>max-entities</c>); <see langword="null"/> for <see cref="FactBaseLimits.MaxEntities"/>.</summary>
    public int? MaxEntities { get; init; }
}
