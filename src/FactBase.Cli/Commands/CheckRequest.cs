using System;
using System.Collections.Generic;
using FactBase.Checking;

namespace FactBase.Cli.Commands;

/// <summary>The options of <c>factbase check</c>, as parsed from the command line.</summary>
internal sealed record CheckRequest
{
    public IReadOnlyList<string> Paths { get; init; } = Array.Empty<string>();

    public IReadOnlyList<string> FactFolders { get; init; } = Array.Empty<string>();

    public bool NoBuiltInFacts { get; init; }

    public string? AsOf { get; init; }

    public string Format { get; init; } = "text";

    /// <summary>How messages write dates (<c>--date-style</c>).</summary>
    public DateStyle DateStyle { get; init; }

    public bool IncludeSupported { get; init; }

    /// <summary><c>RULE=error|warning|off</c>, repeatable; the rule by name or code.</summary>
    public IReadOnlyList<string> Severities { get; init; } = Array.Empty<string>();

    /// <summary><c>K/N</c>.</summary>
    public string? Shard { get; init; }

    public bool Fix { get; init; }

    public bool DryRun { get; init; }

    /// <summary>An explicit config file; otherwise <c>.factbase.yaml</c> is looked for upwards.</summary>
    public string? Config { get; init; }

    public bool NoConfig { get; init; }

    /// <summary>Write the report to this file instead of stdout.</summary>
    public string? Output { get; init; }

    /// <summary><c>--max-file-size</c>: bytes, or with K, M or G; <see langword="null"/> for <see cref="FactBaseLimits.DefaultMaxArticleBytes"/>.</summary>
    public string? MaxFileSize { get; init; }
}
