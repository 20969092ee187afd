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

    /// <summary><c>--no-builtin-vocabulary</c>: leave out the standard vocabulary.</summary>
    public bool NoBuiltInVocabulary { get; init; }

    /// <summary><c>--kb FILE</c>: a knowledge base compiled by <c>factbase compile</c>, used instead of the built-in and YAML facts.</summary>
    public string? KnowledgeBaseFile { get; init; }

    /// <summary><c>--no-cache</c>: parse the fact files every time instead of reading a cached snapshot.</summary>
    public bool NoCache { get; init; }

    public string? AsOf { get; init; }

    /// <summary><c>--format</c>, or <see langword="null"/> when not given (text, unless <c>--report</c> says otherwise).</summary>
    public string? Format { get; init; }

    /// <summary><c>--report FORMAT[=FILE]</c>, repeatable: more reports from the same run.</summary>
    public IReadOnlyList<string> Reports { get; init; } = Array.Empty<string>();

    /// <summary><c>--changed-since REV</c>: report only lines added or changed since this git revision.</summary>
    public string? ChangedSince { get; init; }

    /// <summary><c>--diff FILE</c> (or <c>-</c>): report only lines this unified diff adds or changes.</summary>
    public string? Diff { get; init; }

    /// <summary>How messages write dates (<c>--date-style</c>).</summary>
    public DateStyle DateStyle { get; init; }

    public bool IncludeSupported { get; init; }

    /// <summary><c>RULE=error|warning|off</c>, repeatable; the rule by name or code.</summary>
    public IReadOnlyList<string> Severities { get; init; } = Array.Empty<string>();

    /// <summary><c>K/N</c>, or <c>auto</c> (from the environment).</summary>
    public string? Shard { get; init; }

    /// <summary><c>--shard-count N</c>, with <c>--shard auto</c>.</summary>
    public string? ShardCount { get; init; }

    public bool Fix { get; init; }

    public bool DryRun { get; init; }

    /// <summary>An explicit config file; otherwise <c>.factbase.yaml</c> is looked for upwards.</summary>
    public string? Config { get; init; }

    public bool NoConfig { get; init; }

    /// <summary>Write the report to this file instead of stdout.</summary>
    public string? Output { get; init; }

    /// <summary><c>--max-file-size</c>: bytes, or with K, M or G; <see langword="null"/> for <see cref="FactBaseLimits.DefaultMaxArticleBytes"/>.</summary>
    public string? MaxFileSize { get; init; }

    /// <summary><c>--max-entities</c>: the most entities the knowledge base may hold; <see langword="null"/> for the config's or <see cref="FactBaseLimits.MaxEntities"/>.</summary>
    public int? MaxEntities { get; init; }
}
